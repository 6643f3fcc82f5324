"""A town and its container in an actor's phrase (#15; sentences written for these tests):
"a man in Paris, Texas" is an American arrested in Paris, Texas, not a Frenchman arrested in
the state of Texas."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    events = pipeline.code_text(text, published=date(2026, 5, 10))
    return [
        (
            e.target.country if e.target else "-",
            e.location.name if e.location else None,
            e.location.country if e.location else None,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        ("Police arrested a man in Paris, Texas, on Monday.", "USA", ("Paris", "USA")),
        ("Police detained a woman in Athens, Ohio.", "USA", ("Athens", "USA")),
    ],
)
def test_a_town_with_its_state_in_the_target_s_phrase(pipeline, text, target, place) -> None:
    found = _events(pipeline, text)
    assert (target, *place) in found


def test_a_group_located_by_its_town_keeps_the_event_there(pipeline) -> None:
    found = _events(pipeline, "Gunmen in Paris, Texas, attacked a police post.")
    assert any(name == "Paris" and country == "USA" for _, name, country in found)
