"""Counterparts: an official of the same office in another country.

"The president met his Russian counterpart": the counterpart is Russian, so the president is
not. A counterpart's country is the one country a generic actor of its sentence ("the
president", "the foreign minister") cannot have; it gives no context country to the others
(:func:`~eventscope.actors.context.with_context_countries`), while the counterpart keeps its
own ("Russian counterpart" -> RUSGOV, ``data/actors/agents.tsv``).

Example:
    >>> without_counterparts(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})


def without_counterparts(doc: Doc | None, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` less those naming a counterpart ("his Ethiopian counterpart(s)")."""
    if doc is None:
        return list(mentions)
    return [m for m in mentions if not is_counterpart(doc, m)]


def is_counterpart(doc: Doc, mention: ActorMention) -> bool:
    """Whether ``mention``'s last word is "counterpart(s)" ("his Chinese counterpart")."""
    if mention.end <= mention.start or mention.end > len(doc):
        return False
    return doc[mention.end - 1].lower_ in COUNTERPART_WORDS
