"""The post or force that fire came from: "shells were fired from an army checkpoint".

CONTRACT:

    source = fired_from(noun, actors)   # the armed actor after "from", else None

Notes of shelling often name the shooter only by where the fire came from: "four shells were
fired from a checkpoint belonging to the Egyptian army", "shells fired from Russian positions
hit a school". The event noun ("shells") is then the subject of a firing verb, or carries the
verb as a participle, and the actor after that verb's "from" is the source, provided it is an
armed actor (an army's post, "Russian positions", a force). A place there is where the fire
came from, not who fired ("rockets fired from Gaza": no source from this rule), and a verb
that is not about firing is left alone ("shells removed from the school").

Example:
    >>> fired_from  # doctest: +ELLIPSIS
    <function fired_from at ...>
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .common import covering
from .victims import ARMED_ORGANISATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..models import ActorMention

# Verbs that send fire from somewhere (lemmas).
FIRING_VERBS = frozenset({"fire", "launch", "shoot", "lob"})
# Sectors of actors that hold posts and fire from them: armed organisations, police, gangs.
ARMED_SECTORS = ARMED_ORGANISATIONS | {"COP", "CRM"}


def fired_from(noun: Token, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The armed actor of ``actors`` after "from" on the firing verb of ``noun``, else None."""
    for origin in _origins(noun):
        found = covering(actors, origin)
        if found is not None and found.actor.sector in ARMED_SECTORS:
            return found
    return None


def _origins(noun: Token) -> list[Token]:
    """The objects of "from" on the firing verbs whose subject or participle ``noun`` is."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]  # "shells fired from X"
    if noun.dep_ in ("nsubjpass", "nsubj"):  # "shells were fired from X"
        verbs.append(noun.head)
    preps = [
        c
        for v in verbs
        if v.lemma_.lower() in FIRING_VERBS
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "from"
    ]
    return [c for p in preps for c in p.children if c.dep_ == "pobj"]
