"""Inside a quotation, "our forces" are the speaker's, not the country the article names most.

CONTRACT:

    drafts = with_speakers(doc, drafts)   # "our" actors in quotes take the speaker's country

'"Our forces will not retreat," the Ethiopian army chief said': the quoted "our forces" are
Ethiopia's. Left to the context stage, a generic actor with no country takes the country of
its sentence's places or of the article's votes, which in a quotation about an enemy is often
the enemy's ("accusing Eritrea" -> ERIMIL). A generic draft (a sector, no country, no fixed
code) whose noun has the possessive "our" and that stands between quotation marks takes the
country of the quotation's speaker: the subject of a verb of saying (``SAYING``) outside the
marks, in the sentence that opens or closes the quotation, when a draft with a country covers
that subject ("the Ethiopian army chief", "a spokesman for the Sudanese army").

Example:
    >>> import spacy
    >>> with_speakers(spacy.blank("en")("Our forces left."), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from ..nlp.syntax import SUBJECT_DEPS
from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTES = frozenset({'"', "“", "”", "``", "''"})
FIRST_PERSON = frozenset({"our"})
# Lemmas of verbs that introduce a quotation's speaker.
SAYING = frozenset(
    {"say", "tell", "add", "state", "declare", "warn", "insist", "claim", "announce", "write"}
)


def with_speakers(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with each quoted first-person generic actor given its speaker's country."""
    # The words as strings (docmemo): a token made per word of the text only to find the
    # marks cost more than the rest of this stage.
    marks = [i for i, text in enumerate(doc_words(doc).text) if text in QUOTES]
    if len(marks) < 2 or not any(_ours(doc, d) for d in drafts):
        return list(drafts)
    spans = list(zip(marks[0::2], marks[1::2], strict=False))
    out = []
    for draft in drafts:
        span = next((s for s in spans if s[0] < draft.start and draft.end <= s[1]), None)
        country = _speaker_country(doc, drafts, span) if span and _ours(doc, draft) else None
        out.append(replace(draft, country=country, resolution="modifier") if country else draft)
    return out


def _ours(doc: Doc, draft: Draft) -> bool:
    """A generic actor whose noun says "our" ("our forces", "our brave soldiers")."""
    if draft.country or draft.code or draft.sector is None or draft.person:
        return False
    head = doc[draft.end - 1]
    return any(c.lower_ in FIRST_PERSON and c.dep_ == "poss" for c in head.children)


def _speaker_country(doc: Doc, drafts: Sequence[Draft], span: tuple[int, int]) -> str | None:
    """The country of the speaker of the quotation between tokens ``span``."""
    start, end = span
    sents = [doc[end].sent, doc[start].sent]  # '"...," X said' is the usual order
    subjects = (
        child
        for sent in (sents[:1] if sents[0] == sents[1] else sents)
        for verb in sent
        if verb.lemma_.lower() in SAYING and not start < verb.i < end
        for child in verb.children
        if child.dep_ in SUBJECT_DEPS
    )
    countries = (_country_over(drafts, subject) for subject in subjects)
    return next((country for country in countries if country), None)


def _country_over(drafts: Sequence[Draft], subject: Token) -> str | None:
    """The country of the draft that covers ``subject`` or its phrase."""
    left, right = subject.left_edge.i, subject.right_edge.i
    for draft in drafts:
        if draft.country and left <= draft.start <= right and draft.start <= subject.i:
            return draft.country
    for draft in drafts:
        if draft.country and left <= draft.start <= right:
            return draft.country
    return None
