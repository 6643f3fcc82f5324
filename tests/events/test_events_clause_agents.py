"""A harm whose attacker is the subject of a clause of what happened with it (issue 15,
events/weapons.clause_agent): "two civilians were wounded when Afghan forces fired mortars" is
the forces' attack, not one of an unidentified armed group (UAF); an unarmed subject ("when his
car overturned") names no attacker. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

ON = date(2020, 5, 9)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=ON)
    return {
        (e.source.code if e.source else "", e.cameo[:2], e.target.code if e.target else "")
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Two civilians were wounded when Afghan forces fired mortars in Chak district, Wardak.",
            "AFGMIL",
            "AFGCVL",
        ),
        # the clause may hang on a harm joined to the first
        (
            "Two civilians were wounded and several houses were damaged when Afghan forces "
            "fired mortars in Chak district, Wardak.",
            "AFGMIL",
            "AFGCVL",
        ),
        ("A farmer was killed as soldiers opened fire near Kidal.", "MLIMIL", "MLIAGR"),
    ],
)
def test_the_armed_subject_of_the_clause_did_the_harm(pipeline, text, source, target):
    found = dyads(pipeline, text)
    assert any(s == source and t == target for s, _, t in found), found
    assert not any(s.endswith("UAF") for s, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed when his car overturned near Kidal.",
        "A shopkeeper was killed when the market burned down in Kano.",
    ],
)
def test_an_unarmed_clause_names_no_attacker(pipeline, text):
    assert dyads(pipeline, text) == set()
