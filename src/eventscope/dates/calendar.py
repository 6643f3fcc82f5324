"""TIMEX3 values for calendar units, and safe date arithmetic.

Example:
    >>> from datetime import date
    >>> unit_value("week", date(2020, 8, 20), -1).value
    '2020-W33'
    >>> quarter_value(1989, 3).value, season_value(1998, "SU").date
    ('1989-Q3', datetime.date(1998, 6, 1))
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import DatePrecision

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 value with its precision, first day and (for ranges) last day."""

    value: str | None
    precision: DatePrecision | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None


UNRESOLVED = Resolved(None)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or ``None`` when there is no such day (Feb 30)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def first_day(year: int, month: int, day: int | None) -> date:
    """The day itself, or the first of the month when no day is given."""
    return safe_date(year, month, day or 1) or date(year, month, 1)


def last_day(year: int, month: int, day: int | None) -> date:
    """The day itself, or the last of the month when no day is given."""
    if day is not None:
        return first_day(year, month, day)
    return date(year, month, calendar.monthrange(year, month)[1])


def day_value(day: date) -> Resolved:
    return Resolved(day.isoformat(), "day", day)


def month_value(year: int, month: int) -> Resolved:
    return Resolved(f"{year:04d}-{month:02d}", "month", date(year, month, 1))


def quarter_value(year: int, quarter: int) -> Resolved:
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", date(year, 3 * quarter - 2, 1))


def season_value(year: int, season: str) -> Resolved:
    return Resolved(f"{year:04d}-{season}", "season", date(year, SEASON_START[season], 1))


def week_value(day: date, *, weekend: bool = False) -> Resolved:
    iso_year, week, _ = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    if weekend:
        return Resolved(f"{iso_year:04d}-W{week:02d}-WE", "week", monday + timedelta(days=5))
    return Resolved(f"{iso_year:04d}-W{week:02d}", "week", monday)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def unit_value(unit: str, dct: date, offset: int) -> Resolved:
    """The ``unit`` (day, week, weekend, month, quarter, year, decade) ``offset`` units away."""
    if unit == "day":
        return day_value(dct + timedelta(days=offset))
    if unit in ("week", "weekend"):
        return week_value(dct + timedelta(weeks=offset), weekend=unit == "weekend")
    if unit == "month":
        first = add_months(dct, offset)
        return month_value(first.year, first.month)
    if unit == "quarter":
        first = add_months(date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1), 3 * offset)
        return quarter_value(first.year, (first.month - 1) // 3 + 1)
    if unit == "year":
        year = dct.year + offset
        return Resolved(f"{year:04d}", "year", date(year, 1, 1))
    if unit == "decade":
        decade = dct.year // 10 + offset
        return Resolved(str(decade), "decade", date(decade * 10, 1, 1))
    return UNRESOLVED
