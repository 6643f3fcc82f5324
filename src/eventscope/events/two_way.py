"""Fire that went both ways: shelling or explosions the sentence says were exchanged.

An unattributed bombing, shelling or explosion (CAMEO root 18) whose target the text leaves
unnamed is coded against the bare country of the place (:mod:`.foes`): it may have struck
anyone. But when the sentence says the fire went both ways ("explosions in both directions of
the frontline", "an exchange of shelling", "the two sides traded fire") there were two armed
sides firing at each other: a fight, whose unnamed other side is the one the source fights
(armed men fight the state's military, :func:`~.foes.foe_sector`). The code itself is left as
it is; only the unnamed side is read as a fight's.

Example:
    >>> fought_code("183", "observed 12 explosions in both directions of the frontline")
    '190'
    >>> fought_code("183", "observed 12 explosions near the town")
    '183'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .foes import foe_sector

if TYPE_CHECKING:
    from spacy.tokens import Token

# Phrases (lower case) by which a sentence says fire went both ways between two sides.
TWO_WAY_PHRASES = (
    "both directions",
    "both sides of the frontline",
    "both sides of the front line",
    "both sides of the contact line",
    "exchange of fire",
    "exchanges of fire",
    "exchange of shelling",
    "exchanges of shelling",
    "exchange of gunfire",
    "exchanged fire",
    "exchanged shelling",
    "exchanged gunfire",
    "exchanged artillery",
    "traded fire",
    "traded shelling",
)
UNCONVENTIONAL_ROOT = "18"
FIGHT_CODE = "190"


def fought_code(cameo: str, sentence: str) -> str:
    """``cameo``, or the fight code 190 for a root-18 event whose ``sentence`` (its text) says
    the fire went both ways (see the module docstring).

    Example:
        >>> fought_code("183", "The two sides exchanged fire near Avdiivka.")
        '190'
        >>> fought_code("145", "Protesters blocked the highway in both directions.")
        '145'
    """
    if not cameo.startswith(UNCONVENTIONAL_ROOT):
        return cameo
    text = sentence.lower()
    return FIGHT_CODE if any(phrase in text for phrase in TWO_WAY_PHRASES) else cameo


def unnamed_foe(cameo: str, source_sector: str | None, trigger: Token) -> str:
    """:func:`~.foes.foe_sector` of the event at ``trigger``, read as a fight when its sentence
    says the fire went both ways; ``""`` when there is no foe to name.

    Example: "explosions in both directions" (183) by an unnamed armed source (UAF) -> "MIL"
    (the state's military, their foe); "explosions near the town" -> "" (the bare country).
    """
    return foe_sector(fought_code(cameo, trigger.sent.text), source_sector)
