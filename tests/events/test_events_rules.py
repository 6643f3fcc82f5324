"""Event pattern data and syntax helpers, on hand-built spaCy Docs (no model needed)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_events_support import dyads, mention

from eventscope.errors import DataFileError
from eventscope.events import EventCoder
from eventscope.events.build import Candidate, pairs
from eventscope.events.cameo import Codebook
from eventscope.events.patterns import PatternBook
from eventscope.events.syntax import ActorIndex, governing_verb, inherited_subject


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return PatternBook.load()


def make_doc(vocab, words, heads, deps, pos, lemmas=None):
    return Doc(
        vocab,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_every_pattern_code_is_in_the_codebook(book):
    codebook = Codebook.load()
    assert book.codes() <= set(codebook)
    assert {code[:2] for code in book.codes()} >= {f"{r:02d}" for r in range(1, 21)}


def test_load_refuses_codes_missing_from_the_codebook():
    with pytest.raises(DataFileError, match="not in the codebook"):
        EventCoder.load(codebook=Codebook({}))


@pytest.mark.parametrize(
    ("kind", "embedded", "expected"),
    [
        ("intent", "042", "036"),
        ("intent", "045", "039"),
        ("intent", "070", "033"),
        ("threat", "190", "1384"),
        ("refuse", "040", "125"),
        ("appeal", "040", "026"),
        ("demand", "087", "1056"),
        ("fact", "194", "194"),
        ("intent", "999", "030"),
    ],
)
def test_frame_codes(book, kind, embedded, expected):
    assert book.frame_code(kind, embedded) == expected


def test_most_specific_verb_rule_comes_first(book):
    rules = book.verbs["hold"]
    assert rules[0].objects and rules[0].code == "040"
    assert [r.specificity for r in book.verbs["send"]] == sorted(
        (r.specificity for r in book.verbs["send"]), reverse=True
    )


# "Kenya met Egypt ." built by hand: nsubj <- met -> dobj
MET = (["Kenya", "met", "Egypt", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])


def test_coder_on_a_hand_built_doc(vocab):
    words, heads, deps = MET
    doc = make_doc(
        vocab,
        words,
        heads,
        deps,
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        ["Kenya", "meet", "Egypt", "."],
    )
    mentions = [mention(doc, 0, 1, "KEN"), mention(doc, 2, 3, "EGY")]
    assert dyads(EventCoder.load().find(doc, mentions)) == {("KEN", "EGY", "040")}


def test_actor_index_finds_the_actor_under_a_phrase(vocab):
    # "the President of Kenya spoke"
    words = ["the", "President", "of", "Kenya", "spoke"]
    doc = make_doc(
        vocab,
        words,
        [1, 4, 1, 2, 4],
        ["det", "nsubj", "prep", "pobj", "ROOT"],
        ["DET", "NOUN", "ADP", "PROPN", "VERB"],
    )
    index = ActorIndex.build([mention(doc, 3, 4, "KEN")])
    assert [m.actor.country for g in index.groups_under(doc[1]) for m in g] == ["KEN"]
    assert index.group_at(doc[1]) is None
    assert inherited_subject(doc[4], frozenset()).i == 1
    assert governing_verb(doc[3]).i == 4


def test_collective_mentions_form_one_group(vocab):
    words, heads, deps = MET
    doc = make_doc(vocab, words, heads, deps, ["PROPN", "VERB", "PROPN", "PUNCT"])
    both = [mention(doc, 0, 1, "AZE"), mention(doc, 0, 1, "CHN")]
    index = ActorIndex.build(both)
    assert index.group_at(doc[0]) == tuple(both)


@pytest.mark.parametrize(
    ("countries", "reciprocal", "with_target", "expected"),
    [
        (["AZE", "CHN"], True, False, [("AZE", "CHN"), ("CHN", "AZE")]),
        (
            ["RUS", "IRN", "TUR"],
            True,
            False,
            [("RUS", "IRN"), ("IRN", "RUS"), ("RUS", "TUR"), ("TUR", "RUS")],
        ),
        (["RUS", "IRN"], False, False, [("RUS", None), ("IRN", None)]),
        (["RUS", "IRN"], True, True, [("RUS", "UKR"), ("IRN", "UKR")]),
    ],
)
def test_pairs_rule_for_compound_actors(vocab, countries, reciprocal, with_target, expected):
    doc = make_doc(vocab, ["a"] * 5, [0] * 5, ["ROOT"] + ["dep"] * 4, ["NOUN"] * 5)
    sources = [(mention(doc, i, i + 1, c),) for i, c in enumerate(countries)]
    targets = [(mention(doc, 4, 5, "UKR"),)] if with_target else []
    candidate = Candidate(
        code="040",
        sources=sources,
        targets=targets,
        trigger=(0, 1),
        sent_index=0,
        confidence=0.9,
        pattern="t",
        reciprocal=reciprocal,
    )
    got = [
        (s.actor.country if s else None, t.actor.country if t else None)
        for s, t in pairs(candidate)
    ]
    assert got == expected
