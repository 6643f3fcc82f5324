"""Which found dates may date an event, and which sentences carry the previous one's date.

A number that reads as a date is not always the event's date. Two checks against the
publication date, both cheap and general:

* **Too far ahead.** News reports what happened or what is planned soon; a date more than
  :data:`FUTURE_LIMIT` after publication is a maturity, a target or a name ("notes due 2012",
  "Vision 2030"), not when the reported event happened.
* **Past without a past tense.** A date (a period: its end) more than :data:`RECENT` before
  publication dates an event only when a past-tense clause supports it: the event's
  clause or the date's own ("Iran attacked Iraq in 1980"). "The Trade Act of 1974 says ..."
  reports a present statement; the 1974 is background. Recent dates are exempt: headlines
  report last week's events in the present ("Russia attacks Georgia on Monday").
* **Ahead of a past event.** An event told in the past tense happened by publication: a later
  date in its sentence is a plan or a target ("protested against cuts for next year").

And one rule in the other direction: a sentence with no date of its own that refers back
to the event of the sentence before ("... met in Geneva on August 19. During the meeting,
the sides exchanged views") takes that sentence's date (:func:`continues_previous`); a
past-tense event with no date in its sentence continues the story's day (see
:mod:`eventscope.dates.attach`).

Example:
    >>> from datetime import date
    >>> from eventscope.models import TimeExpression
    >>> far = TimeExpression(text="2012", start=0, end=4, value="2012", precision="year",
    ...                      date=date(2012, 1, 1))
    >>> plausible(far, published=date(1987, 3, 11), past=True)
    False
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..models import TimeExpression
from ..nlp.docmemo import children_of, doc_words
from .lexicon import DateLexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

FUTURE_LIMIT = timedelta(days=366)
RECENT = timedelta(days=7)
_PERIOD_DAYS = {"day": 0, "week": 6, "month": 30, "quarter": 91, "season": 91, "year": 365,
                "decade": 3652}  # fmt: skip
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def plausible(
    expression: TimeExpression, *, published: date | None, past: bool, past_event: bool = False
) -> bool:
    """Whether ``expression`` may date an event reported on ``published`` (module docstring).

    ``past``: whether a past-tense clause supports it; read only for older dates.
    ``past_event``: whether the event's own clause is past, so it happened by publication
    ("students protested against cuts for next year" is not dated next year).
    """
    when = expression.date
    if published is None or when is None:
        return True
    # Differences, not sums: dates near 0001-01-01 or 9999-12-31 must not overflow.
    if when - published > FUTURE_LIMIT or (past_event and when > published):
        return False
    return past or published - _last_day(expression) <= RECENT


def _last_day(expression: TimeExpression) -> date:
    """The end of the period ("this year" runs to December): a period that reaches the
    publication week is recent. Months and longer are approximated by their length in days."""
    start = expression.date or date.min
    if expression.end_date is not None:
        return expression.end_date
    days = _PERIOD_DAYS.get(expression.precision or "day", 0)
    return start + timedelta(days=min(days, (date.max - start).days))


def continues_previous(sent: Span, lexicon: DateLexicon) -> bool:
    """Whether ``sent`` refers back to an event: "during/at the meeting", "during their talks"."""
    words, kids = doc_words(sent.doc), children_of(sent.doc)  # strings: no token per word
    lower, dep = words.lower, words.dep
    for i in range(sent.start, sent.end):
        if lower[i] not in lexicon.continuation_preps:
            continue
        for noun in kids[i]:
            named = dep[noun] == "pobj" and lower[noun] in lexicon.continuation_nouns
            if named and any(lower[child] in _DETERMINERS for child in kids[noun]):
                return True
    return False
