"""The sector of a country named alone, from the event it takes part in.

CONTRACT:

    mention = with_state_sector(mention, code, source=True, lemma="shell")

A country named alone acts through its state: "Morocco cut ties with Iran" is the Moroccan
government (GOV), "Russia shelled the town" its military (MIL, for the source of roots 15 and
18-20); an execution is its government's (the sentence of a court).

Example:
    >>> with_state_sector(None, "190", source=True) is None
    True
"""

from __future__ import annotations

from dataclasses import replace

from ..models import ActorMention

# Roots whose actor, when a country is named alone, is its armed forces (CAMEO MIL):
# mobilise, fight, use unconventional mass violence, assault.
MILITARY_ROOTS = frozenset({"15", "18", "19", "20"})
# Verbs by which a state carries out a death sentence: its government acts (with_state_sector)
JUDICIAL_LEMMAS = frozenset({"execute", "hang", "behead"})


def with_state_sector(
    mention: ActorMention | None, code: str, *, source: bool, lemma: str = ""
) -> ActorMention | None:
    """A country named alone acts through its state: fill the sector from the event.

    "Morocco cut ties with Iran" is the Moroccan government (GOV); "Russia shelled the town"
    is the Russian military (MIL, for the source of roots 15 and 18-20). An execution (the
    trigger's ``lemma`` in :data:`JUDICIAL_LEMMAS`: "Iran hanged a man convicted of spying")
    carries out a court's sentence: the government's act, not the military's. Actors that
    already have a sector, and actors without a country, are returned unchanged.

    Example:
        >>> with_state_sector(None, "190", source=True) is None
        True
    """
    if mention is None or mention.actor.sector is not None or not mention.actor.country:
        return mention
    if mention.actor.code != mention.actor.country:
        return mention  # a fixed dictionary code (e.g. a user's) is kept as written
    military = source and code[:2] in MILITARY_ROOTS and lemma not in JUDICIAL_LEMMAS
    sector = "MIL" if military else "GOV"
    actor = replace(mention.actor, sector=sector, code=mention.actor.country + sector)
    return replace(mention, actor=actor)
