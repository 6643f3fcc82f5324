"""An appeal or demand to a named actor whose requested act no pattern codes (CAMEO 020, 100).

"The United States pressed Israel to allow more aid into Gaza", "France persuaded Germany to
back the plan": the frame verb (``appeal`` in ``frames.toml``) leaves the coding to its
embedded verb, and when that verb codes nothing (no row for "allow" with "aid") the sentence
lost its event, though the appeal itself is reported. CAMEO 020 "make an appeal or request,
not otherwise specified" is the appeal whatever is asked (100 "demand, not otherwise
specified" for a ``demand`` frame: "pressured X to lower its tariffs"): the subject appeals to
the addressee (the frame's object, or "on/upon/to X"). It is added only when no other candidate
of the sentence was triggered at the frame or its embedded verb, and only for a real clause
(not negated, conditional or unreal).

Example:
    >>> APPEAL_ANY
    '*'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .build import Candidate
from .clauses import addressee_of
from .frames import DROP, FRAMED_CONFIDENCE, complement, modality
from .syntax import inherited_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .patterns import PatternBook
    from .syntax import ActorIndex

APPEAL_ANY = "*"
_KINDS = ("appeal", "demand")
# Below a framed event whose embedded act is coded: what is asked is not read.
_CONFIDENCE = FRAMED_CONFIDENCE - 0.1


def bare_appeals(
    sent: Span,
    sent_index: int,
    book: PatternBook,
    index: ActorIndex,
    found: list[Candidate],
) -> list[Candidate]:
    """``found`` plus a 020 appeal (100 demand) for each appeal (demand) frame with an actor
    addressee and an embedded verb that no candidate in ``found`` covers."""
    taken = {i for candidate in found for i in range(*candidate.trigger)}
    added = []
    lemmas = doc_words(sent.doc).lemma  # strings only: a token is made for a frame verb
    for i in range(sent.start, sent.end):
        if book.frame_verbs.get(lemmas[i]) not in _KINDS or i in taken:
            continue
        candidate = _appeal(sent.doc[i], sent_index, book, index, taken)
        if candidate is not None:
            added.append(candidate)
    return found + added


def _appeal(
    frame: Token, sent_index: int, book: PatternBook, index: ActorIndex, taken: set[int]
) -> Candidate | None:
    kind = book.frame_verbs[frame.lemma_.lower()]
    embedded = complement(frame, book)
    if embedded is None or embedded.i in taken or frame.pos_ != "VERB":
        return None
    if modality(frame, book) in DROP:
        return None  # "did not ask X to", "if X asks Y to": no appeal made
    targets = addressee_of(frame, index)
    sources = index.groups_under(inherited_subject(frame, book.words["pronouns"]))
    if not targets or not sources:
        return None
    return Candidate(
        code=book.frame_code(kind, APPEAL_ANY),
        sources=sources,
        targets=targets,
        trigger=(frame.i, frame.i + 1),
        sent_index=sent_index,
        confidence=_CONFIDENCE,
        pattern=f"frame:{frame.lemma_.lower()}+any",
    )
