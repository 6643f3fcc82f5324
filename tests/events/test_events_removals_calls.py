"""Removals from office and phone calls (issue 15). Sentences written for these tests.

* "removed X from office", "relieved X of his duties", "stripped X of his citizenship" and
  dismissed, sacked or fired office holders are CAMEO 172 with the one removed as target
  (verb rows flagged ``prepobj``: the row's objects name the preposition's object); the
  classifier guessed a yield (080) for them.
* A call verb with a person as direct object is a phone call (041) that the classifier's
  PentaClass does not outvote ("Putin called Biden": the model reads "called" as an appeal).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc

from eventscope.events.clauses import inner_prep_object, outvotable
from eventscope.events.frames import match_rule
from eventscope.events.patterns import PatternBook

PUBLISHED = date(2024, 3, 14)


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return PatternBook.load()


def _top(pipeline, text: str) -> tuple[str, str, str]:
    """(source country, target country, CAMEO) of the most confident event."""
    events = pipeline.code_text(text, published=PUBLISHED)
    if not events:
        return ("-", "-", "-")
    best = max(events, key=lambda e: e.confidence)
    target = best.target.country if best.target and best.target.country else "-"
    return best.source.country or "-", target, best.cameo


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president of Kenya removed the governor of Mombasa from office on Monday.",
         ("KEN", "KEN", "172")),
        ("The Thai court removed the prime minister of Thailand from office.",
         ("THA", "THA", "172")),
        ("Bahrain stripped the opposition leader of his citizenship.", ("BHR", "BHR", "172")),
        ("The Nigerian president dismissed the head of the army on Friday.", ("NGA", "NGA", "172")),
        ("The French president fired his defence minister.", ("FRA", "FRA", "172")),
        ("The army ousted the president of Niger from power.", ("NER", "NER", "172")),
    ],
)  # fmt: skip
def test_a_removal_from_office_is_an_administrative_sanction(pipeline, text, expected):
    assert _top(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other senses of the same verbs keep their codes
        ("Israeli forces fired at Palestinian fishermen.", "193"),
        ("Sudanese troops fired rockets at rebel positions.", "194"),
        ("Police fired tear gas at protesters in Nairobi.", "175"),
        ("The court dismissed the case against the Israeli prime minister.", "120"),
        ("Russia expelled the British ambassador on Friday.", "161"),
    ],
)  # fmt: skip
def test_other_senses_keep_their_codes(pipeline, text, expected):
    assert _top(pipeline, text)[2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin called Biden on Tuesday.", ("RUS", "USA", "041")),
        ("The Turkish president called his Greek counterpart on Monday.", ("TUR", "GRC", "041")),
        ("Macron phoned Zelensky on Friday.", ("FRA", "UKR", "041")),
        ("The Kenyan president rang the Ugandan leader.", ("KEN", "UGA", "041")),
        # the appeal senses of "call" are no phone call
        ("Biden called on Putin to withdraw.", ("USA", "RUS", "020")),
    ],
)  # fmt: skip
def test_a_call_to_a_person_is_a_consultation(pipeline, text, expected):
    assert _top(pipeline, text) == expected


def _doc(vocab, words, heads, deps, ents=None) -> Doc:
    return Doc(vocab, words=words, heads=heads, deps=deps, ents=ents)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "event", "expected"),
    [
        # "Putin called Biden": a named person called
        (["Putin", "called", "Biden"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
         ["B-PERSON", "O", "B-PERSON"], ("041", "verb:call"), False),
        # "Erdogan phoned his counterpart": an office holder called
        (["Erdogan", "phoned", "his", "counterpart"], [1, 1, 3, 1],
         ["nsubj", "ROOT", "poss", "dobj"], ["B-PERSON", "O", "O", "O"], ("041", "verb:phone"),
         False),
        # "Japan called China": a state is no person on the line
        (["Japan", "called", "China"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
         ["B-GPE", "O", "B-GPE"], ("041", "verb:call"), True),
        # a framed event is not outvoted either
        (["Japan", "urged", "China"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
         ["B-GPE", "O", "B-GPE"], ("0311", "frame:appeal"), False),
        # a rule event of the model's own class is never outvoted
        (["Japan", "met", "China"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
         ["B-GPE", "O", "B-GPE"], ("030", "verb:meet"), False),
        # "Putin attacked Biden": no call verb
        (["Putin", "attacked", "Biden"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
         ["B-PERSON", "O", "B-PERSON"], ("041", "verb:attack"), True),
    ],
)  # fmt: skip
def test_outvotable(nlp, book, words, heads, deps, ents, event, expected):
    doc = _doc(nlp.vocab, words, heads, deps, ents)
    for token in doc:
        token.lemma_ = {"called": "call", "phoned": "phone", "attacked": "attack"}.get(
            token.text, token.text.lower()
        )
    cameo, pattern = event
    mention = SimpleNamespace(cameo=cameo, pattern=pattern, target=object(), trigger_start=1)
    # the model is sure of class 0 (statements and appeals), or of 1 for the appeal row
    assert outvotable(mention, 1 if cameo.startswith("03") else 0, doc[:], book) is expected


def test_the_prep_object_may_hang_on_the_object(nlp):
    # "stripped the leader of his citizenship": the parser hangs "of" on the object
    doc = _doc(
        nlp.vocab,
        ["Bahrain", "stripped", "the", "leader", "of", "his", "citizenship"],
        [1, 1, 3, 1, 3, 6, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj"],
    )
    assert inner_prep_object(doc[1], "of") is None
    found = inner_prep_object(doc[1], "of", doc[3])
    assert found is not None and found.text == "citizenship"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        # "removed the governor from office": the row's object is the preposition's
        (["Kenya", "removed", "the", "governor", "from", "office"], [1, 1, 3, 1, 1, 4],
         ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], "172"),
        # "removed the governor from the list": no office left
        (["Kenya", "removed", "the", "governor", "from", "the", "list"], [1, 1, 3, 1, 1, 6, 4],
         ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"], None),
    ],
)  # fmt: skip
def test_a_prepobj_row_reads_the_prepositions_object(nlp, book, words, heads, deps, expected):
    doc = _doc(nlp.vocab, words, heads, deps)
    for token in doc:
        token.lemma_ = "remove" if token.text == "removed" else token.text.lower()
    rows = [r for r in book.verbs["remove"] if r.prep_object]
    rule = match_rule(doc[1], doc[3], rows)
    assert (rule.code if rule else None) == expected
