"""Calls the parser reads as namings (``events/labels.lone_name``) and targets hidden under a
gerund ("fired at protesters marching on parliament", ``nlp.syntax.prep_argument``). Issue 15.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.labels import lone_name
from eventscope.nlp.syntax import prep_argument
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 3, 14)


def _top(pipeline: Pipeline, text: str) -> tuple[str, str, str]:
    """(source code, target code, CAMEO) of the most confident event."""
    events = pipeline.code_text(text, published=PUBLISHED)
    best = max(events, key=lambda e: e.confidence)
    return best.source.code, best.target.code if best.target else "-", best.cameo


def _doc(vocab, words, heads, deps, pos, tags=None) -> Doc:
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese President Xi Jinping called French President Emmanuel Macron on Friday.",
         ("CHNGOV", "FRAGOV", "041")),
        ("Russian President Vladimir Putin called US President Joe Biden on Tuesday to discuss "
         "Ukraine.", ("RUSGOV", "USAGOV", "041")),
        ("Colombia's leader called Israel's premier a war criminal.", ("COLGOV", "ISRGOV", "111")),
    ],
)  # fmt: skip
def test_a_call_to_a_named_leader(pipeline, text, expected):
    events = pipeline.code_text(text, published=PUBLISHED)
    found = {(e.source.code, e.target.code if e.target else "-", e.cameo) for e in events}
    assert expected in found, found


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        # "Xi called President Macron": the parser's object predicate, nothing else named
        (["Xi", "called", "President", "Macron"], [1, 1, 3, 1],
         ["nsubj", "ROOT", "compound", "oprd"], ["PROPN", "VERB", "PROPN", "PROPN"], 3),
        # "They called Biden a liar": the label of an object
        (["They", "called", "Biden", "a", "liar"], [1, 1, 1, 4, 1],
         ["nsubj", "ROOT", "dobj", "det", "oprd"], ["PRON", "VERB", "PROPN", "DET", "NOUN"], None),
        # "a group called Boko Haram": a participle naming its noun
        (["a", "group", "called", "Boko", "Haram"], [1, 1, 1, 4, 2],
         ["det", "ROOT", "acl", "compound", "oprd"], ["DET", "NOUN", "VERB", "PROPN", "PROPN"],
         None),
        # "he was called Ali": a passive names its subject
        (["he", "was", "called", "Ali"], [2, 2, 2, 2],
         ["nsubjpass", "auxpass", "ROOT", "oprd"], ["PRON", "AUX", "VERB", "PROPN"], None),
    ],
)  # fmt: skip
def test_lone_name(nlp, words, heads, deps, pos, expected):
    doc = _doc(nlp.vocab, words, heads, deps, pos)
    found = lone_name(doc[words.index("called")])
    assert (found.i if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired rubber bullets at protesters marching on parliament in Nairobi.",
         ("KENCOP", "KENOPP", "193")),
        ("Kenyan police fired tear gas at protesters marching on parliament.",
         ("KENCOP", "KENOPP", "175")),
        ("Police used water cannon against students marching to the education ministry in "
         "Santiago.", ("CHLCOP", "CHLEDU", "175")),
    ],
)  # fmt: skip
def test_the_target_marching_somewhere(pipeline, text, expected):
    assert _top(pipeline, text) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "tags", "expected"),
    [
        # "at protesters marching": the gerund's subject is what "at" governs
        (["at", "protesters", "marching", "on", "parliament"], [0, 2, 0, 2, 3],
         ["ROOT", "nsubj", "pcomp", "prep", "pobj"], ["ADP", "NOUN", "VERB", "ADP", "NOUN"],
         ["IN", "NNS", "VBG", "IN", "NN"], 1),
        # "at protesters": a plain object
        (["at", "protesters"], [0, 0], ["ROOT", "pobj"], ["ADP", "NOUN"], ["IN", "NNS"], 1),
        # "of harassing fishermen": a gerund with no subject stays the object
        (["of", "harassing", "fishermen"], [0, 0, 1], ["ROOT", "pcomp", "dobj"],
         ["ADP", "VERB", "NOUN"], ["IN", "VBG", "NNS"], 1),
    ],
)  # fmt: skip
def test_prep_argument(nlp, words, heads, deps, pos, tags, expected):
    doc = _doc(nlp.vocab, words, heads, deps, pos, tags)
    assert prep_argument(doc[0]).i == expected
