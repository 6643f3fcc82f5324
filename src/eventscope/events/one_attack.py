"""One attack told twice in a sentence is one event (#15).

"The junta carried out air strikes on a village in Sagaing, killing 30 people": the light verb's
noun (air strikes: 195, on the village, whose only actor is the country) and the outcome
participle (killing: 190, on the people) report one attack by one source. CAMEO codes one
event: the most specific code of the root (195, "when both aerial and other small types of
weapons are used, this code takes precedence") on the most specific target (the people, not
the country they are in). Two events of one root by one source, one of them aimed only at the
country (or at nobody) the other names a part of, are merged so; so are two on one target
when one has the root's bare code ("air strikes killed 12 people": the verb's 190 and the
noun's 195).

Attacks on different parties ("shelled the army and killed three civilians"), of different
roots (an abduction and a killing) or by different sources stay apart.

Example:
    >>> one_attack([])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import ActorMention, EventMention
from .build import actor_key

# Material conflict roots whose one act may be named by a noun and by its outcome.
ATTACK_ROOTS = frozenset({"18", "19", "20"})


def one_attack(mentions: Sequence[EventMention]) -> list[EventMention]:
    """``mentions`` with each vaguer telling of an attack folded into the sharper one.

    The kept event (the one with the specific target) takes the other's code when its own is
    the root's bare code ("190") and the other's is a code of that root ("195"), and the
    higher of the two confidences.
    """
    dropped: set[int] = set()
    kept: dict[int, EventMention] = {}
    for vague in mentions:
        sharp = next((m for m in mentions if m is not vague and _sharper(m, vague)), None)
        if sharp is None or id(sharp) in dropped:
            continue
        dropped.add(id(vague))
        into = kept.get(id(sharp), sharp)
        code = vague.cameo if into.cameo == into.cameo[:2] + "0" else into.cameo
        kept[id(sharp)] = replace(
            into, cameo=code, confidence=max(into.confidence, vague.confidence)
        )
    return [kept.get(id(m), m) for m in mentions if id(m) not in dropped]


def _sharper(sharp: EventMention, vague: EventMention) -> bool:
    """``sharp`` tells the attack ``vague`` tells, on a part of ``vague``'s target country."""
    root = vague.cameo[:2]
    if root not in ATTACK_ROOTS or sharp.cameo[:2] != root:
        return False
    if sharp.sent_index != vague.sent_index:
        return False
    if sharp.source is None or actor_key(sharp.source) != actor_key(vague.source):
        return False
    if _part_of(sharp.target, vague.target):
        return True
    # one target told twice, by the verb and by the attack noun ("air strikes killed 12
    # people"): the bare code (190) is the vaguer telling of the specific one (195)
    same = sharp.target is not None and actor_key(sharp.target) == actor_key(vague.target)
    return same and vague.cameo == root + "0" and sharp.cameo != vague.cameo


def _part_of(target: ActorMention | None, country_only: ActorMention | None) -> bool:
    """``target`` is a named party (a sector) of ``country_only``'s country, which names no
    more than the country ("MMRCVL" within "MMR", or within a side the text implies but does
    not name: the foe :mod:`.foes` guesses), or ``country_only`` is no target."""
    if target is None or target.actor.sector is None or target.actor.country is None:
        return False
    if country_only is None:
        return True
    actor = country_only.actor
    unnamed = actor.sector is None or (actor.resolution == "implied" and not actor.text)
    return unnamed and actor.country == target.actor.country and actor != target.actor
