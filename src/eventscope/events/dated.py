"""Historical background: a clause dated to the past by a decade or "ago" codes no event.

CONTRACT:

    dated_to_past(verb)   # "met him in the 1950s", "fought there twenty years ago": True

A decade ("1950s", "the '90s") or "ago" after a unit of years ("two years ago", "a decade
ago") dates the clause of the nearest verb above it; when that verb is ``verb`` itself the
clause is background, not news ("rebels who entered two years ago" dates the relative clause,
not the main verb). Split from :mod:`.frames`, whose ``not_real`` asks it.

Example:
    >>> import spacy
    >>> dated_to_past(spacy.blank("en")("Rebels fought")[1])
    False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DECADE = re.compile(r"^(?:1[0-9]|20)?\d0'?s$")
_PAST_UNITS = frozenset({"year", "decade", "century"})


def dated_to_past(verb: Token) -> bool:
    """A decade or "ago" in ``verb``'s subtree dates its own clause to the past."""
    # Only a decade or "ago" can date the clause: the words are read as strings first and a
    # token is made for those alone. A word outside the verb's subtree never reaches the
    # verb in :func:`_background`, so the span between its edges may be searched.
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    words = memo(doc, "dating_words", _dating_words)
    if any(_background(doc[i], verb) for i in words if left <= i <= right):
        return True
    return _shares_fronted_date(verb, words)


def _shares_fronted_date(verb: Token, words: tuple[int, ...]) -> bool:
    """A decade put before the first of two joined verbs dates both ("In the 1990s, Iraq
    invaded Kuwait and was expelled"); one after the first verb dates it alone ("invaded
    Kuwait in the 1990s and now threatens it")."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
        return False
    fronted = (i for i in words if head.left_edge.i <= i < head.i)
    return any(_background(verb.doc[i], head) for i in fronted)


def _dating_words(doc: Doc) -> tuple[int, ...]:
    """The indices of the words that may date a clause: a decade ("1950s"), which begins
    with a digit (tested first: every word of the document is asked), or "ago"."""
    words = doc_words(doc)
    # Each distinct word tested once; most documents have none of them.
    dating = {
        word
        for word in words.lowers
        if word == "ago" or (word[:1].isdigit() and DECADE.match(word) and word != "0s")
    }
    return tuple(i for i, word in enumerate(words.lower) if word in dating) if dating else ()


def _background(token: Token, verb: Token) -> bool:
    """``token`` dates ``verb``'s own clause to the past (not a clause below it: "rebels who
    entered two years ago")."""
    past = DECADE.match(token.lower_) is not None and token.lower_ != "0s"
    past = past or (
        token.lower_ == "ago" and any(c.lemma_.lower() in _PAST_UNITS for c in token.children)
    )
    node = token
    for _ in range(4):
        if not past or node.head.i == node.i:
            return False
        node = node.head
        if node.i == verb.i:  # spaCy makes a new Token object per access: compare indices
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False
