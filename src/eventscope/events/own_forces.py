"""The forces a state moves are its own: "Russia withdrew troops from Kherson" acts on nobody's
troops but Russia's.

CONTRACT:

    own_forces_moved(verb, obj)          # True: ``obj`` is the mover's own forces
    without_moved_forces(doc, mentions)  # the mentions a target may be guessed among

A verb that moves forces (withdraw, pull back, disengage, redeploy) takes the mover's own
troops as its object, though the sentence names no owner ("withdrew troops", "pulled back its
forces"). Read as an actor, such an object took the country of the place it left ("troops ...
from the Kherson region": Ukrainian troops) or the other subject's ("India and China agreed to
withdraw troops": China -> Indian troops), and became the target the events stage guesses
among the sentence's parties. CAMEO codes the move against the adversary (087 "de-escalate
military engagement"), so such forces are never guessed as the target: the other country the
sentence names is ("Israel withdrew its forces from southern Lebanon": Lebanon; "India and
China agreed to withdraw troops": each other). Forces named by another country ("pushed
Russian troops out of Kharkiv") or owned by a name ("Moscow's troops") stay parties.

Example:
    >>> "troop" in FORCE_NOUNS, "withdraw" in MOVING_VERBS
    (True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..models import ActorMention

MOVING_VERBS = frozenset(
    {"withdraw", "pull", "disengage", "redeploy", "relocate", "evacuate", "demobilize",
     "demobilise", "reduce", "recall"}
)  # fmt: skip
FORCE_NOUNS = frozenset(
    {"troop", "troops", "force", "forces", "soldier", "soldiers", "unit", "units",
     "contingent", "personnel", "peacekeeper", "peacekeepers"}
)  # fmt: skip
_NAMING_DEPS = MODIFIER_DEPS | {"poss"}
_COUNTRY_ENTS = frozenset({"NORP", "GPE"})


def own_forces_moved(verb: Token, obj: Token | None) -> bool:
    """``obj`` is forces ``verb`` moves and no other name owns them."""
    if obj is None or verb.lemma_.lower() not in MOVING_VERBS:
        return False
    if obj.lemma_.lower() not in FORCE_NOUNS and obj.lower_ not in FORCE_NOUNS:
        return False
    return not any(_names_owner(c) for c in obj.children if c.dep_ in _NAMING_DEPS)


def without_moved_forces(doc: Doc, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` without the forces a verb moves as their owner's own."""
    kept = []
    for mention in mentions:
        head = doc[mention.end - 1] if 0 < mention.end <= len(doc) else None
        moved = head is not None and head.dep_ == "dobj" and own_forces_moved(head.head, head)
        if not moved:
            kept.append(mention)
    return kept


def _names_owner(word: Token) -> bool:
    """A country word or a named possessor ("Russian troops", "Moscow's troops"); not "its"."""
    if word.pos_ == "PRON":
        return False
    return word.ent_type_ in _COUNTRY_ENTS or (word.dep_ == "poss" and word.pos_ == "PROPN")
