"""A participle before a name that the parser read as a clause of its own.

"Assad told **visiting** U.S. Secretary of State Warren Christopher that ...": "visiting" is
an adjective of the name (the secretary is the visitor), but the parser may hang it on "told"
as an ``xcomp`` with the name as its object, as if Assad were visiting. Right after a verb
that has no object of its own, such a participle describes that verb's object; it heads no
clause a verb row may code (:func:`~eventscope.events.clauses.codes_as_verb`). Only the
participles news puts before a visitor's title are read so: "began sharing data", "started
deporting migrants" are the acts begun.

Example:
    >>> import spacy
    >>> attributive_participle(spacy.blank("en")("visiting")[0])
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

GERUND = "VBG"
# The head verb's own objects ("told X", "gave X"): with one, the participle is no adjective.
HEAD_OBJECT_DEPS = frozenset({"dobj", "dative"})
# "visiting U.S. Secretary of State X", "the visiting German chancellor"
ATTRIBUTIVE_LEMMAS = frozenset({"visit"})


def attributive_participle(token: Token) -> bool:
    """Whether ``token`` is an "-ing" word read as the complement of the verb right before
    it, which has no object of its own, while the word itself has one ("told visiting X",
    "met visiting X")."""
    head = token.head
    if token.tag_ != GERUND or token.dep_ != "xcomp" or head.i != token.i - 1:
        return False
    if token.lemma_.lower() not in ATTRIBUTIVE_LEMMAS:
        return False
    if any(c.dep_ in HEAD_OBJECT_DEPS for c in head.children):
        return False
    return any(c.dep_ == "dobj" for c in token.children)
