"""A town or village attacked with no named target: its inhabitants, civilians of the country.

CONTRACT:

    of_civilians(token, owned)   # True: the victim slot ``token`` stands for civilians

``events.domain`` gives a violent act with no named target the country where it happened;
when what was hit is a civilian thing it gives that country's civilians (CVL) instead ("looted
crops", "set a car alight": ``civilian_objects`` in ``data/events/domain.toml``; any place
called "residential" or "civilian": "fired shells at residential areas"). A settlement is
such a thing too: "gunmen attacked Kuru and Dapo", "militants raided a village", "bandits
attacked the community" hit the people who live there, as ACLED codes such attacks (victims:
civilians of the country) and as CAMEO's agent codes read a place's population. A settlement
is a common noun for one (``SETTLEMENTS``) or a proper name the NER takes for a place, a
person or nothing: unknown villages are often tagged PERSON ("attacked Kuru and Dapo"), and a
named person no actor covers, attacked, is a civilian too; an organisation or a people is not.
The caller keeps its own guards: no actor covers the word (a capital coded as its government,
a named group), and civilians acting on civilians code nothing of the kind.

Example:
    >>> SETTLEMENTS >= {"village", "town"}
    True
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SETTLEMENTS = frozenset(
    {"village", "town", "community", "hamlet", "settlement", "neighborhood", "neighbourhood"}
)
# Adjectives that make any place or building civilians' ("residential areas", "civilian
# houses"): what an armed force fires at there are the people who live in it.
CIVILIAN_MODIFIERS = frozenset({"residential", "civilian"})
# Entity types a settlement's name may carry (PERSON: the NER's guess for unknown villages);
# an untyped proper noun is read as one too.
SETTLEMENT_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON", ""})
PROPER = "PROPN"


def of_civilians(token: Token, owned: Collection[str]) -> bool:
    """``token`` (a victim slot of a violent trigger) names civilians' things or homes."""
    lemma = token.lemma_.lower()
    if lemma in owned or lemma in SETTLEMENTS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in CIVILIAN_MODIFIERS for c in token.children):
        return True  # "fired shells at residential areas", "shelled civilian houses"
    return token.pos_ == PROPER and token.ent_type_ in SETTLEMENT_ENTS
