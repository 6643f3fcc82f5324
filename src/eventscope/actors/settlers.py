"""A country for a role from its context, and settlers of an occupied land as the settling state's.

CONTRACT:

    mention = with_country(mention, "PSE", "place")   # the role with that country

:func:`~eventscope.actors.context.with_context_countries` gives a role with no nationality
("protesters", "the police") the country of its place, dateline or article. Settlers are the
exception: settlers in a land another state occupies are that state's nationals, not the land's.
"Settlers attacked a Palestinian village near Nablus" is done by Israelis (CAMEO codes the
settlers' nationality; ACLED's actor is "Settlers (Israel)") to Palestinians, where the place
alone would make it a self-dyad (PSECVL -> PSECVL). So a role whose words include "settler(s)"
and that takes its country from the context takes the settling state for an occupied land
(``SETTLED_LANDS``: the Palestinian territories -> Israel, Western Sahara -> Morocco). A
nationality of its own ("Palestinian settlers", resolution ``modifier``) never comes here, and
settlers anywhere else ("settlers in the Amazon", "settlers near Mombasa") keep their place's
country.

Example:
    >>> from eventscope.models import Actor, ActorMention
    >>> actor = Actor("settlers", 0, 8, None, "CVL", "CVL")
    >>> with_country(ActorMention(actor, 0, 1, 0), "PSE", "place").actor.code
    'ISRCVL'
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import ActorMention, Resolution

# Lands a state occupies and settles (ISO 3166 code as the places stage gives it) -> the
# settling state: its settlers are its nationals.
SETTLED_LANDS = MappingProxyType({"PSE": "ISR", "ESH": "MAR"})
SETTLER_WORDS = frozenset({"settler", "settlers"})


def with_country(mention: ActorMention, country: str, why: Resolution) -> ActorMention:
    """``mention`` with ``country`` (or, for settlers of an occupied land, the settling state's),
    its code made of that country and its sector, and resolution ``why``."""
    sector = mention.actor.sector or ""
    country = settling_state(mention.actor.text, country)
    actor = replace(mention.actor, country=country, code=country + sector, resolution=why)
    return replace(mention, actor=actor)


def settling_state(text: str, country: str) -> str:
    """The settling state of ``country`` when ``text`` names settlers, else ``country``.

    >>> settling_state("armed settlers", "PSE"), settling_state("settlers", "BRA")
    ('ISR', 'BRA')
    >>> settling_state("farmers", "PSE")
    'PSE'
    """
    if country not in SETTLED_LANDS or SETTLER_WORDS.isdisjoint(text.lower().split()):
        return country
    return SETTLED_LANDS[country]
