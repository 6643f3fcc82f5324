"""The force that reports its own act told in the passive is its agent (#15).

"Kenyan police said 47 protesters were arrested", "the army said 12 militants were killed near
Maiduguri": the act is passive with no "by" agent, and the clause is what the speaker says. A
state's police, army or authorities that report arrests, detentions, deportations (CAMEO 17)
report their own act; an army or police force that reports foes killed (rebels, insurgents,
militants, criminals) reports its own operation. Without this the arrest took the state where
it happened (the place agent) and the killing had no source at all. A speaker reporting
civilians killed ("police said two people were killed in a shooting") is no agent: the police
report a crime.

Example:
    >>> sorted(KILLERS), sorted(FOES)[:3]
    (['COP', 'MIL'], ['CRM', 'IMG', 'INS'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS
from .syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import VerbRule
    from .syntax import ActorIndex, Group

REPORTING = frozenset({"say", "announce", "report", "confirm", "state", "add", "tell"})
# who carries out a state's coercion (17) it reports, and whose killings (18, 19, 20) of its
# foes are its own
COERCERS = frozenset({"COP", "MIL", "GOV", "SPY", "JUD"})
KILLERS = frozenset({"COP", "MIL"})
FOES = frozenset({"REB", "INS", "UAF", "IMG", "SEP", "CRM"})
COERCE_ROOT = "17"
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def reporting_agent(verb: Token, rule: VerbRule, index: ActorIndex) -> list[Group]:
    """The speaker of ``verb``'s report when it is the agent of the passive act (docstring)."""
    acted_on = child(verb, ("nsubjpass",))
    if acted_on is None or child(verb, ("agent",)) is not None or verb.dep_ != "ccomp":
        return []
    say = verb.head
    if say.lemma_.lower() not in REPORTING:
        return []
    speaker = next((c for c in say.children if c.dep_ in SUBJECT_DEPS), None)
    speakers = index.groups_under(speaker)
    if len(speakers) != 1 or not _own_act(rule.code[:2], speakers[0], index.group_under(acted_on)):
        return []
    return speakers


def _own_act(root: str, speaker: Group, acted_on: Group | None) -> bool:
    sector = speaker[0].actor.sector
    if root == COERCE_ROOT:
        return sector in COERCERS
    if root not in VIOLENT_ROOTS or sector not in KILLERS or not acted_on:
        return False
    return acted_on[0].actor.sector in FOES
