"""Whom a seizure of contraband acts on: the criminals who owned it (CRM), not the state.

CONTRACT:

    events = contraband_owners(doc, events)   # same list, seizures of contraband re-targeted

"Federal police seized two tons of cocaine", "customs officers confiscated smuggled cigarettes":
a state's forces seize property (CAMEO 171) and the text names no owner. The target the
builder fills in is the forces' own state (``build._state_target``: GOV), which takes no
property from itself; the owners of drugs or smuggled goods are criminals (CAMEO CRM) of the
country where they were seized, as ACLED codes such seizures. A seizure whose object names
something else ("seized a cache of weapons", "seized land"), a named target ("seized the
cartel's cocaine" keeps the cartel) and seizures by anyone but a state's forces are unchanged.

Example:
    >>> contraband_owners(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Actor, EventMention
from .build import STATE_SECTORS
from .frames import object_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SEIZE_CODE = "171"  # "seize or damage property", and its sub-codes (1711 confiscate)
# The state filled in for a target the text does not name (build.own_country, then GOV).
UNNAMED_STATE = frozenset({None, "GOV"})
OWNERS = "CRM"
# Lemmas of goods that only criminals own: drugs, and whatever is smuggled or counterfeit.
CONTRABAND = frozenset({
    "drug", "narcotic", "narcotics", "cocaine", "heroin", "marijuana", "cannabis", "hashish",
    "opium", "methamphetamine", "meth", "amphetamine", "ecstasy", "fentanyl", "tramadol",
    "captagon", "khat", "contraband", "smuggle", "counterfeit", "bootleg",
})  # fmt: skip
# Words after a seizing verb read when the parse gives it no object ("seized, in a raid, ...").
WINDOW = 8


def contraband_owners(doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with each state seizure of contraband aimed at the country's criminals."""
    return [_owners(doc, event) if _state_seizure(event) else event for event in events]


def _state_seizure(event: EventMention) -> bool:
    source, target = event.source, event.target
    if not event.cameo.startswith(SEIZE_CODE) or source is None or target is None:
        return False
    if source.actor.sector not in STATE_SECTORS or target.actor.text:
        return False
    return target.actor.sector in UNNAMED_STATE and bool(target.actor.country)


def _owners(doc: Doc, event: EventMention) -> EventMention:
    target = event.target
    if target is None or not _contraband(doc[event.trigger_start]):
        return event
    country = target.actor.country or ""
    actor: Actor = replace(target.actor, sector=OWNERS, code=country + OWNERS, resolution="implied")
    return replace(event, target=replace(target, actor=actor))


def _contraband(verb: Token) -> bool:
    """The thing seized is contraband: a word of CONTRABAND in its phrase ("two tons of
    cocaine", "packs of smuggled cigarettes"), or right after the verb when it has no object."""
    thing = object_of(verb)
    if thing is not None:
        words = list(thing.subtree)
    else:
        sent = verb.sent
        words = list(sent.doc[verb.i + 1 : min(sent.end, verb.i + 1 + WINDOW)])
    return any(w.lemma_.lower() in CONTRABAND or w.lower_ in CONTRABAND for w in words)
