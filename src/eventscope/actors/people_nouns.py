"""What a country word owns: its posts (its armed forces) or its people named by what they do.

CONTRACT:

    owned = owned_by_country(doc, hit, rules, starts)   # (end token, sector) or None

A country or demonym modifying a noun that is no agent word of the lexicon names no actor
("Turkish coffee"), unless the noun is one of two kinds of things a country has:

* its military posts ("Russian positions", "an Israeli checkpoint"): its armed forces, MIL
  (:func:`~.posts.state_installation`);
* people named by their occupation or condition that the lexicon does not list ("Afghan
  interpreters", "Chinese engineers", "Syrian physicians"): that country's civilians, CVL,
  never its government. The nouns are ``rules.toml`` ``people_nouns`` (lemmas), and nouns of
  people by their English suffix: a word in "-ist" ("economists", "scientists") or "-ian"
  ("physicians", "technicians") of at least ``MIN_SUFFIXED`` letters, save a few things.

``starts`` are the tokens that begin another actor (a noun that is an actor of its own, such as
"Russian police", is found by the lexicon, not here).

Example:
    >>> owned_by_country  # doctest: +ELLIPSIS
    <function owned_by_country at ...>
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS
from .posts import state_installation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .lexicon import Hit
    from .rules import ContextRules

PEOPLE_SUFFIXES = ("ist", "ian")
# Short words in -ist/-ian are rarely people ("list", "wrist", "median"); "Italian" is a demonym.
MIN_SUFFIXED = 7
# Things spelled like people: lists of names, lines on maps, statistics.
NOT_PEOPLE = frozenset(
    {
        "checklist",
        "shortlist",
        "wishlist",
        "blacklist",
        "watchlist",
        "playlist",
        "meridian",
        "median",
        "persist",
        "assist",
        "exist",
    }  # fmt: skip
)
# What may stand between the country word and the noun: "Afghan female interpreters".
BETWEEN_DEPS = frozenset({"amod", "compound"})


def owned_by_country(
    doc: Doc, hit: Hit, rules: ContextRules, starts: Collection[int]
) -> tuple[int, str] | None:
    """The end (after the head noun) and sector of a country's post (MIL) or of its people
    (CVL), else None."""
    held = state_installation(doc, hit, rules.state_installations, starts)
    if held is not None:
        return held + 1, "MIL"
    people = people_head(doc, hit, rules.people_nouns, starts)
    if people is None:  # "Palestinian homes", "Israeli towns": the people who live there
        people = people_head(doc, hit, rules.civilian_places, starts)
    return (people + 1, "CVL") if people is not None else None


def people_head(doc: Doc, hit: Hit, nouns: Collection[str], starts: Collection[int]) -> int | None:
    """The index of the noun of people that the country word modifies, else None."""
    token = doc[hit.end - 1]
    head = token.head
    if hit.entry.kind not in ("country", "demonym", "people") or token.dep_ not in MODIFIER_DEPS:
        return None
    if head.i < hit.end or head.i in starts or head.pos_ != "NOUN":
        return None
    between = doc[hit.end : head.i]
    if len(between) > 1 or any(t.dep_ not in BETWEEN_DEPS for t in between):
        return None
    return int(head.i) if names_people(head, nouns) else None


def names_people(token: Token, nouns: Collection[str]) -> bool:
    """``token`` is a noun of people: listed, or by its suffix (see the module docstring)."""
    lemma = token.lemma_.lower()
    if lemma in nouns or token.lower_ in nouns:
        return True
    if lemma in NOT_PEOPLE or len(lemma) < MIN_SUFFIXED:
        return False
    return lemma.endswith(PEOPLE_SUFFIXES)
