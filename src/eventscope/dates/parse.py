"""Read a time expression string into its parts (no calendar arithmetic here).

:func:`parse_expression` tokenises a short expression ("April 3-23", "two days ago",
"last year's third quarter") with light rules and returns a :class:`Parsed`, or ``None``
when a word is not a time word ("the 4th Expo", "ten doctors", "Vision 2030").
Resolving the parts against a document date is :mod:`eventscope.dates.resolve`'s job.

Example:
    >>> from eventscope.dates.lexicon import DateLexicon
    >>> parsed = parse_expression("between 3 and 5 May", DateLexicon.load())
    >>> parsed.month, parsed.day, parsed.end_day
    (5, 3, 5)
    >>> parse_expression("35,000 visitors", DateLexicon.load()) is None
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from .lexicon import DateLexicon

# Short strings only (one expression), so one small regex pass is cheap.
_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}|'?\d+(?:st|nd|rd|th|s)?"
    r"|[a-z](?:\.[a-z])+\.?|[a-z]+(?:'(?!s\b)[a-z]+)?\.?|[-\u2013\u2014/,]|'s"
)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMBER = re.compile(r"(\d+)(st|nd|rd|th)?$")
# "1990s", "'90s"; a bare "20s" is more often an age or a price ("in the mid 20s").
_DECADE = re.compile(r"(?:'(\d)0|(\d{3})0)s$")
_QUARTER = re.compile(r"q([1-4])$")
_RANGE_WORDS = frozenset({"-", "\u2013", "\u2014", "to", "through", "and", "between", "until"})
_SKIP = frozenset({",", "'s", "/"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})


@dataclass(frozen=True, slots=True)
class Token:
    """One classified word: ``kind`` names its role, ``value`` its number or code."""

    text: str
    kind: str
    value: int | str | None = None


@dataclass(frozen=True, slots=True)
class Parsed:
    """The parts of a time expression. Unset parts are ``None``."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    relative_day: int | None = None
    season: str | None = None
    quarter: int | None = None
    unit: str | None = None
    offset: int | None = None
    amount: int | None = None
    vague: bool = False
    shift: int = 0
    decade: int | None = None
    century: int | None = None
    reference: str | None = None
    day_part: bool = False
    year_offset: int | None = None
    plural: bool = False
    # Counted from the day the text last named, not from publication ("the next day").
    anaphoric: bool = False

    @property
    def names_day_only_by_clock(self) -> bool:
        """True for "at 10 am", "midnight": a time of day with nothing naming the day."""
        return self == _CLOCK_ONLY


_CLOCK_ONLY = Parsed(day_part=True)  # immutable: made once, not per question


def tokenise(text: str) -> list[str]:
    """Lower-cased tokens of an expression ("Sept. 30," -> ["sept.", "30", ","])."""
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def parse_expression(text: str, lexicon: DateLexicon) -> Parsed | None:
    """The parts of ``text``, or ``None`` when it is not (only) a time expression."""
    reference = _reference(text, lexicon)
    if reference is not None:
        return Parsed(reference=reference)
    anaphoric = _anaphoric_day(text, lexicon)
    if anaphoric is not None:
        return Parsed(relative_day=anaphoric, anaphoric=True)
    tokens = [classify(word, lexicon) for word in tokenise(text)]
    if not tokens or any(token.kind == "unknown" for token in tokens):
        return None
    parsed = _calendar_parts(tokens)
    parsed = _relative_parts(tokens, parsed)
    if parsed == Parsed():
        return None
    if parsed.unit == "day" and any(t.text in lexicon.anaphoric_shifts for t in tokens):
        # "two days later" counts from the day the story is on, as "the next day" does
        return replace(parsed, anaphoric=True)
    return parsed


def _reference(text: str, lexicon: DateLexicon) -> str | None:
    words = " ".join(tokenise(text))
    if words.startswith("the "):
        words = words[4:]
    return lexicon.references.get(words)


def _anaphoric_day(text: str, lexicon: DateLexicon) -> int | None:
    """Days after the day last named for "the same day", "the day before"...; else None."""
    words = tokenise(text)
    while words and words[0] in ("the", "on", "of"):
        words = words[1:]
    return lexicon.anaphoric_days.get(" ".join(words))


def classify(word: str, lexicon: DateLexicon) -> Token:
    """The role of one lower-cased token (``kind`` "unknown" when it is no time word)."""
    key = lexicon.key(word) if word not in ("a.m.", "p.m.") else word[:-1]
    for kind, table in (
        ("month", lexicon.months),
        ("weekday", lexicon.weekdays),
        ("relative_day", lexicon.relative_days),
        ("season", lexicon.seasons),
        ("unit", lexicon.units),
        ("offset", lexicon.offsets),
        ("count", lexicon.numbers),
        ("ordinal", lexicon.ordinals),
    ):
        if key in table:
            return Token(key, kind, table[key])
    return _classify_other(word, key, lexicon)


def _classify_other(word: str, key: str, lexicon: DateLexicon) -> Token:
    if key in lexicon.shift_back or key in lexicon.shift_forward:
        return Token(key, "shift", -1 if key in lexicon.shift_back else 1)
    if key in lexicon.vague:
        return Token(key, "vague")
    if key in lexicon.day_parts or re.fullmatch(r"\d{1,2}:\d{2}", key):
        return Token(key, "day_part")
    if key in lexicon.fillers or word in _SKIP:
        return Token(key, "filler")
    if word in _RANGE_WORDS:
        return Token(key, "range")
    return _classify_digits(key)


def _classify_digits(key: str) -> Token:
    if _ISO.match(key):
        return Token(key, "iso")
    if match := _QUARTER.match(key):
        return Token(key, "quarter", int(match.group(1)))
    if match := _DECADE.match(key):
        short, long = match.groups()
        return Token(key, "decade", int(long) if long else 190 + int(short))
    if match := _NUMBER.match(key):
        number = int(match.group(1))
        if len(match.group(1)) == 4 and 1000 <= number <= 2999 and not match.group(2):
            return Token(key, "year", number)
        return Token(key, "number", number)
    return Token(key, "unknown")


def _calendar_parts(tokens: list[Token]) -> Parsed:
    """Year, month, day (and a day range) from the tokens."""
    iso = next((t.text for t in tokens if t.kind == "iso"), None)
    if iso is not None and (match := _ISO.match(iso)):
        year, month, day = (int(g) for g in match.groups())
        return Parsed(year=year, month=month, day=day)
    months = [t.value for t in tokens if t.kind == "month"]
    years = [t.value for t in tokens if t.kind == "year"]
    parsed = Parsed(
        year=_int(years[0]) if years else None,
        month=_int(months[0]) if months else None,
        end_month=_int(months[1]) if len(months) > 1 else None,
    )
    if months:
        days = _day_numbers(tokens)
        has_range = any(t.kind == "range" for t in tokens)
        parsed = replace(
            parsed,
            day=days[0] if days else None,
            end_day=days[-1] if has_range and len(days) > 1 else None,
        )
    return parsed


def _day_numbers(tokens: list[Token]) -> list[int]:
    """Numbers 1-31 that are days, not counts ("two days") or clock hours ("10 pm").

    A number word right after a month is a day too, as wire copy writes it ("March two").
    """
    days = []
    for index, token in enumerate(tokens):
        after_month = index > 0 and tokens[index - 1].kind == "month"
        is_number = token.kind == "number" or (token.kind == "count" and after_month)
        if not is_number or token.text in ("a", "an") or not 1 <= _int(token.value) <= 31:
            continue
        following = tokens[index + 1].kind if index + 1 < len(tokens) else ""
        if following not in ("unit", "day_part"):
            days.append(_int(token.value))
    return days


def _relative_parts(tokens: list[Token], parsed: Parsed) -> Parsed:
    """Weekday, relative day, season, quarter, unit with offset/amount/shift, decade."""
    fields: dict[str, Any] = {"units": []}
    words = [t for t in tokens if t.kind != "filler" and t.text not in _DASHES]
    for index, token in enumerate(words):
        before = words[index - 1] if index else None
        after = words[index + 1] if index + 1 < len(words) else None
        _read_token(token, before, after, fields)
    return _with_units(replace(parsed, **_plain(fields)), fields["units"])


def _plain(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if key not in ("units", "pending")}


def _read_token(
    token: Token, before: Token | None, after: Token | None, fields: dict[str, Any]
) -> None:
    kind, value = token.kind, token.value
    if kind in ("weekday", "relative_day", "season", "decade", "quarter"):
        fields.setdefault(kind, value)
    elif kind == "offset":
        fields["offset"] = value
    elif kind == "day_part":
        fields["day_part"] = True
    elif kind == "vague":
        fields["vague"] = True
    elif kind == "unit":
        _read_unit(token, before, after, fields)
    elif kind == "shift" and before is not None and before.kind == "unit":
        fields["shift"] = value


def _read_unit(
    token: Token, before: Token | None, after: Token | None, fields: dict[str, Any]
) -> None:
    unit = str(token.value)
    if unit == "quarter" and before is not None and before.kind in ("ordinal", "number"):
        fields["quarter"] = _int(before.value)
        return
    if unit == "century" and before is not None and before.kind == "number":
        fields["century"] = _int(before.value) - 1
        return
    if before is not None and before.kind in ("count", "number"):
        fields["amount"] = _int(before.value)
    elif after is not None and after.kind == "shift":
        fields["amount"] = 1  # "year-earlier", "a year ago" without "a"
    if token.text.endswith("s") and unit != "weekend":
        fields["plural"] = True  # "in coming quarters", "recent weeks", "the past five years"
    offset = before.value if before is not None and before.kind == "offset" else None
    fields["units"].append((unit, offset))


def _with_units(parsed: Parsed, units: list[tuple[str, int | str | None]]) -> Parsed:
    """Pick the main unit; a year with an offset next to a finer part only places it.

    "last year's third quarter", "the quarter of last year", "March of next year".
    """
    specific = parsed.quarter or parsed.month or parsed.season or parsed.weekday is not None
    year_offsets = [offset for unit, offset in units if unit == "year" and offset is not None]
    others = [(unit, offset) for unit, offset in units if unit != "year"]
    if year_offsets and (others or specific):
        parsed = replace(parsed, year_offset=_int(year_offsets[0]), offset=None)
        units = others
    if not units:
        return parsed
    unit, offset = units[0]
    offset = offset if offset is not None else parsed.offset
    return replace(parsed, unit=unit, offset=None if offset is None else _int(offset))


def _int(value: int | str | None) -> int:
    return int(value) if value is not None else 0
