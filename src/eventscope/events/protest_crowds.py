"""A crowd named as protesters that gathers demonstrates, whatever purpose it states (#15).

The contentious coder codes "gathered", "assembled" or "converged" as a demonstration (141)
only with a purpose clause of protest ("gathered to demand X"): a crowd that gathers to watch
a match or to mourn does not demonstrate. A subject that is itself a word for protesters
("protesters gathered outside the parliament", "hundreds of demonstrators assembled in the
square") already says what the gathering is.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Protesters", "gathered"], heads=[1, 1],
    ...           deps=["nsubj", "ROOT"], lemmas=["protester", "gather"])
    >>> protesting_subject(doc[1])
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "picketer"})
_QUANTITY_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens"})


def protesting_subject(verb: Token) -> bool:
    """The subject of ``verb`` names protesters ("protesters", "thousands of demonstrators"),
    and the gathering is the whole news: a gathering joined to another act ("gathered at the
    mosque and pelted stones at police") is only where that act began, and the act is coded."""
    if verb.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        head = subject
        if head.lemma_.lower() in _QUANTITY_HEADS or head.like_num:
            head = prep_object(head, ("of",)) or head  # "thousands of demonstrators"
        if head.lemma_.lower() in PROTESTER_NOUNS or head.lower_.rstrip("s") in PROTESTER_NOUNS:
            return True
    return False
