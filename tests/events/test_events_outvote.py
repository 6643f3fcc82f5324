"""Single-clause rule events the classifier no longer outvotes (``events/outvote.py``), calls
the parser reads as namings (``events/labels.lone_name``) and targets hidden under a gerund
("fired at protesters marching on parliament", ``nlp.syntax.prep_argument``). Issue 15.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.labels import lone_name
from eventscope.events.outvote import clause_beside, outvotes
from eventscope.models import EventMention
from eventscope.nlp.syntax import prep_argument
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 3, 14)
REPORTING = frozenset({"say", "announce"})


def _top(pipeline: Pipeline, text: str) -> tuple[str, str, str]:
    """(source code, target code, CAMEO) of the most confident event."""
    events = pipeline.code_text(text, published=PUBLISHED)
    best = max(events, key=lambda e: e.confidence)
    return best.source.code, best.target.code if best.target else "-", best.cameo


def _event(start: int, end: int, code: str = "041", pattern: str = "verb:call") -> EventMention:
    return EventMention(None, None, code, start, end, 0, 0.9, pattern)


def _doc(vocab, words, heads, deps, pos, tags=None) -> Doc:
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin called Biden on Tuesday.", ("RUSGOV", "USAGOV", "041")),
        ("A Turkish court sentenced the journalist to five years in prison on Friday.",
         ("TURJUD", "TURMED", "173")),
        ("A court in Cairo sentenced an opposition leader to ten years in jail.",
         ("EGYJUD", "EGYOPP", "173")),
        ("Russia sent troops to the Ukrainian border on Monday.", ("RUSMIL", "UKRGOV", "154")),
        ("The Kenyan government deployed police officers to Haiti.", ("KENGOV", "HTIGOV", "153")),
        ("Germany pledged 500 million euros in aid to Ukraine.", ("DEUGOV", "UKRGOV", "0331")),
    ],
)  # fmt: skip
def test_a_rule_on_the_only_clause_is_not_outvoted(pipeline, text, expected):
    assert _top(pipeline, text) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "trigger", "beside"),
    [
        # "Putin called Biden on Tuesday ." : one clause, the rule's
        (["Putin", "called", "Biden", "on", "Tuesday", "."], [1, 1, 1, 1, 3, 1],
         ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
         ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], 1, False),
        # "The cabinet met and decided to bar Hamas": "decided" is a clause beside "met"
        (["cabinet", "met", "and", "decided", "to", "bar", "Hamas"], [1, 1, 1, 1, 5, 3, 5],
         ["nsubj", "ROOT", "cc", "conj", "aux", "xcomp", "dobj"],
         ["NOUN", "VERB", "CCONJ", "VERB", "PART", "VERB", "PROPN"], 1, True),
        # "Iran threatened to strike Israel": the framed infinitive is the trigger's
        (["Iran", "threatened", "to", "strike", "Israel"], [1, 1, 3, 1, 3],
         ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
         ["PROPN", "VERB", "PART", "VERB", "PROPN"], 1, False),
        # "Putin called Biden , the Kremlin said": a trailing attribution adds no act
        (["Putin", "called", "Biden", ",", "Kremlin", "said"], [1, 5, 1, 5, 5, 5],
         ["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT"],
         ["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB"], 1, False),
        # "Annan announced that he will withdraw inspectors": the announcement acts
        (["Annan", "announced", "that", "he", "will", "withdraw", "inspectors"],
         [1, 1, 5, 5, 5, 1, 5], ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj"],
         ["PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "NOUN"], 5, True),
    ],
)  # fmt: skip
def test_clause_beside(nlp, words, heads, deps, pos, trigger, beside):
    lemmas = {"said": "say", "announced": "announce"}
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[lemmas.get(w, w.lower()) for w in words])  # fmt: skip
    assert clause_beside(doc[:], [_event(trigger, trigger + 1)], REPORTING) is beside


@pytest.mark.parametrize(
    ("penta", "code", "pattern", "expected"),
    [
        (0, "041", "verb:call", True),  # another class, a clause beside: outvoted
        (1, "041", "verb:call", False),  # the model agrees with the rule's class
        (4, "041", "verb:call", False),  # material conflict is the domain coder's
        (3, "1041", "verb:ask+frame:appeal", False),  # a framed event stands
    ],
)
def test_outvotes_conditions(nlp, penta, code, pattern, expected):
    words = ["cabinet", "met", "and", "decided", "to", "bar", "Hamas"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 1, 5, 3, 5],
              deps=["nsubj", "ROOT", "cc", "conj", "aux", "xcomp", "dobj"],
              pos=["NOUN", "VERB", "CCONJ", "VERB", "PART", "VERB", "PROPN"])  # fmt: skip
    assert outvotes(penta, doc[:], [_event(1, 2, code, pattern)], REPORTING) is expected


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
    assert _top(pipeline, text) == expected


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
