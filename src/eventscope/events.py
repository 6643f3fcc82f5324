"""Event coding: who did what to whom, from the dependency parse, as CAMEO codes.

CONTRACT (stub; the event-coding work replaces the body, keeps the interface):

    coder = EventCoder.load(codebook=Codebook.load())
    events: list[EventMention] = coder.find(doc, mentions)

``mentions`` are the actor stage's output for ``doc``. Each returned
:class:`~eventscope.models.EventMention` names source/target mentions (or ``None``),
a CAMEO code present in the codebook, the trigger's token span, the sentence index
and a confidence in [0, 1]. At most one event per (source, target, code) per clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cameo import Codebook
from .models import ActorMention, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True, kw_only=True)
class EventOptions:
    """Options of the event stage."""

    min_confidence: float = 0.0


class EventCoder:
    @classmethod
    def load(
        cls, *, codebook: Codebook | None = None, options: EventOptions | None = None
    ) -> EventCoder:
        return cls()

    def find(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        raise NotImplementedError("event coding is not implemented yet")
