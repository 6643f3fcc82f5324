"""A country's own military posts: "Russian positions", "Russia's positions", "a Russian naval
base", "an Israeli checkpoint" stand for that country's armed forces (MIL), not the state.

CONTRACT:

    head = state_installation(doc, hit, posts, starts)   # token index of the post, or None

``posts`` are the nouns of ``rules.toml`` ``state_installations``; ``starts`` the tokens that
begin another actor (a post that is an actor of its own is not this country's). A stance
("China's position on the crisis") is no post.

Example:
    >>> state_installation  # doctest: +ELLIPSIS
    <function state_installation at ...>
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .lexicon import Hit

# How a country's name hangs on the post it holds ("Russian positions", "Russia's positions"),
# and what may stand between them (the possessive mark, "naval" in "a Russian naval base").
HOLDER_DEPS = MODIFIER_DEPS | {"poss"}
BETWEEN_HOLDER_DEPS = frozenset({"case", "amod", "compound"})
# "Russia's positions on the crisis", "Chinese positions regarding trade": stances, not posts.
STANCE_PREPS = frozenset({"on", "about", "regarding", "over", "toward", "towards", "concerning"})


def state_installation(
    doc: Doc, hit: Hit, posts: Collection[str], starts: Collection[int]
) -> int | None:
    """The index of the post that a country or demonym modifies or owns (a possessive mark
    and one modifier may come between), else None."""
    token = doc[hit.end - 1]
    head = token.head
    if hit.entry.kind not in ("country", "demonym") or token.dep_ not in HOLDER_DEPS:
        return None
    if head.lower_ not in posts or head.i in starts:
        return None
    if any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS for c in head.children):
        return None
    between = doc[hit.end : head.i]
    held = len(between) <= 2 and all(t.dep_ in BETWEEN_HOLDER_DEPS for t in between)
    return int(head.i) if held and head.i >= hit.end else None
