"""Force posture: a missile fired into the sea shows force (CAMEO 150); forces sent to
support someone protect (074, :mod:`~eventscope.events.protection`).

CONTRACT:

    candidate = posture(candidate, sent, words)

CAMEO 150 "demonstrate military or police power": "military posturing falls short of actual use
of force and is typically a demonstration of military capabilities". A missile or rocket fired
or launched at no party, into open water ("fired two ballistic missiles into the sea off its
coast", "launched a rocket into the ocean"), uses force on no one: the firing's 19x code becomes
150. Fired at or into a party ("fired rockets into Israel") it stays an attack, and so does one
fired into a place on land ("into a village": its people are under fire). The firing verbs are
``frames.toml`` [words] ``firing_verbs``, the water nouns ``open_waters``.

Example:
    >>> SHOW_OF_FORCE
    '150'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .build import Candidate
from .protection import protective_deployment

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SHOW_OF_FORCE = "150"
FORCE_ROOT = "19"


def posture(candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]) -> Candidate:
    """``candidate`` after :func:`show_of_force` and :func:`protective_deployment`."""
    return protective_deployment(show_of_force(candidate, sent, words), sent, words)


def show_of_force(
    candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]
) -> Candidate:
    """``candidate`` recoded 150 when it fires into open water at no one (module docstring)."""
    if candidate.code[:2] != FORCE_ROOT or candidate.targets:
        return candidate
    verb = sent.doc[candidate.trigger[1] - 1]
    if verb.lemma_.lower() not in words.get("firing_verbs", frozenset()):
        return candidate
    if destinations(verb) & words.get("open_waters", frozenset()):
        candidate.code = SHOW_OF_FORCE
    return candidate


def destinations(verb: Token) -> set[str]:
    """Lemmas of the prepositional objects of ``verb`` and of its direct object ("fired
    missiles into the sea": sea)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {
        pobj.lemma_.lower()
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    }
