"""Dates: find time expressions, normalise them against the publication date, date events.

    expressions = find_time_expressions(doc, published=date(2020, 8, 20))
    when = date_for_event(doc, event_mention, expressions)      # TimeExpression | None
    value = normalise("Friday", dct=date(1998, 8, 8), context="... on Friday ...")

``find_time_expressions`` returns :class:`~eventscope.models.TimeExpression` with char
offsets and sentence index; ``date_for_event`` picks the expression attached to the
event's clause or sentence (None when there is none); ``normalise`` serves the
``eventscope dates`` command (TIMEX3 value and precision, value None when unknown).

Values are TIMEX3-style: ``2020-07-12`` (day), ``2020-07`` (month), ``2020-W28`` (week),
``2020-Q3``, ``2020-SU`` (season), ``2020`` (year), ``199`` (decade), ``PAST_REF``...;
``date`` is the first day denoted and ``end_date`` the last day of a range.

Example:
    >>> from datetime import date
    >>> normalise("on December 28", dct=date(2021, 1, 5), context="They met on December 28.").value
    '2020-12-28'
    >>> normalise("next Tuesday", dct=date(2020, 8, 20)).value
    '2020-08-25'
    >>> normalise("the 4th Expo", dct=date(2020, 8, 20)).value is None
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..models import EventMention, TimeExpression
from .attach import attach_expression
from .calendar import UNRESOLVED, day_value
from .find import DateFinder
from .lexicon import DateLexicon
from .parse import parse_expression
from .resolve import resolve
from .tense import context_direction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DateFinder", "date_for_event", "find_time_expressions", "normalise"]


def find_time_expressions(
    doc: Doc, *, published: date | None, finder: DateFinder | None = None
) -> list[TimeExpression]:
    """Every time expression in ``doc``, in text order, normalised against ``published``.

    Uses spaCy DATE/TIME entities and token rules; skips counts ("35,000 visitors"),
    ordinals in names ("the 4th Expo"), years used as names ("Expo 2020") and bare
    clock times ("at 10 am"). Without ``published`` only dates with a year get a value.
    """
    return (finder or DateFinder.load()).find(doc, published=published)


def date_for_event(
    doc: Doc,
    event: EventMention,
    expressions: Sequence[TimeExpression],
    *,
    published: date | None = None,
) -> TimeExpression | None:
    """The expression dating ``event``: in its clause, else nearest in its sentence, else the
    previous sentence's when this one continues it, else None. With ``published``, dates far
    ahead of it, and older ones no past-tense clause supports, are not used."""
    return attach_expression(doc, event, expressions, published=published)


def normalise(
    expression: str,
    *,
    dct: date,
    context: str | None = None,
    lexicon: DateLexicon | None = None,
) -> TimeExpression:
    """Normalise one expression string against the document date ``dct``.

    ``context`` (the sentence around it) gives the tense for the direction of relative
    expressions; it is read with light word rules, not parsed. ``start``/``end`` of the
    result are the expression's offsets in ``context`` when found there, else 0 and its
    length. The value is None when the expression is not understood. A bare clock time
    ("at 10 pm") gives the document's day, as TIMEX3 annotators do (in documents,
    :func:`find_time_expressions` skips such times instead).
    """
    lexicon = lexicon or DateLexicon.load()
    parsed = parse_expression(expression, lexicon)
    resolved = UNRESOLVED
    if parsed is not None and parsed.names_day_only_by_clock:
        # TIMEX3 convention: a bare clock time ("at 10 pm") is on the document's day.
        resolved = day_value(dct)
    elif parsed is not None:
        direction = context_direction(context, expression, lexicon)
        resolved = resolve(parsed, dct, direction)
    start = context.find(expression) if context else -1
    start = max(start, 0)
    return TimeExpression(
        text=expression,
        start=start,
        end=start + len(expression),
        value=resolved.value,
        precision=resolved.precision,
        date=resolved.date,
        end_date=resolved.end_date,
    )
