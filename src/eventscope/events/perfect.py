"""A perfect infinitive reports a done act, not a purpose: "claimed to have killed".

CONTRACT:

    purpose_infinitive(verb)  # True for "sent troops to protect X", False for "to have killed"

A verb row's infinitive clause ("sent aid to help X", "to march") is a purpose or a plan, no
realised event, and codes nothing (``EventCoder._verb``). A perfect infinitive ("to have
killed", "to have seized") is the other way round: the act is over, and the clause above only
says who tells of it: "the rebels claimed to have killed four soldiers", "the militia is
believed to have seized the town", "the army was reported to have shelled the village". Those
code the act, whose agent is the controller of the infinitive (the claimant, the passive's
subject: :func:`~eventscope.events.syntax.inherited_subject`). Before, the classifier filled
such sentences from the claiming verb alone ("claimed" read as an appeal, 020). Frame verbs
("expects to have finished") keep their frame: the coder applies it before this test.

Example:
    >>> from types import SimpleNamespace as T
    >>> to, have = T(dep_="aux", tag_="TO", lemma_="to"), T(dep_="aux", tag_="VB", lemma_="have")
    >>> perfect_infinitive(T(tag_="VBN", children=[to, have]))
    True
    >>> perfect_infinitive(T(tag_="VB", children=[to]))
    False
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..nlp.syntax import to_infinitive
from .clauses import trip_purpose

if TYPE_CHECKING:
    from spacy.tokens import Token


def perfect_infinitive(verb: Token) -> bool:
    """``verb`` is a past participle after "to have" ("to have killed")."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    marked = any(c.tag_ == "TO" for c in auxes)
    return marked and any(c.lemma_.lower() == "have" for c in auxes)


def purpose_infinitive(verb: Token) -> bool:
    """``verb`` has the infinitive marker "to" and is no perfect infinitive: a purpose or a
    plan ("sent troops to protect X"), not a report of a done act ("claimed to have killed")."""
    return to_infinitive(verb) and not perfect_infinitive(verb)


def unrealised_infinitive(verb: Token, code: str, words: Mapping[str, frozenset[str]]) -> bool:
    """A verb row's infinitive clause that codes nothing: a purpose or a plan that is no event
    of its own (:func:`~eventscope.events.clauses.trip_purpose`: "rallied to protest" and
    "flew to X to meet Y" are)."""
    return purpose_infinitive(verb) and not trip_purpose(verb, code, words)
