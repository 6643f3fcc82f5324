"""A state named as the owner of its own named group is not an actor of the sentence.

CONTRACT:

    drafts = without_owning_states(doc, drafts)   # the same drafts less such owners

In "Hungary's Fidesz party criticised the Commission" and "Lebanon's Hezbollah group fired
rockets", the possessive names the country of the group the noun phrase is about: the party,
the group, is the actor ("Fidesz" HUNPTYFDS, "Hezbollah" LBNREBHZB). Left as a mention of its
own, the country is the first actor under the phrase's head ("party", "group"), and the
events stage codes the state (HUNGOV; LBNMIL for the rockets). A country draft is dropped
when it is the possessor of a noun whose compound modifier is a named actor (a code beyond
its country: a party, an armed group, a person, an outlet) of that same country. A named
actor of another country keeps its owner ("Iran's Hezbollah allies": Iran stays), and so does
a bare country compound ("Russia's Ukraine invasion": Russia invades).

Example:
    >>> import spacy
    >>> without_owning_states(spacy.blank("en")("Fidesz won."), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc


def without_owning_states(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` less the countries that own a named actor of their own (module docstring)."""
    named = [d for d in drafts if _named(d)]
    if not named:
        return list(drafts)
    at = {i: d for d in named for i in range(d.start, d.end)}
    return [d for d in drafts if not _owns_its_named(doc, d, at)]


def _named(draft: Draft) -> bool:
    """A draft with a code beyond its country: a party, a group, a person, an outlet."""
    return draft.country is not None and draft.code not in (None, draft.country)


def _bare_country(draft: Draft) -> bool:
    known = draft.country is not None and draft.sector is None
    return known and draft.code in (None, draft.country)


def _owns_its_named(doc: Doc, draft: Draft, named_at: dict[int, Draft]) -> bool:
    """``draft`` is a country possessing a noun whose compound is a named actor of its own."""
    if not _bare_country(draft) or draft.end <= draft.start:
        return False
    owner = doc[draft.start : draft.end].root
    if owner.dep_ != "poss":
        return False
    compounds = (c for c in owner.head.children if c.dep_ == "compound" and c.i >= draft.end)
    return any(named_at[c.i].country == draft.country for c in compounds if c.i in named_at)
