"""The frame verb over a verb: its own, or the one a coordinated infinitive shares.

"Students refused to disperse and **throw** stones": "throw" is the parser's conjunct of the
complement "disperse", without a "to" of its own; it is refused as much as "disperse" is, so
the frame verb over it is "refused" (a refusal, CAMEO 12), not nothing (a riot, 145). The same
holds for "agreed to meet and **sign** a pact" (intent to sign, not a signing). "Help" with
no object of its own passes its frame on: "is ready to help **mediate**" is an offer to
mediate (039), as "is ready to mediate" is, not a mediation (045).

Contract: :func:`framing` takes a verb token and the pattern book and returns the frame verb
whose complement the verb is (or shares), else ``None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import help_of
from .frames import is_complement

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook

BASE_FORM = "VB"


def framing(verb: Token, book: PatternBook) -> Token | None:
    """The frame verb over ``verb``: its head when ``verb`` is a complement, the head's head
    when ``verb`` is a bare-infinitive conjunct of one or the complement of an objectless
    "help" that is one; else ``None``.

    >>> framing.__name__
    'framing'
    """
    if _helped(verb) and is_complement(verb.head, book):
        return verb.head.head
    if is_complement(verb, book):
        return verb.head
    shared = verb.dep_ == "conj" and verb.tag_ == BASE_FORM and verb.head.i != verb.i
    if shared and is_complement(verb.head, book):
        return verb.head.head
    return None


# "helped Armenia and Azerbaijan reach a deal": the helped, not the helper, would act
_HELPED_DEPS = frozenset({"dobj", "nsubj", "dative"})


def _helped(verb: Token) -> bool:
    """``verb`` is the bare complement of an objectless "help" ("help mediate", "help end")."""
    helper = help_of(verb)
    if helper is None:
        return False
    own = (c for token in (verb, helper) for c in token.children)
    return not any(c.dep_ in _HELPED_DEPS for c in own if c.i < verb.i)
