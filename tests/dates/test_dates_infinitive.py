"""A date inside the infinitive of a past verb that does what it says when it happens ("the
Senate voted to impose sanctions on Tuesday": the vote was on Tuesday), not of a verb whose
infinitive lies ahead ("agreed to meet on Friday"). ``dates/tense.py``, issue 15. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.dates.tense import doc_direction
from eventscope.pipeline import Pipeline

THURSDAY = date(2024, 3, 14)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Senate voted to impose sanctions on Russia on Tuesday.", "2024-03-12"),
        ("The Kenyan parliament voted to send police officers to Haiti on Tuesday.",
         "2024-03-12"),
        ("The Turkish parliament voted on Tuesday to ratify the accession of Sweden to NATO.",
         "2024-03-12"),
        ("Ghana decided to expel the Nigerian ambassador on Monday.", "2024-03-11"),
    ],
)  # fmt: skip
def test_the_date_of_a_vote(pipeline, text, expected):
    events = pipeline.code_text(text, published=THURSDAY)
    assert events, text
    assert {str(e.date) for e in events} == {expected}


def _sentence(nlp, head_word: str, head_tag: str) -> Doc:
    """ "X <head_word> to act on Tuesday", the date on the infinitive (the parser's reading)."""
    words = ["X", head_word, "to", "act", "on", "Tuesday"]
    lemma = {"voted": "vote", "agreed": "agree", "tried": "try", "votes": "vote"}[head_word]
    return Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 3, 4],
        deps=["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj"],
        pos=["PROPN", "VERB", "PART", "VERB", "ADP", "PROPN"],
        tags=["NNP", head_tag, "TO", "VB", "IN", "NNP"],
        lemmas=["X", lemma, "to", "act", "on", "Tuesday"],
    )


@pytest.mark.parametrize(
    ("head_word", "head_tag", "expected"),
    [
        ("voted", "VBD", "past"),  # the vote did it on Tuesday
        ("tried", "VBD", "past"),  # an attempt is made when it is tried
        ("agreed", "VBD", "future"),  # what is agreed lies ahead
        ("votes", "VBZ", "future"),  # a vote to come
    ],
)
def test_doc_direction_of_an_infinitive(nlp, head_word, head_tag, expected):
    doc = _sentence(nlp, head_word, head_tag)
    assert doc_direction(doc[5:6]) == expected
