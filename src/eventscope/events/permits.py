"""Letting a party act is a concession to it (CAMEO 08 "yield"), not the act let.

CONTRACT:

    permitted_clause(token, book)               # "allowed X to hold rallies": "hold" -> True
    candidate = permit_parties(candidate, frame, index)   # the permitter acts on the permitted

A verb of permission (frames.toml ``[frame_verbs]`` kind ``permit``: allow, permit, let,
authorise) frames the act it lets happen as the frame's appeal or demand verbs do, and
``[codes.permit]`` codes it: a protest, a strike or a march allowed eases restrictions on the
freedom of assembly (0811 "relax or remove administrative restrictions on fundamental political
freedoms such as freedoms of speech, expression, and assembly"), prisoners let go are released
(0841), any other act allowed is a yielding (080). The parser reads "allowed the opposition to
hold rallies" as a clausal complement (``ccomp``) whose own subject is the party allowed, where
"urged the opposition to hold rallies" has an object and an ``xcomp``: both are the frame's
complement here, and the party allowed is the target, the one who allows the source.

Example:
    >>> permitted_clause.__name__, permit_parties.__name__
    ('permitted_clause', 'permit_parties')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS, child, to_infinitive
from .syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .build import Candidate
    from .patterns import PatternBook
    from .syntax import ActorIndex

PERMIT = "permit"
# "let them march": the verb of permission that takes a bare infinitive
BARE_INFINITIVE_FRAMES = frozenset({"let"})


def permitted_clause(token: Token, book: PatternBook) -> bool:
    """``token`` is the act a verb of permission lets happen, parsed as its clausal complement:
    "allowed the opposition **to hold** rallies", "let the prisoners **go**"."""
    head = token.head
    if token.dep_ != "ccomp" or token.pos_ != "VERB" or head is token:
        return False
    lemma = head.lemma_.lower()
    if book.frame_verbs.get(lemma) != PERMIT:
        return False
    return to_infinitive(token) or (lemma in BARE_INFINITIVE_FRAMES and token.tag_ == "VB")


def permit_parties(candidate: Candidate, frame: Token, index: ActorIndex) -> Candidate:
    """``candidate`` (the act let happen, with its own subject as source) as the frame's
    yielding: the frame's subject is the source, the party let act the target. A clause with
    no subject of its own (an ``xcomp``: "allowed X to go" read with X as object) is left to
    the frame's addressee (:func:`~eventscope.events.clauses.addressee_of`)."""
    embedded = frame.doc[candidate.trigger[0]]
    if child(embedded, SUBJECT_DEPS) is None:
        return candidate
    permitter = index.groups_under(subject(frame))
    if permitter:
        candidate.targets, candidate.sources = candidate.sources, permitter
    return candidate
