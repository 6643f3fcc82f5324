"""A demand or criticism that a protest clause voices is coded as that protest, not as a second
event (events/voiced.py; CAMEO 1041/1042: demands that take the form of demonstrations are 14;
issue #15). Sentences we wrote; the unit tables build the parse by hand, so the parser is not
the point there."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventscope.events.contentious import ContentiousBook
from eventscope.events.voiced import protest_of


@pytest.fixture(scope="module")
def book() -> ContentiousBook:
    return ContentiousBook.load()


def _doc(rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """(word, lemma, head, dep, pos, tag) per token; heads are absolute offsets."""
    words, lemmas, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    return Doc(Vocab(), words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)


# "students protested in Lagos, demanding fees cuts": the participle of the protest verb
PARTICIPLE = [
    ("students", "student", 1, "nsubj", "NOUN", "NNS"),
    ("protested", "protest", 1, "ROOT", "VERB", "VBD"),
    ("in", "in", 1, "prep", "ADP", "IN"),
    ("Lagos", "Lagos", 2, "pobj", "PROPN", "NNP"),
    (",", ",", 1, "punct", "PUNCT", ","),
    ("demanding", "demand", 1, "advcl", "VERB", "VBG"),
    ("cuts", "cut", 5, "dobj", "NOUN", "NNS"),
]
# "a rally was held, with residents calling for reforms": the "with" clause of a held protest
WITH_CLAUSE = [
    ("a", "a", 1, "det", "DET", "DT"),
    ("rally", "rally", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("held", "hold", 3, "ROOT", "VERB", "VBN"),
    (",", ",", 3, "punct", "PUNCT", ","),
    ("with", "with", 3, "prep", "ADP", "IN"),
    ("residents", "resident", 7, "nsubj", "NOUN", "NNS"),
    ("calling", "call", 5, "pcomp", "VERB", "VBG"),
    ("for", "for", 7, "prep", "ADP", "IN"),
    ("reforms", "reform", 8, "pobj", "NOUN", "NNS"),
]
# "drivers held a protest convoy and called for aid": coordinated with the light verb
COORDINATED = [
    ("drivers", "driver", 1, "nsubj", "NOUN", "NNS"),
    ("held", "hold", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("protest", "protest", 4, "compound", "NOUN", "NN"),
    ("convoy", "convoy", 1, "dobj", "NOUN", "NN"),
    ("and", "and", 1, "cc", "CCONJ", "CC"),
    ("called", "call", 1, "conj", "VERB", "VBD"),
    ("for", "for", 6, "prep", "ADP", "IN"),
    ("aid", "aid", 7, "pobj", "NOUN", "NN"),
]
# "workers protested in Haridwar demanding pay" misparsed: "protested" a participle of the
# subject, "demanding" the root
MISPARSED = [
    ("workers", "worker", 4, "nsubj", "NOUN", "NNS"),
    ("protested", "protest", 0, "acl", "VERB", "VBN"),
    ("in", "in", 1, "prep", "ADP", "IN"),
    ("Haridwar", "Haridwar", 2, "pobj", "PROPN", "NNP"),
    ("demanding", "demand", 4, "ROOT", "VERB", "VBG"),
    ("pay", "pay", 4, "dobj", "NOUN", "NN"),
]
# "the minister condemned the protest, demanding calm": a statement about a protest
ABOUT_PROTEST = [
    ("the", "the", 1, "det", "DET", "DT"),
    ("minister", "minister", 2, "nsubj", "NOUN", "NN"),
    ("condemned", "condemn", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("protest", "protest", 2, "dobj", "NOUN", "NN"),
    (",", ",", 2, "punct", "PUNCT", ","),
    ("demanding", "demand", 2, "advcl", "VERB", "VBG"),
    ("calm", "calm", 6, "dobj", "NOUN", "NN"),
]
# "the union did not march, demanding talks": a negated protest is none
NEGATED = [
    ("the", "the", 1, "det", "DET", "DT"),
    ("union", "union", 4, "nsubj", "NOUN", "NN"),
    ("did", "do", 4, "aux", "AUX", "VBD"),
    ("not", "not", 4, "neg", "PART", "RB"),
    ("march", "march", 4, "ROOT", "VERB", "VB"),
    (",", ",", 4, "punct", "PUNCT", ","),
    ("demanding", "demand", 4, "advcl", "VERB", "VBG"),
    ("talks", "talk", 6, "dobj", "NOUN", "NNS"),
]


@pytest.mark.parametrize(
    ("rows", "demand", "word", "code"),
    [
        (PARTICIPLE, 5, "protested", "141"),
        (WITH_CLAUSE, 7, "rally", "141"),
        (COORDINATED, 6, "protest", "141"),
        (MISPARSED, 4, "protested", "141"),
    ],
)
def test_the_protest_a_demand_voices(book, rows, demand, word, code):
    doc = _doc(rows)
    found = protest_of(doc[demand], book)
    assert found is not None
    assert (found[0].text, found[1]) == (word, code)


@pytest.mark.parametrize(("rows", "demand"), [(ABOUT_PROTEST, 6), (NEGATED, 6)])
def test_no_protest_voices_the_demand(book, rows, demand):
    assert protest_of(_doc(rows)[demand], book) is None


@pytest.fixture(scope="module")
def events_of(pipeline):
    def coded(text):
        events = pipeline.code_text(text)
        return [(e.cameo[:2], e.source.code if e.source else None) for e in events]

    return coded


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2020, retired soldiers gathered outside parliament in Beirut, demanding "
        "their pensions.",
        "On 4 May 2020, a rally was held in Minsk, with residents demanding the release of a "
        "journalist.",
        "On 4 May 2020, taxi drivers held a protest convoy in Skopje and called for lower fuel "
        "taxes.",
        "On 4 May 2020, teachers gathered in Algiers to mark the day and denounce the pay freeze.",
        "On 4 May 2020, nurses held a sit-in outside the hospital in Tunis, denouncing the "
        "shortage of masks.",
        # two participles of one protest: one protest event
        "On 4 May 2020, students gathered in Lagos, demanding lower fees and denouncing the "
        "governor.",
    ],
)
def test_a_voiced_demand_is_the_protest(events_of, text):
    coded = events_of(text)
    roots = {root for root, _ in coded}
    assert "14" in roots
    protesters = [source for root, source in coded if root == "14"]
    assert len(protesters) == len(set(protesters))  # one protest event per protester
    assert not {source for root, source in coded if root in ("10", "11")} & set(protesters)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # no protest act in the clause: the demand is a verbal act (CAMEO 100, 1041, 1042)
        ("The Lebanese minister demanded the release of the detained journalists.", "10"),
        # "protesters" only names who spoke; the clause reports the demand, not a demonstration
        ("Lebanese protesters demanded the resignation of the governor.", "10"),
        # a statement about a protest is no protest by the speaker
        ("The Kenyan government condemned the protest in Nairobi, demanding calm.", "11"),
    ],
)
def test_a_demand_without_a_protest_act_stays_a_demand(events_of, text, root):
    coded = events_of(text)
    assert root in {r for r, _ in coded}
    speakers = {source for r, source in coded if r == root}
    assert not {source for r, source in coded if r == "14"} & speakers
