"""Query-parameter parsing with clear 400 messages; every value is later bound, never spliced.

FastAPI checks types and bounds (``limit`` in 1..500); these functions check formats and
say what is wrong in words a user can act on.

Example:
    >>> country_code("aze", "country")
    'AZE'
    >>> day("2020-13-01", "since")
    Traceback (most recent call last):
    ...
    eventscope.api.errors.BadParameterError: [E601] since '2020-13-01' is not a date: use YYYY-MM-DD
"""

from __future__ import annotations

import datetime as dt
import re

from ..store.filters import EventFilter
from .errors import BadParameterError

_COUNTRY = re.compile(r"[A-Za-z]{3}")
_ROOT = re.compile(r"[0-9]{2}")
_CAMEO = re.compile(r"[0-9]{2,4}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
MAX_TEXT = 200


def country_code(value: str, name: str) -> str:
    """``value`` as an upper-case ISO alpha-3 code, or a 400 naming the parameter."""
    if not _COUNTRY.fullmatch(value.strip()):
        raise BadParameterError(
            detail=f"{name} {value!r} is not an ISO 3166-1 alpha-3 country code (e.g. AZE, CHN)"
        )
    return value.strip().upper()


def optional_country(value: str | None, name: str) -> str | None:
    return None if value is None or value == "" else country_code(value, name)


def day(value: str | None, name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or ``None`` for an absent/empty value."""
    if value is None or value == "":
        return None
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParameterError(detail=f"{name} {value!r} is not a date: use YYYY-MM-DD") from None


def date_range(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    first, last = day(since, "since"), day(until, "until")
    if first is not None and last is not None and first > last:
        raise BadParameterError(detail=f"since {since} is after until {until}")
    return first, last


def code_prefix(value: str | None, name: str, pattern: re.Pattern[str], example: str) -> str | None:
    if value is None or value == "":
        return None
    if not pattern.fullmatch(value):
        raise BadParameterError(detail=f"{name} {value!r} is not a CAMEO code ({example})")
    return value


def search_text(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    if len(value) > MAX_TEXT:
        raise BadParameterError(detail=f"text is longer than {MAX_TEXT} characters")
    return value


def event_filter(
    *,
    country: str | None,
    a: str | None,
    b: str | None,
    root: str | None,
    cameo: str | None,
    since: str | None,
    until: str | None,
    text: str | None,
) -> EventFilter:
    """The :class:`EventFilter` of ``GET /api/events`` (same filters as ``eventscope events``)."""
    first, second = optional_country(a, "a"), optional_country(b, "b")
    if (first is None) != (second is None):
        raise BadParameterError(detail="give both a and b (a country pair), or neither")
    start, end = date_range(since, until)
    return EventFilter(
        country=optional_country(country, "country"),
        dyad=(first, second) if first is not None and second is not None else None,
        root=code_prefix(root, "root", _ROOT, "two digits, e.g. 04"),
        cameo=code_prefix(cameo, "cameo", _CAMEO, "2 to 4 digits, e.g. 042"),
        since=start,
        until=end,
        text=search_text(text),
    )
