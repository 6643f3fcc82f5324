"""Where a visit or an attack on a named city happened: the city itself, and in a list of
cities each event its own (``places/parties.py``, #15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _places(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    events = pipeline.code_text(text, published=date(2026, 5, 10))
    return {e.target.code[:3]: e.location.name if e.location else None for e in events if e.target}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Brazilian president visited Lisbon and Madrid last week.",
            {"PRT": "Lisbon", "ESP": "Madrid"},
        ),
        ("Blinken travelled to Riyadh and Doha this week.", {"SAU": "Riyadh", "QAT": "Doha"}),
        ("Indonesian President Joko Widodo visited Kyiv in June.", {"UKR": "Kyiv"}),
    ],
)
def test_each_visit_is_in_its_own_city(pipeline: Pipeline, text: str, expected) -> None:
    assert _places(pipeline, text) == expected


def test_an_address_list_keeps_the_town() -> None:
    """ "in X, Y": a town and its container, no list of parties (no "and")."""
    from eventscope.nlp import load_nlp
    from eventscope.places.parties import sibling_party

    doc = load_nlp()("Workers protested in Iztacalco, Mexico City, on Friday.")
    town = next(t for t in doc if t.text == "Iztacalco")
    city = [t.i for t in doc if t.text in ("Mexico", "City")]
    assert not sibling_party(town, set(city))


def test_words_about_a_city_have_no_scene_there(pipeline: Pipeline) -> None:
    assert _places(pipeline, "The Japanese government criticised Beijing on Monday.") == {
        "CHN": None
    }
