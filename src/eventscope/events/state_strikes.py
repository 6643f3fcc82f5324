"""A state's strikes are military strikes, not a labour strike (CAMEO 143).

The noun "strike" codes 143 (a labour strike) from ``nouns.tsv``. When the striker is a state
named by its adjective, possessive or "by" ("the Russian strikes", "Israel's strikes on Gaza",
"strikes by the United States"), the strikes are the state's attacks: CAMEO 190 ("use
conventional military force"), or 195 when aerial words modify them ("US drone strikes").
A strike with a compound noun of its own ("a French rail strike", "a hunger strike") or a
labour word ("a general strike") stays the labour strike, as does any striker with a sector
of its own other than the state's (workers, teachers, a union).

Example:
    >>> military_strike_code(None, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .domain import AIR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .syntax import Group

STRIKE_LEMMA = "strike"
FORCE_CODE = "190"
AERIAL_CODE = "195"
# Sectors through which a state strikes; a state named alone has none yet.
STATE_STRIKERS = frozenset({"GOV", "MIL"})
# Words that make a strike a labour strike whatever the striker ("a general strike").
LABOUR_WORDS = frozenset(
    {"general", "national", "nationwide", "labour", "labor", "industrial", "hunger", "wildcat"}
)


def military_strike_code(token: Token | None, sources: Sequence[Group]) -> str | None:
    """The code of the noun ``token`` "strike" struck by the state ``sources``, or None when
    it is no such strike (another noun, a labour word, a compound noun, a non-state striker)."""
    if token is None or token.lemma_.lower() != STRIKE_LEMMA or not sources:
        return None
    if not all(_state(m.actor.sector, m.actor.country) for group in sources for m in group):
        return None
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.lower_ in AIR_WORDS for c in modifiers):
        return AERIAL_CODE
    if any(c.dep_ == "compound" or c.lower_ in LABOUR_WORDS for c in modifiers):
        return None
    return FORCE_CODE


def _state(sector: str | None, country: str | None) -> bool:
    return country is not None and (sector is None or sector in STATE_STRIKERS)
