"""When the classifier's outvoting event replaces the rules' event of its pair.

CONTRACT:

    replaced(kept, filled, penta_prob, replace_rules)  # ``kept`` + ``filled``, one per pair

The classifier outvotes the rules' events of a sentence when it is sure (``dispute_fill``) of a
PentaClass none of them has (``ClassifierUse.outvoted``); its event then ranks first and the
rules' rank just below. Where both code the same pair, one act gets two codes, and one of them
is a false event. Which one is wrong follows two things, counted on the tune parts (PLOVER,
ACLED, PETRARCH, ConfliBERT roles) and our own sentences:

* the rule's code: a root's unspecified code ("040" consult, "100" demand, "070" aid, "130"
  threaten) is all a bare generic verb tells ("met", "called for", "sent"), and the model,
  which reads the whole sentence, was right over it wherever gold or the codebook decides (a
  meeting that decided a threat, 13; a letter sent that threatened, 13). A specific code (173
  arrest, 174 expel, 087 withdraw, 111 criticise, 041 call a leader) read a specific sense: of
  12 such outvotes counted, the model was wrong in 9 ("a court sentenced two journalists to
  prison" 070; a withdrawal of peacekeepers 13 at P 0.78 and 0.85), right in 2 and one is
  unclear, so the two codes stand together there;
* the model's certainty: same-pair outvotes at P(PentaClass) 0.60-0.67 were misreadings even
  of generic rows (a demand row of the PETRARCH dictionary read as aid, 070), at 0.70 or more
  not.

So a rule event with an unspecified code takes the code of the model's event of its pair when
the model's P(PentaClass) reaches ``replace_rules``, and that model event goes: the verb row
found the actors and the trigger, the model the act. Other rule events stand beside the
model's, below it.

Example:
    >>> replaced([], [], 0.9, 0.7)
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .build import actor_key

if TYPE_CHECKING:
    from ..models import EventMention


def dyad_key(event: EventMention) -> tuple[object, object]:
    """``event``'s source and target as deduplication compares actors (``actor_key``)."""
    return (actor_key(event.source), actor_key(event.target))


def replaced(
    kept: Sequence[EventMention],
    filled: Sequence[EventMention],
    penta_prob: float,
    replace_rules: float,
) -> list[EventMention]:
    """The rules' events ``kept`` and the model's ``filled``, one event per pair where a rule
    event of an unspecified code (:func:`unspecified`) and a model's event code the same pair
    and the model's P(PentaClass) ``penta_prob`` reaches ``replace_rules``: the rule's event,
    whose actors and trigger a verb row found, with the model's code, pattern and confidence.
    ``kept`` ranks below ``filled`` as the caller ranked them; the result keeps that order."""
    if not filled or penta_prob < replace_rules:
        return [*kept, *filled]
    models = {dyad_key(event): event for event in filled}
    recoded: dict[tuple[object, object], EventMention] = {}
    rules = []
    for event in kept:
        model = models.get(dyad_key(event))
        if model is None or not unspecified(event.cameo):
            rules.append(event)
        elif dyad_key(event) not in recoded:
            recoded[dyad_key(event)] = replace(
                event, cameo=model.cameo, pattern=model.pattern, confidence=model.confidence
            )
    return rules + [recoded.get(dyad_key(event), event) for event in filled]


def unspecified(cameo: str) -> bool:
    """A root's "not specified below" code: three digits ending in 0 ("040", "100").

    >>> unspecified("040"), unspecified("173"), unspecified("0333")
    (True, False, False)
    """
    return len(cameo) == 3 and cameo.endswith("0")
