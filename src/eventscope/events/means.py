"""An answer told by its means: "China **retaliated by imposing** tariffs on US goods".

CONTRACT:

    means_over_answers(doc, events) -> events without the answers whose means is coded

A verb of answering ("retaliate", "respond", "react", "hit back") says only that an act
answers another; "by" and a gerund after it name the act itself. CAMEO codes the act done
(the tariffs, 163; the strikes, 195), not a bare "retaliation" (190) beside it: when the
gerund is coded as an event of its own, the answering verb's event goes. An answer with no
means coded stays ("Israel retaliated against Hezbollah": 190).

Example:
    >>> means_over_answers(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..models import EventMention

# Verbs (lemmas) that say an act answers another.
ANSWER_VERBS = frozenset({"retaliate", "respond", "react", "reply", "answer", "hit", "strike"})


def means_over_answers(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without those whose trigger is an answering verb with a coded means."""
    if doc is None or len(events) < 2:
        return list(events)
    triggers = {event.trigger_start for event in events}
    return [event for event in events if not _answered_by(doc[event.trigger_start], triggers)]


def _answered_by(verb: Token, triggers: set[int]) -> bool:
    """``verb`` answers with a means ("by" + gerund) whose index is in ``triggers``."""
    if verb.lemma_.lower() not in ANSWER_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"):
        if any(c.dep_ == "pcomp" and c.i in triggers for c in prep.children):
            return True
    return False
