"""Incursions: a state's armed forces entering another state's airspace, waters or territory
are CAMEO 150 ("all military or police moves that fall short of the actual use of force"),
the owner is the target (verbs.tsv rows of ``incursion_verbs``: "Chinese warplanes entered
Taiwan's airspace" CHNMIL -> TWNGOV). The same words of anyone else are no show of force:
"Ukrainian refugees crossed into Poland's territory" codes nothing.

CONTRACT:

    drop = unarmed_incursion(event, words)   # True: a 150 of an incursion verb, no armed source

``words`` is the pattern book's word lists (``frames.toml`` [words] ``incursion_verbs``). A
source is armed when its sector is one of :data:`ARMED_SECTORS`.

Example:
    >>> from types import SimpleNamespace as NS
    >>> refugees = NS(actor=NS(sector="REF"))
    >>> event = NS(cameo="150", pattern="verb:cross+into", source=refugees)
    >>> unarmed_incursion(event, {"incursion_verbs": frozenset({"cross"})})
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .keep import VERB_PATTERN

# Sectors (CAMEO agent codes) of those that bear arms: military, police, intelligence,
# rebels, insurgents, unidentified armed forces.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF"})
INCURSION_CODE = "150"


def unarmed_incursion(event: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``event`` is an incursion row's 150 whose source bears no arms (or is none)."""
    if event.cameo != INCURSION_CODE or not event.pattern.startswith(VERB_PATTERN):
        return False
    lemma = event.pattern[len(VERB_PATTERN) :].split("+")[0]
    if lemma not in words.get("incursion_verbs", frozenset()):
        return False
    source = event.source
    return source is None or source.actor.sector not in ARMED_SECTORS
