"""Calendar arithmetic: turn :class:`~eventscope.dates.parse.Parsed` parts into a TIMEX3 value.

:func:`resolve` anchors relative parts on the document date ``dct`` and uses
``direction`` ("past", "future" or ``None``, from the tense around the expression) to
choose between the previous and the following Monday, December, summer...
Without ``dct`` only parts that carry their own year resolve.

Example:
    >>> from datetime import date
    >>> resolve(Parsed(month=12, day=28), date(2021, 1, 5), "past").value
    '2020-12-28'
    >>> resolve(Parsed(weekday=1, offset=1), date(2020, 8, 20), None).value
    '2020-08-25'
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from .calendar import (
    SEASON_START,
    UNRESOLVED,
    Resolved,
    day_value,
    first_day,
    last_day,
    month_value,
    quarter_value,
    safe_date,
    season_value,
    unit_value,
)
from .parse import Parsed

Direction = Literal["past", "future"] | None

# How far (days) the tense may move a month-day date from the nearer year reading.
TENSE_WINDOW = 240


def resolve(parsed: Parsed, dct: date | None, direction: Direction) -> Resolved:
    """The value of ``parsed`` for a document dated ``dct`` (see module docstring).

    A date outside Python's calendar (before year 1, after 9999: "the 1000th century",
    "next year" in 9999) has no value.
    """
    try:
        return _resolve(parsed, dct, direction)
    except (ValueError, OverflowError):
        # Only raised by date arithmetic past the calendar's ends; the value is unknown.
        return UNRESOLVED


def _resolve(parsed: Parsed, dct: date | None, direction: Direction) -> Resolved:
    if parsed.reference is not None:
        return Resolved(parsed.reference)
    absolute = _absolute(parsed)
    if absolute is not None:
        return absolute
    reference = _vague_reference(parsed)
    if reference is not None:
        return reference
    if dct is None:
        return UNRESOLVED
    for step in (_month_day, _weekday, _relative_day, _shifted, _quarter, _season, _unit):
        result = step(parsed, dct, direction)
        if result is not None:
            return result
    return UNRESOLVED


def _vague_reference(parsed: Parsed) -> Resolved | None:
    """ "a few years ago", "in coming quarters", "the past five years": no single date."""
    if not (parsed.vague or (parsed.plural and (parsed.amount is None or not parsed.shift))):
        return None
    sign = parsed.shift or (parsed.offset if parsed.offset in (-1, 1) else 0)
    if not sign:
        return None
    return Resolved("PAST_REF" if sign < 0 else "FUTURE_REF")


# -- parts with their own year ----------------------------------------------------------


def _absolute(parsed: Parsed) -> Resolved | None:
    if parsed.year is None:
        return _decade(parsed)
    year = parsed.year
    if parsed.month is not None and parsed.day is not None:
        return _day_range(parsed, year)
    if parsed.month is not None:
        return month_value(year, parsed.month)
    if parsed.quarter is not None:
        return quarter_value(year, parsed.quarter)
    if parsed.season is not None:
        return season_value(year, parsed.season)
    return Resolved(f"{year:04d}", "year", date(year, 1, 1))


def _decade(parsed: Parsed) -> Resolved | None:
    if parsed.decade is not None:
        return Resolved(str(parsed.decade), "decade", date(parsed.decade * 10, 1, 1))
    if parsed.century is not None and parsed.century > 0:
        # TIMEX3 writes a century as its two leading digits; our coarsest precision is decade.
        return Resolved(f"{parsed.century:02d}", "decade", date(parsed.century * 100, 1, 1))
    return None


def _day_range(parsed: Parsed, year: int) -> Resolved | None:
    start = safe_date(year, _int(parsed.month), _int(parsed.day))
    if start is None:
        return None
    end = None
    if parsed.end_day is not None:
        end_month = parsed.end_month or _int(parsed.month)
        end_year = year + 1 if end_month < _int(parsed.month) else year
        end = safe_date(end_year, end_month, parsed.end_day)
        end = end if end is not None and end > start else None
    return Resolved(start.isoformat(), "day", start, end)


# -- parts anchored on the document date -------------------------------------------------


def _month_day(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    if parsed.month is None:
        return None
    year = _year_for(parsed, dct, direction)
    if parsed.day is not None:
        return _day_range(parsed, year)
    return month_value(year, parsed.month)


def _year_for(parsed: Parsed, dct: date, direction: Direction) -> int:
    """The year of a month (and day) without one, from offsets, tense or nearness."""
    month = _int(parsed.month)
    if parsed.year_offset is not None:
        return dct.year + parsed.year_offset
    if parsed.offset == -1:
        return dct.year if month < dct.month else dct.year - 1
    if parsed.offset == 1:
        return dct.year if month > dct.month else dct.year + 1
    if parsed.offset == 0:
        return dct.year
    day = parsed.day or 1
    candidates = [y for y in (dct.year - 1, dct.year, dct.year + 1) if safe_date(y, month, day)]
    if not candidates:
        return dct.year  # no such day ("February 30"): the caller finds no date
    nearest = min(candidates, key=lambda y: abs((first_day(y, month, parsed.day) - dct).days))
    if direction == "past":
        fits = [y for y in candidates if first_day(y, month, parsed.day) <= dct]
    elif direction == "future":
        fits = [y for y in candidates if last_day(y, month, parsed.day) >= dct]
    else:
        fits = []
    fits = [y for y in fits if abs((first_day(y, month, parsed.day) - dct).days) <= TENSE_WINDOW]
    # Tense cues in news are noisy (reporting verbs): they may only choose between
    # readings within TENSE_WINDOW days; beyond it, the nearer reading wins.
    return min(fits, key=lambda y: abs(y - nearest)) if fits else nearest


def _weekday(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    if parsed.weekday is None:
        return None
    if parsed.unit == "week" and parsed.offset is not None:
        # "Monday last week", "Friday next week": that day of the week the offset names
        monday = dct - timedelta(days=dct.weekday()) + timedelta(weeks=parsed.offset)
        return day_value(monday + timedelta(days=parsed.weekday))
    back = (dct.weekday() - parsed.weekday) % 7
    ahead = (parsed.weekday - dct.weekday()) % 7
    if parsed.offset == -1:
        day = dct - timedelta(days=back or 7)
    elif parsed.offset == 1:
        day = dct + timedelta(days=ahead or 7)
    elif direction == "future" or (parsed.offset == 0 and direction != "past"):
        day = dct + timedelta(days=ahead)
    else:
        day = dct - timedelta(days=back)
    return day_value(day)


def _relative_day(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    if parsed.relative_day is not None:
        return day_value(dct + timedelta(days=parsed.relative_day))
    if parsed.day_part and parsed.unit is None and parsed.offset is not None:
        # "last night" is yesterday's; "this morning" is today's.
        return day_value(dct + timedelta(days=min(parsed.offset, 0)))
    return None


def _shifted(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    """ "two days ago", "a year earlier", "three weeks later"."""
    if not parsed.shift or parsed.unit is None:
        return None
    return unit_value(parsed.unit, dct, parsed.shift * (parsed.amount or 1))


def _quarter(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    if parsed.quarter is None or not 1 <= parsed.quarter <= 4:
        return None
    if parsed.year_offset is not None:
        return quarter_value(dct.year + parsed.year_offset, parsed.quarter)
    year = dct.year
    starts_after = date(year, 3 * parsed.quarter - 2, 1) > dct
    if starts_after and direction != "future":
        year -= 1
    return quarter_value(year, parsed.quarter)


def _season(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    if parsed.season is None:
        return None
    start = SEASON_START.get(parsed.season, 1)
    if parsed.year_offset is not None:
        return season_value(dct.year + parsed.year_offset, parsed.season)
    year = dct.year
    unfinished = start + 3 > dct.month
    if parsed.offset == -1 and unfinished:
        year -= 1
    elif parsed.offset == 1 and start <= dct.month:
        year += 1
    elif parsed.offset is None and direction == "past" and start > dct.month:
        year -= 1
    return season_value(year, parsed.season)


def _unit(parsed: Parsed, dct: date, direction: Direction) -> Resolved | None:
    if parsed.unit is None:
        return None
    offset = parsed.offset
    if offset is None:
        # "the quarter" in a past-tense report is the last one that ended.
        offset = -1 if parsed.unit == "quarter" and direction == "past" else 0
    if parsed.unit == "weekend" and parsed.offset in (None, 0):
        # told in the past on a weekday, "(this) weekend" is the one just gone
        offset = -1 if direction == "past" and dct.weekday() < 5 else 0
    return unit_value(parsed.unit, dct, offset)


def _int(value: int | None) -> int:
    return value if value is not None else 0
