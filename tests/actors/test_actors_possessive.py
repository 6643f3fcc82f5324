"""A role owned by a possessive pronoun takes its owner's country (#15): "Russia's defence
ministry said its forces had captured a village in the Donetsk region" is Russia's forces, not
Ukraine's, whose region the village lies in. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.actors.possessive import possessor_countries
from eventscope.models import Actor, ActorMention
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def sources(pipeline: Pipeline, text: str) -> set[str]:
    events = pipeline.code_text(text, published=date(2025, 3, 14))
    return {e.source.code for e in events if e.source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's defence ministry said its forces had captured the village of Avdiivka "
            "in the Donetsk region.",
            "RUSMIL",
        ),
        (
            "The Israeli army said its troops had killed three gunmen in the West Bank town "
            "of Jenin.",
            "ISRMIL",
        ),
        (
            "Ethiopia's government said its soldiers had seized the Eritrean border town of "
            "Tesseney.",
            "ETHMIL",
        ),
        # a mediator is a diplomat (GOV) of whoever sends them
        ("Qatar's foreign ministry said its mediators had met Hamas leaders in Doha.", "QATGOV"),
    ],
)
def test_possessive_forces_are_the_owners(pipeline, text, expected):
    found = sources(pipeline, text)
    assert expected in found, found


def _mention(start: int, end: int, country: str | None, sector: str) -> ActorMention:
    code = (country or "") + sector
    actor = Actor(text="x", start=0, end=1, country=country, sector=sector, code=code)
    return ActorMention(actor=actor, start=start, end=end, sent_index=0)


def test_subject_of_the_clause_above_wins_over_the_nearest_actor(nlp):
    # "Ukraine accused Russia of shelling its towns": the towns are Ukraine's
    words = ["Ukraine", "accused", "Russia", "of", "shelling", "its", "towns", "."]
    heads = [1, 1, 1, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "poss", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    towns = _mention(6, 7, None, "CVL")
    mentions = [_mention(0, 1, "UKR", "GOV"), _mention(2, 3, "RUS", "GOV"), towns]
    assert possessor_countries(doc, mentions, needs=[towns]) == {6: "UKR"}


def test_coordination_names_the_owner(nlp):
    # "Sudan and its militias attacked Chad": the militias are Sudan's
    words = ["Sudan", "and", "its", "militias", "attacked", "Chad", "."]
    heads = [4, 0, 3, 0, 4, 4, 4]
    deps = ["nsubj", "cc", "poss", "conj", "ROOT", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    militias = _mention(3, 4, None, "MIL")
    mentions = [_mention(0, 1, "SDN", "GOV"), militias, _mention(5, 6, "TCD", "GOV")]
    assert possessor_countries(doc, mentions, needs=[militias]) == {3: "SDN"}


@pytest.mark.parametrize("determiner", ["the", "some"])
def test_no_possessive_no_owner(nlp, determiner):
    words = ["Russia", "said", determiner, "forces", "advanced", "."]
    heads = [1, 1, 3, 4, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    forces = _mention(3, 4, None, "MIL")
    assert possessor_countries(doc, [_mention(0, 1, "RUS", "GOV"), forces], needs=[forces]) == {}
