"""Whose forces: a role owned by a possessive pronoun takes its owner's country.

CONTRACT:

    found: dict[int, str] = possessor_countries(doc, mentions)

maps the start token of each mention that needs a country (a role alone: "forces", "troops",
"mediators", see :func:`~eventscope.actors.context.needs_country`) and is owned by a possessive
pronoun ("**its** forces", "**their** troops", "**his** envoy") to the country of the actor the
pronoun stands for, when the sentence names one (a role owned by a named actor, "the Peruvian
president's **family**", takes that actor's country outright):

1. the first noun of a coordination it joins ("Sudan and its allies": Sudan);
2. else the subject of the nearest clause above it whose subject is an actor with a country
   ("Russia's defence ministry said **its forces** had captured the village": the ministry's
   Russia, not Ukraine, whose region the village lies in; "Ukraine accused Russia of shelling
   **its** towns": Ukraine);
3. else the nearest actor with a country before it in its sentence.

Why: the place of the sentence, which the context stage uses otherwise, is very often the
other side's country in conflict news (a captured village lies in the enemy's land), and a
possessive names the owner outright.

Example:
    >>> possessor_countries(doc, [])                                  # doctest: +SKIP
    {}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from ..models import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def possessor_countries(
    doc: Doc, mentions: Sequence[ActorMention], *, needs: Sequence[ActorMention] = ()
) -> dict[int, str]:
    """Start token of each mention of ``needs`` owned by a possessive pronoun -> the country of
    the actor the pronoun stands for (see the module docstring); ``mentions`` give the owners."""
    countries = {
        i: m.actor.country
        for m in mentions
        if m.actor.country and m.actor.resolution != "context"
        for i in range(m.start, m.end)
    }
    found = {}
    for mention in needs:
        head = doc[mention.end - 1]
        own = range(mention.start, mention.end)
        owners = [c for c in head.children if c.dep_ == "poss"]
        named = [c.i for c in owners if c.i in countries and c.i not in own]
        if named:  # "the former Peruvian president's family": the owner is named outright
            found[mention.start] = countries[named[0]]
            continue
        if not any(c.lower_ in POSSESSIVE_PRONOUNS for c in owners):
            continue
        country = _owner_country(head, countries, own)
        if country is not None:
            found[mention.start] = country
    return found


def _owner_country(head: Token, countries: Mapping[int, str], own: range) -> str | None:
    """The country of the pronoun's antecedent: a coordination's first noun, the subject of a
    clause above, else the nearest actor before it in the sentence."""
    if head.dep_ == "conj" and head.head.i in countries and head.head.i not in own:
        return countries[head.head.i]
    for subject in _subjects_above(head):
        if subject.i in countries and subject.i not in own:
            return countries[subject.i]
    before = [i for i in range(head.sent.start, own.start) if i in countries]
    return countries[before[-1]] if before else None


def _subjects_above(token: Token) -> Iterator[Token]:
    """The subjects of the clauses above ``token``, nearest first."""
    for ancestor in token.ancestors:
        for child in ancestor.children:
            if child.dep_ in SUBJECT_DEPS:
                yield child
