"""The damage an attack did is that attack, not an event of its own (#15).

CONTRACT:

    events = without_damage(doc, events)

gives ``events`` in order without the destructions (CAMEO 1712, "destroy property") that tell
what an attack, a bombardment or a clash coded beside them destroyed:

* in the attack's own sentence, by the attack's own source: "troops *shelled* rebel positions
  and *destroyed* two vehicles", "militants *attacked* the post, *destroying* a truck";
* in a later sentence that places the destruction inside the fighting: "the soldiers
  destroyed two pickups *during the clash*";
* in the sentence right after the attack, with no party of its own (a passive, "four trucks
  were destroyed"): the attack's result, told as a new sentence.

CAMEO codes the act by its most violent form: the shelling (194) that destroyed the vehicles is
one act, and a second event of root 17 beside it counts the one act twice (a reader, and an
event-level score, see a coercion that nobody else reports). A destruction with no attack
coded beside it ("protesters destroyed a police car", "militants destroyed a telecom mast")
stays, as does one by another source ("rebels attacked the village; on Wednesday, soldiers
destroyed the rebels' camp") or told later without a link to the fighting.

Example:
    >>> without_damage(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from .build import actor_key
from .cameo import VIOLENCE_ROOTS
from .retold import unnamed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DESTROY = "1712"  # CAMEO "destroy property"
# "during the clash", "in the attack": the destruction happened inside the fighting told.
INSIDE_PREPS = frozenset({"during", "in", "amid", "amidst"})
KNOWN = frozenset({"the", "this", "that"})  # determiners of a fight told before
FIGHT_NOUNS = frozenset(
    {
        "ambush",
        "assault",
        "attack",
        "battle",
        "bombardment",
        "clash",
        "exchange",
        "fight",
        "fighting",
        "firefight",
        "gunfight",
        "offensive",
        "raid",
        "shelling",
        "shootout",
        "shoot-out",
        "skirmish",
        "strike",
        "airstrike",
    }
)


def without_damage(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without each destruction that an attack of the list did (module docstring),
    and without the fight noun that placed it ("during the clash": the clash told before).

    An attack's own events are never dropped otherwise; only code 1712 is read.
    """
    attacks = [e for e in events if e.cameo[:2] in VIOLENCE_ROOTS]  # its damage is part of it
    if doc is None or not attacks:
        return list(events)
    gone: set[int] = set()
    for event in events:
        if event.cameo == DESTROY:
            gone.update(_damage_of(doc, event, attacks))
    return [e for e in events if id(e) not in gone]


def _damage_of(doc: Doc, damage: EventMention, attacks: Sequence[EventMention]) -> set[int]:
    """The ids to drop when ``damage`` tells what one of ``attacks`` destroyed: its own, and
    that of the later attack event whose trigger is the fight noun placing it; else none."""
    fight = _inside_fighting(doc[damage.trigger_start])
    for attack in attacks:
        if attack.sent_index == damage.sent_index:
            if _same_source(attack.source, damage.source):
                return {id(damage)}
        elif attack.sent_index < damage.sent_index and fight is not None:
            told = (e for e in attacks if e.sent_index == damage.sent_index)
            return {id(damage)} | {id(e) for e in told if e.trigger_start == fight}
        elif attack.sent_index == damage.sent_index - 1 and unnamed(damage.source):
            return {id(damage)}
    return set()


def _inside_fighting(verb: Token) -> int | None:
    """ "destroyed two pickups during the clash": the index of the fight noun of the verb's own
    "during/in" phrase, when that fight is already known (a definite or possessed noun)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in INSIDE_PREPS:
            continue
        for noun in prep.children:
            known = any(c.dep_ == "poss" or c.lower_ in KNOWN for c in noun.children)
            if noun.dep_ == "pobj" and noun.lemma_.lower() in FIGHT_NOUNS and known:
                return int(noun.i)
    return None


def _same_source(one: ActorMention | None, other: ActorMention | None) -> bool:
    """One actor: the same code, or the same words ("Israeli jets bombed X and destroyed Y":
    the state sector may differ by root, MIL for the bombing and GOV for the destruction)."""
    if one is None or other is None:
        return False
    return actor_key(one) == actor_key(other) or (one.start, one.end) == (other.start, other.end)
