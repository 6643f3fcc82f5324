"""A force named by its weapons: "army helicopters struck", "police drones filmed".

CONTRACT:

    sector = weapon_force(before, weapon, need_country)   # "MIL", or None

A weapon or craft word ("drone", "helicopters", "warplanes", "artillery"; rules.toml
``agents.need_country``) is an actor only with a country ("Russian drones" RUSMIL); alone
("fired a missile") it names no one. An armed agent word before it names the force that flies or
fires it: "army helicopters struck rebel positions", "military drones hit a convoy", "police
helicopters fired tear gas", "rebel artillery shelled the town" are the army's, the police's and
the rebels' acts (CAMEO codes the force; its country comes from the context, as for "soldiers").
A word of no armed sector before it ("a government drone", "the surveillance drone") names no
force, and the words that need a nationality for people ("woman", "national") are no weapons:
"a police woman" is no police force here.

Example:
    >>> from eventscope.actors.lexicon import Entry, Hit
    >>> army = Hit(0, 1, Entry("agent", sector="MIL", name="army"))
    >>> drones = Entry("agent", sector="MIL", name="drone")
    >>> weapon_force([army], drones, frozenset({"drone"}))
    'MIL'
    >>> weapon_force([], drones, frozenset({"drone"})) is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .drafts import chain_sector, pronoun_owned

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from .lexicon import Entry, Hit

# Sectors of forces that fly, sail or fire weapons (CAMEO agent codes).
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY", "IMG"})
# Words of rules.toml need_country that name people, not weapons or craft.
PEOPLE_WORDS = frozenset({"man", "woman", "boy", "girl", "teenager", "national"})


def owned_weapon(head: Token, weapon: Entry) -> str | None:
    """ "The Israeli military said **its aircraft** struck ...": a weapon or craft word a
    possessive pronoun makes someone's is that one's force (MIL; its country from the context,
    as for "its troops"), else None. People words ("their women") are no weapons.

    Example:
        >>> owned_weapon.__name__
        'owned_weapon'
    """
    if weapon.name in PEOPLE_WORDS:
        return None
    return "MIL" if pronoun_owned(head) else None


def weapon_force(before: Sequence[Hit], weapon: Entry, need_country: frozenset[str]) -> str | None:
    """The sector of the force an agent word in ``before`` names for ``weapon`` (a
    ``need_country`` word of no nationality), else None (see the module docstring)."""
    if not before or weapon.name in PEOPLE_WORDS:
        return None
    sector = chain_sector(before, need_country)
    return sector if sector in ARMED_SECTORS else None
