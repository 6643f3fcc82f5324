"""Force posture: a missile fired into the sea shows force (CAMEO 150); forces sent to
support someone protect (074, :mod:`~eventscope.events.protection`).

CONTRACT:

    candidate = posture(candidate, sent, words)

CAMEO 150 "demonstrate military or police power": "military posturing falls short of actual use
of force and is typically a demonstration of military capabilities". A missile or rocket fired
or launched at no party, into open water ("fired two ballistic missiles into the sea off its
coast", "launched a rocket into the ocean"), uses force on no one: the firing's 19x code becomes
150. Fired at or into a party ("fired rockets into Israel") it stays an attack, and so does one
fired into a place on land ("into a village": its people are under fire). A missile fired with
no preposition (``verbs.tsv``: 150) is an attack (194) after all when a phrase of aim hangs lower
in the clause ("fired missiles, machine guns and small arms at the positions of X", the parser
hanging "at" on the last weapon) or when the firing only describes the missiles of another act
("missiles fired by jets hit the depot"). The firing verbs are ``frames.toml`` [words]
``firing_verbs``, the water nouns ``open_waters``, the prepositions of aim ``aim_preps``.

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
HEAVY_FIRE = "194"  # CAMEO 194 "attack using artillery, tanks, and rocket fire"
TIME_ENTS = frozenset({"DATE", "TIME"})  # "launched a missile on Thursday" aims at no one


def posture(candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]) -> Candidate:
    """``candidate`` after :func:`show_of_force` and :func:`protective_deployment`."""
    return protective_deployment(show_of_force(candidate, sent, words), sent, words)


def show_of_force(
    candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]
) -> Candidate:
    """``candidate`` recoded 150 when it fires into open water at no one, 194 when a missile
    fired with no preposition of the rule is aimed after all (module docstring)."""
    verb = sent.doc[candidate.trigger[1] - 1]
    if verb.lemma_.lower() not in words.get("firing_verbs", frozenset()):
        return candidate
    waters = words.get("open_waters", frozenset())
    if candidate.code[:2] == FORCE_ROOT and not candidate.targets:
        if destinations(verb, frozenset()) & waters:
            candidate.code = SHOW_OF_FORCE
    elif candidate.code == SHOW_OF_FORCE:
        aimed = destinations(verb, words.get("aim_preps", frozenset()), deep=True) - waters
        if aimed or verb.dep_ == "acl":
            candidate.code = HEAVY_FIRE
    return candidate


def destinations(verb: Token, preps: frozenset[str], *, deep: bool = False) -> set[str]:
    """Lemmas of the prepositional objects (of ``preps``, or any when empty; no dates) of
    ``verb`` and of its direct object ("fired missiles into the sea": sea), or with ``deep`` of
    any word of the verb's clause."""
    heads = list(verb.subtree) if deep else [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {
        pobj.lemma_.lower()
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and (not preps or prep.lower_ in preps)
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ not in TIME_ENTS
    }
