"""A yearless day of a past event that resolved after publication: the year before.

The date finder reads a month and day without a year ("on July 8") as the nearer year,
letting the tense pick the other reading only within :data:`~eventscope.dates.resolve.
TENSE_WINDOW` days (a reporting verb's past tense is no evidence for the date of what it
reports). So "Russia and China signed the accord on July 8" in a story of 20 May reads
8 July of the same year, seven weeks *ahead*, and the attacher then rejects the date for a
past event and the event fell back to the publication date. Where the event's own verb is
past and the expression names only a month and a day, the one reading that fits is the last
such day before publication: a coder dates the signing to last July, not to the story.

Example:
    >>> from datetime import date, timedelta
    >>> from eventscope.models import TimeExpression
    >>> july = TimeExpression("July 8", 0, 6, "2024-07-08", "day", date(2024, 7, 8))
    >>> year_earlier(july, date(2024, 5, 20)).value
    '2023-07-08'
    >>> year_earlier(TimeExpression("July 8, 2024", 0, 12, "2024-07-08", "day",
    ...                             date(2024, 7, 8)), date(2024, 5, 20)) is None
    True
    >>> saturday = TimeExpression("Saturday", 0, 8, "2026-12-05", "day", date(2026, 12, 5))
    >>> week_earlier(saturday, date(2026, 12, 1)).value
    '2026-11-28'
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..models import TimeExpression
from .calendar import safe_date
from .lexicon import DateLexicon

# A month and a day and nothing else ("July 8", "8 July", "July 8th", "the 8th of July"):
# a year, an offset ("next July 8") or a weekday makes the reading the text's own.
_MONTH_DAY = re.compile(
    r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?[A-Za-z]{3,9}\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?",
)


def year_earlier(expression: TimeExpression, published: date) -> TimeExpression | None:
    """``expression`` a year earlier, when it is a month and day without a year that
    resolved after ``published`` (and its day exists that year), else ``None``."""
    when = expression.date
    if when is None or when <= published or expression.precision != "day":
        return None
    text = expression.text.strip()
    if not _MONTH_DAY.fullmatch(text) or not _names_month(text):
        return None
    earlier = safe_date(when.year - 1, when.month, when.day)
    if earlier is None or earlier > published or (published - earlier).days > 366:
        return None
    return _on(expression, earlier)


def week_earlier(expression: TimeExpression, published: date) -> TimeExpression | None:
    """``expression`` a week earlier, when it is a bare weekday ("Saturday", "on Saturday")
    that resolved after ``published``: read in a clause with no tense of its own ("used water
    cannon to disperse protesters on Saturday") the finder takes the coming day, but the
    event's own verb is past, so the day is the one just gone."""
    when = expression.date
    if when is None or when <= published or expression.precision != "day":
        return None
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", expression.text)]
    if len(words) != 1 or words[0] not in DateLexicon.load().weekdays:
        return None
    earlier = when - timedelta(days=7)
    if earlier > published:
        return None
    return _on(expression, earlier)


def _names_month(text: str) -> bool:
    months = DateLexicon.load().months  # the packaged lexicon, read once per process
    return any(word.lower() in months for word in re.findall(r"[A-Za-z]+", text))


def _on(expression: TimeExpression, day: date) -> TimeExpression:
    """``expression`` resolved to ``day``."""
    return replace(expression, value=day.isoformat(), date=day, end_date=None)
