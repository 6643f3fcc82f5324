"""A state that "protests" complains officially (CAMEO 114), it does not demonstrate (#15).

CAMEO 140 "engage in political dissent" and its sub-codes are collective dissent: civilians,
the opposition, workers or students in the street. When a government, a country named alone or
an international organisation "protested" something ("Vietnam protested China's deployment of
an oil rig", "Japan protested against the missile launch"), the codebook's 114 "complain
officially: written and institutionalized protests" is the act, as "lodged a protest with"
already codes. Protests by anyone else, and a bare "protested" that names nothing it is
against, keep their dissent code.

Example:
    >>> COMPLAINING_SECTORS
    frozenset({'GOV'})
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Actor, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DISSENT, COMPLAIN_OFFICIALLY = "140", "114"
COMPLAINING_SECTORS = frozenset({"GOV"})
PROTEST_VERB = "protest"
IGO = "IGO"
# "protested against X", "protested over X": the complaint names its act
ACT_PREPOSITIONS = frozenset({"against", "over"})


def state_protests(doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with the bare dissent (140) of a state's verb "protest" coded 114."""
    return [_recoded(doc, event) for event in events]


def _recoded(doc: Doc, event: EventMention) -> EventMention:
    if event.cameo != DISSENT or event.source is None:
        return event
    verb = doc[event.trigger_start]
    return (
        replace(event, cameo=COMPLAIN_OFFICIALLY) if complains(verb, event.source.actor) else event
    )


def complains(verb: Token, actor: Actor) -> bool:
    """``actor``, a state, "protested" an act with ``verb``: an official complaint (114), no
    demonstration ("India protested the arrest and asked Colombo to release X": the appeal
    is India's own, not a demonstration's demand, events/voiced.py)."""
    if verb.lemma_.lower() != PROTEST_VERB or verb.pos_ != "VERB":
        return False
    return _protests_an_act(verb) and _state(actor)


def _protests_an_act(verb: Token) -> bool:
    """A complaint names what it is about: "protested X", "protested against X". A bare
    "protested" ("workers of a company of Mexico protested, demanding ...") is dissent, whoever
    the actor coder took for its subject."""
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ACT_PREPOSITIONS)
        for c in verb.children
    )


def _state(actor: Actor) -> bool:
    """A government, a country named alone (it acts through its state) or an IGO."""
    if actor.sector in COMPLAINING_SECTORS or actor.code.startswith(IGO):
        return True
    return actor.sector is None and actor.country is not None and actor.code == actor.country
