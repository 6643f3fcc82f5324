"""A name two states share ("Congo", "Punjab") is the state whose places the story names.

CONTRACT:

    shared_name(mention)                           # True: the actor's country is a shared name's
    mentions = with_shared_names(mentions, places) # same list, such actors in the story's state

"Congo" alone is the Republic of the Congo (COG) in the actor dictionary (country_names.tsv:
before 1997 the other Congo was Zaire, and a story with no other clue keeps that reading), while
the places stage reads a bare "Congo" as the Democratic Republic (COD, the name's common use
since 1997). When the story names other places of one of the two states ("Congo's army clashed
with rebels near Beni", "police in Brazzaville, Congo"), the actor is of that state, as its
places are: the two stages agree. The places that decide are the story's places other than the
shared name itself (whose reading is what is in question); places in both states, or in
neither, change nothing. A region split between two states is such a name too: "Punjab" is
Pakistan's province in the dictionary, India's state in a story on Ludhiana and Bathinda. A
phrase that says which state it is ("the Democratic Republic of Congo", "Congo-Brazzaville",
"DR Congo", "Indian Punjab") is not a shared name.

Example:
    >>> sorted(SHARED_NAMES["congo"])
    ['COD', 'COG']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType

from ..models import ActorMention, PlaceMention

# States known by one short name, and regions split between two states ("Punjab": Pakistan's
# province and India's state; "Kashmir": the parts India and Pakistan hold), by that name (lower
# case); the first is the reading of provinces.tsv or country_names.tsv.
SHARED_NAMES = MappingProxyType(
    {
        "congo": frozenset({"COG", "COD"}),
        "punjab": frozenset({"PAK", "IND"}),
        "kashmir": frozenset({"IND", "PAK"}),
    }
)
# Words of a phrase that already tell the two states apart.
QUALIFIERS = frozenset({
    "democratic", "republic", "dr", "drc", "brazzaville", "kinshasa", "rdc",
    "indian", "pakistani", "india", "pakistan", "azad",
})  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.strip(".,'’s").lower() for w in text.replace("-", " ").split()}


def _shared(text: str) -> frozenset[str] | None:
    """The states of the shared name in ``text``, unless the phrase qualifies it."""
    words = _words(text)
    if words & QUALIFIERS:
        return None
    found = [states for name, states in SHARED_NAMES.items() if name in words]
    return found[0] if found else None


def shared_name(mention: ActorMention) -> bool:
    """``mention``'s country comes from a name two states share ("Congo's army")."""
    states = _shared(mention.actor.text)
    return states is not None and mention.actor.country in states


def with_shared_names(
    mentions: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """``mentions`` with each shared-name actor in the one state of the story's other places."""
    return [_in_story_state(m, places) if shared_name(m) else m for m in mentions]


def _in_story_state(mention: ActorMention, places: Sequence[PlaceMention]) -> ActorMention:
    states = _shared(mention.actor.text) or frozenset()
    seen = {
        p.place.country
        for p in places
        if p.place is not None and p.place.country in states and _shared(p.text) is None
    }
    actor = mention.actor
    if len(seen) != 1 or actor.country in seen or actor.country is None:
        return mention
    (state,) = seen
    code = actor.code
    if code.startswith(actor.country):
        code = state + code[len(actor.country) :]
    return replace(mention, actor=replace(actor, country=state, code=code))
