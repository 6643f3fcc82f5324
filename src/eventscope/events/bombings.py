"""A state's forces bombing: military, not the codebook's 183.

CAMEO 183 is "conduct suicide, car, or other **non-military** bombing"; its note codes
"aerial bombings that involve the use of aircrafts" as 195 "employ aerial weapons". When a
state's armed forces (MIL) bomb a village or a town ("The Myanmar army bombed a village in
Sagaing"), or the state itself does (GOV: "the junta bombed a village", "the regime bombed a
market": it bombs through its air force), the bombing is theirs, from the air in news usage:
195. Rebels, militants and
unknown men who bomb keep 183 (their bombs are planted or thrown), and so do cars and
roadside bombs, which the recode table already keeps (``data/events/frames.toml``).

Example:
    >>> by_state_forces("183", "bomb", None)
    '183'
"""

from __future__ import annotations

from ..models import ActorMention

NON_MILITARY_BOMBING = "183"
AERIAL_WEAPONS = "195"
BOMB_LEMMAS = frozenset({"bomb", "bombing"})
STATE_FORCES = frozenset({"MIL", "GOV"})


def by_state_forces(code: str, lemma: str, source: ActorMention | None) -> str:
    """``code``, or 195 for a bombing (the pattern's ``lemma``: "bomb", "bombing") by a
    state or its forces."""
    if code != NON_MILITARY_BOMBING or source is None or source.actor.sector not in STATE_FORCES:
        return code
    return AERIAL_WEAPONS if lemma in BOMB_LEMMAS else code
