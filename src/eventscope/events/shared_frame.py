"""The frame verb over a verb: its own, or the one a coordinated infinitive shares.

"Students refused to disperse and **throw** stones": "throw" is the parser's conjunct of the
complement "disperse", without a "to" of its own; it is refused as much as "disperse" is, so
the frame verb over it is "refused" (a refusal, CAMEO 12), not nothing (a riot, 145). The same
holds for "agreed to meet and **sign** a pact" (intent to sign, not a signing).

Contract: :func:`framing` takes a verb token and the pattern book and returns the frame verb
whose complement the verb is (or shares), else ``None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import is_complement

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook

BASE_FORM = "VB"


def framing(verb: Token, book: PatternBook) -> Token | None:
    """The frame verb over ``verb``: its head when ``verb`` is a complement, the head's head
    when ``verb`` is a bare-infinitive conjunct of one; else ``None``.

    >>> framing.__name__
    'framing'
    """
    if is_complement(verb, book):
        return verb.head
    shared = verb.dep_ == "conj" and verb.tag_ == BASE_FORM and verb.head.i != verb.i
    if shared and is_complement(verb.head, book):
        return verb.head.head
    return None
