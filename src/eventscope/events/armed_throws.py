"""What armed men throw is an attack, not a riot: CAMEO 183 or 180 instead of 145 (#15).

CONTRACT:

    events = armed_throws(doc, events)

gives ``events`` in order, each riot (CAMEO 145) whose named source is an armed organisation,
a state force or a criminal group recoded: 183 when what was thrown is an explosive, else 180.

The rows that make throwing, hurling or pelting a riot ("protesters threw stones at police")
are written for crowds: CAMEO 145 is "protest violently, riot", and its usage note sends force
whose primary purpose is to cause casualties to roots 18-20. Militants, gunmen, soldiers or a
gang who throw a grenade do not protest: "gunmen threw a grenade at a police station" uses an
improvised explosive (183 "conduct ... non-military bombing": "use improvised explosives or
makeshift bombs"), and "soldiers threw stones at the crowd" uses the unsophisticated weapons of
180 ("use this default code also for use of knives, rocks and other such unsophisticated
weapons"). A crowd, a source the article only implies, and every other code are unchanged.

Example:
    >>> armed_throws(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import EventMention
from .victims import ARMED_ORGANISATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RIOT = "145"
BOMBING = "183"  # "conduct suicide, car, or other non-military bombing"
UNCONVENTIONAL = "180"  # "use unconventional violence": knives, rocks
# Who bears arms by its role: armed organisations, the police and criminal groups.
ARMED = ARMED_ORGANISATIONS | {"COP", "CRM"}
# Lemmas of improvised explosives and makeshift bombs ("a petrol bomb", "a Molotov cocktail").
EXPLOSIVES = frozenset({
    "grenade", "bomb", "firebomb", "explosive", "explosives", "ied", "dynamite", "cocktail",
    "molotov",
})  # fmt: skip
# Where the thrown thing hangs from the verb: its object, or "with" ("pelted the car with X").
THROWN_DEPS = frozenset({"dobj", "obj", "nsubjpass", "prep"})


def armed_throws(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with the riots of armed sources recoded (see the module docstring)."""
    if doc is None:
        return list(events)
    return [_recoded(doc, event) if _armed_riot(event) else event for event in events]


def _armed_riot(event: EventMention) -> bool:
    source = event.source
    if event.cameo != RIOT or source is None:
        return False
    actor = source.actor
    return actor.sector in ARMED and actor.resolution != "implied" and bool(actor.text.strip())


def _recoded(doc: Doc, event: EventMention) -> EventMention:
    code = BOMBING if _explosive(doc[event.trigger_start]) else UNCONVENTIONAL
    return replace(event, cameo=code, pattern=event.pattern + "+armed")


def _explosive(verb: Token) -> bool:
    """The verb's object (or its "with" object) names an explosive."""
    for child in verb.children:
        if child.dep_ not in THROWN_DEPS or (child.dep_ == "prep" and child.lower_ != "with"):
            continue
        if any(word.lemma_.lower() in EXPLOSIVES for word in child.subtree):
            return True
    return False
