"""Dates: find time expressions, normalise them against the publication date, date events.

CONTRACT (stub; the dates work replaces the body, keeps the interface):

    expressions = find_time_expressions(doc, published=date(2020, 8, 20))
    when = date_for_event(doc, event_mention, expressions)      # TimeExpression | None
    value = normalise("Friday", dct=date(1998, 8, 8), context="... on Friday ...")

``find_time_expressions`` returns :class:`~eventscope.models.TimeExpression` with char
offsets and sentence index; ``date_for_event`` picks the expression attached to the
event's clause or sentence (None when there is none); ``normalise`` serves the
``eventscope dates`` command (TIMEX3 value and precision, value None when unknown).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from .models import EventMention, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_time_expressions(doc: Doc, *, published: date | None) -> list[TimeExpression]:
    raise NotImplementedError("date finding is not implemented yet")


def date_for_event(
    doc: Doc, event: EventMention, expressions: Sequence[TimeExpression]
) -> TimeExpression | None:
    raise NotImplementedError("event dating is not implemented yet")


def normalise(expression: str, *, dct: date, context: str | None = None) -> TimeExpression:
    raise NotImplementedError("date normalisation is not implemented yet")
