"""What a violent act with no named target struck: whose the thing was, or whose the weapon.

CONTRACT:

    civilian_things(trigger, code, owned)   # the struck nouns that stand for civilians
    intercepted(trigger)                    # True: what was struck is a weapon in flight

:meth:`~eventscope.events.domain.DomainCoder.with_targets` gives a violent act that names no
target the people of the place it happened in, by what was struck (:mod:`.settlements`):
civilians for their things and homes, else the source's foe. Three readings refine that:

* **Taking a place is no harm to its people.** CAMEO 192 "occupy territory": "troops
  recaptured the town of X" takes the town from the other side, so the target is the source's
  foe (:mod:`.foes`), not the town's civilians, as it is for an attack on the town.
* **A camp for displaced people is theirs** ("shelled a camp for displaced people", "a refugee
  camp"): a camp alone is the military's as often, but one named for civilians is civilian.
* **A merchant ship names no foe either** ("Houthi rebels attacked a cargo ship in the Red
  Sea", "pirates seized an oil tanker"): its owners and flag are not the country of the waters
  or the attacker's foe (Yemen's military), so no target is implied (:func:`merchant_vessel`).
* **A weapon struck in flight names no foe** ("the air force shot down 30 drones", "air
  defences intercepted two missiles"): the weapon came from the other side, which the country
  where it fell is not (a drone over Ukraine is not a Ukrainian rebel's); no target is implied.

Example:
    >>> "refugee" in CIVILIAN_PEOPLE, "missile" in PROJECTILES
    (True, True)
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS
from .settlements import SETTLEMENTS, of_civilians
from .victims import victim_places

if TYPE_CHECKING:
    from spacy.tokens import Token

OCCUPY = "192"
TAKEN_PLACES = SETTLEMENTS | {"city"}  # "recaptured the town": taken, not harmed
# People a camp or shelter is named for ("a camp for displaced people", "a refugee camp").
CIVILIAN_PEOPLE = frozenset(
    {"refugee", "displaced", "idp", "idps", "displacement", "migrant", "evacuee", "civilian"}
)
SHELTERS = frozenset({"camp", "shelter", "settlement", "centre", "center", "site"})
# Weapons in flight: struck, they name no side of their own.
PROJECTILES = frozenset(
    {"drone", "missile", "rocket", "projectile", "uav", "warhead", "balloon", "shell"}
)
# Ships of trade: a tanker or freighter, or a ship, vessel or boat named for its trade.
MERCHANT_SHIPS = frozenset({"tanker", "freighter", "supertanker", "bulker"})
VESSELS = frozenset({"ship", "vessel", "boat", "carrier"})
TRADES = frozenset(
    {"cargo", "merchant", "commercial", "container", "oil", "gas", "fishing", "bulk", "trawler"}
)
# Verbs that stop a weapon ("shot down", "intercepted"); "fired missiles at X" strikes X.
INTERCEPTING = frozenset({"intercept", "shoot", "down", "destroy", "neutralise", "neutralize"})
_FOR_PREPS = frozenset({"for", "of"})


def civilian_things(trigger: Token, code: str, owned: Collection[str]) -> list[Token]:
    """The nouns ``trigger`` struck that stand for civilians: their things, homes and camps;
    no settlement when the act takes territory (192)."""
    found = []
    for noun in victim_places(trigger):
        if code == OCCUPY and noun.lemma_.lower() in TAKEN_PLACES:
            continue  # taken from the foe
        if of_civilians(noun, owned) or civilian_shelter(noun):
            found.append(noun)
    return found


def civilian_shelter(noun: Token) -> bool:
    """A camp or shelter named for civilians ("a camp for displaced people", "an IDP camp")."""
    if noun.lemma_.lower() not in SHELTERS:
        return False
    words = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _FOR_PREPS):
        words += [p for p in prep.children if p.dep_ == "pobj"]
    return any(_of_people(word) for word in words)


def _of_people(word: Token) -> bool:
    """ "refugees", "displaced people", "IDPs": a word for civilians or a noun they modify."""
    if word.lemma_.lower() in CIVILIAN_PEOPLE or word.lower_ in CIVILIAN_PEOPLE:
        return True
    return any(c.lower_ in CIVILIAN_PEOPLE for c in word.children if c.dep_ in MODIFIER_DEPS)


def intercepted(trigger: Token) -> bool:
    """What ``trigger`` stopped is a weapon in flight ("shot down 30 of the 42 drones")."""
    if trigger.lemma_.lower() not in INTERCEPTING:
        return False
    for noun in victim_places(trigger):
        nouns = [noun] + [p for c in noun.children if c.lower_ == "of" for p in c.children]
        if any(n.lemma_.lower() in PROJECTILES for n in nouns):
            return True
    return False


def merchant_vessel(trigger: Token) -> bool:
    """What ``trigger`` struck is a ship of trade ("a cargo ship", "an oil tanker", "a Greek
    merchant vessel" is Greek by its named modifier, an actor the coder finds itself)."""
    for noun in victim_places(trigger):
        lemma = noun.lemma_.lower()
        if lemma in MERCHANT_SHIPS:
            return True
        kinds = (c.lower_ for c in noun.children if c.dep_ in MODIFIER_DEPS)
        if lemma in VESSELS and any(kind in TRADES for kind in kinds):
            return True
    return False
