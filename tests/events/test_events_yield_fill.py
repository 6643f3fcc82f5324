"""A classifier fill guessed "yield" (CAMEO 08) needs a concession in its sentence (#15).

The root head prefers 08 inside material cooperation; on sentences that concede nothing
("rescued migrants", "approved the deployment of police", "granted refugee status") the fill
takes the next root of the class (07 aid). A stand-in model makes the reading fixed
(PentaClass 2, roots 08 then 07), so the tests are about the rule, not the shipped weights.
All sentences are written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest
from spacy.tokens import Doc
from test_events_learned_fill import ROOTS, coder
from test_events_support import dyads, mention, mentions_for

from eventscope.events.classifier import EventClassifier, Prediction
from eventscope.events.patterns import PatternBook
from eventscope.events.yielding import conceded_root, yield_words


def material_cooperation() -> EventClassifier:
    """P(event) 0.95, PentaClass 2 (material cooperation) sure, root 08 first and 07 next."""
    width = 1 + 5 + len(ROOTS)
    bias = np.zeros(width, dtype=np.float32)
    bias[0] = 3.0
    bias[1 + 2] = 5.0
    bias[1 + 5 + ROOTS.index("08")] = 5.0
    bias[1 + 5 + ROOTS.index("07")] = 3.0
    weights = np.zeros((1, width), dtype=np.float32)
    return EventClassifier(
        vocabulary=["bias"], weights=weights, bias=bias, pentas=range(5), roots=ROOTS
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing conceded: aid, the next root of the class
        ("Norway rescued Syrian migrants off Egypt.", ("NOR", "SYR", "070")),
        ("Brazil approved a mission of Brazil police to Mexico.", ("BRA", "MEX", "070")),
        ("Norway granted refugee status to an Iranian writer.", ("NOR", "IRN", "070")),
        # a concession: the model's 08 stands
        ("The Serbian minister resigned after the Albanian protests.", ("SRB", "ALB", "080")),
        # letting convoys in is a row now (086, events/letting.py)
        ("Turkey allowed Greek convoys to cross.", ("TUR", "GRC", "086")),
        # and so is opening a crossing to someone (086, verbs.tsv "open"/"reopen" + "to")
        ("Israel reopened the crossing to Syrian trucks.", ("ISR", "SYR", "086")),
        ("Egypt gave in to the Israeli demands.", ("EGY", "ISR", "080")),
    ],
)
def test_a_yield_guess_needs_a_concession(nlp, text, expected) -> None:
    doc = nlp(text)
    events = coder(material_cooperation()).find(doc, mentions_for(doc))
    found = {d for d in dyads(events) if d[:2] == expected[:2]}
    assert found == {expected}


@pytest.mark.parametrize(
    ("word", "concedes"),
    [
        ("release", True),  # an 08 row with no object (084)
        ("allow", True),  # every row of the verb is 08 (086)
        ("sanctions", True),  # the object an 08 row needs (lift sanctions: 085)
        ("curfew", True),
        ("prisoner", True),  # an 08 noun row (prisoner exchange: 0841)
        ("resign", True),  # concession_words (0831: relinquish power)
        ("reopen", True),
        ("compensation", True),  # paid instead of property returned: 080 (0842's note)
        ("grant", False),  # also aid and asylum (071, 075): no concession of itself
        ("approve", False),
        ("rescue", False),
        ("sign", False),
    ],
)
def test_the_concession_words_come_from_the_yield_rows(word, concedes) -> None:
    assert (word in yield_words(PatternBook.load())) is concedes


def _sentence(vocab, text: str, source: str, target: str):
    """``text`` with lemmas = lower-case words, and actors of ``source`` and ``target`` on
    its first and last words."""
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    for token in doc:
        token.lemma_ = token.lower_
    return doc[:], mention(doc, 0, 1, source), mention(doc, len(doc) - 1, len(doc), target)


def _guess(*ranked: str) -> Prediction:
    return Prediction(
        event=0.9, penta=2, penta_prob=0.9, root=ranked[0], root_prob=0.6, ranked=ranked
    )


@pytest.mark.parametrize(
    ("ranked", "text", "countries", "expected"),
    [
        (("08", "07", "06"), "Norway rescue migrant off Libya", ("NOR", "LBY"), "07"),
        (("08", "06", "07"), "Brazil approve the mission to Haiti", ("BRA", "HTI"), "06"),
        (("08", "07", "06"), "Norway lift the curfew for Libya", ("NOR", "LBY"), "08"),
        (("08", "07", "06"), "Norway free the sailor of Libya", ("NOR", "LBY"), "08"),
        (("08",), "Norway rescue migrant off Libya", ("NOR", "LBY"), "08"),  # no other root
        (("07", "08", "06"), "Norway rescue migrant off Libya", ("NOR", "LBY"), "07"),
        # within one country: a concession is the common reading, left to the model
        (("08", "07", "06"), "Norway's minister quit over Norway", ("NOR", "NOR"), "08"),
    ],
)
def test_conceded_root(vocab, ranked, text, countries, expected) -> None:
    sent, source, target = _sentence(vocab, text, *countries)
    book = PatternBook.load()
    assert conceded_root(ranked[0], _guess(*ranked), sent, book, source, [(target,)]) == expected


def test_a_guess_without_a_target_is_left_to_the_model(vocab) -> None:
    sent, source, _ = _sentence(vocab, "Norway rescue migrant off Libya", "NOR", "LBY")
    assert conceded_root("08", _guess("08", "07"), sent, PatternBook.load(), source, []) == "08"
