"""A state's domestic act names its target by the place it falls on (#15; sentences written for
these tests): "Thai authorities imposed a curfew in Yala" is THAGOV -> THA, and the words that
name THA are "Yala" (the role scorer's target phrase), not none. The code never changes."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _targets(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    """(code, target country, target words) of each event, the words cut from the text."""
    events = pipeline.code_text(text, published=date(2026, 5, 10))
    return [
        (
            e.cameo,
            e.target.country if e.target else None,
            text[e.target.start : e.target.end] if e.target else "-",
        )
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai authorities imposed a curfew in Yala on Sunday.", ("1723", "THA", "Yala")),
        ("Indian authorities imposed a curfew in Srinagar after protests.",
         ("1723", "IND", "Srinagar")),
        ("The Nigerian army imposed a 24-hour curfew in Kaduna.", ("1723", "NGA", "Kaduna")),
        ("Philippine police imposed a curfew in Manila after the bombing.",
         ("1723", "PHL", "Manila")),
        ("The Malian junta imposed a curfew in Bamako.", ("1723", "MLI", "Bamako")),
        ("Iraqi officials imposed a curfew on Basra on Saturday.", ("1723", "IRQ", "Basra")),
        ("The Kenyan government extended the curfew in Nairobi by two weeks.",
         ("1723", "KEN", "Nairobi")),
        ("The Peruvian government declared a state of emergency in Lima on Friday.",
         ("1724", "PER", "Lima")),
        ("Chilean President Sebastian Pinera declared a state of emergency in Santiago.",
         ("1724", "CHL", "Santiago")),
        ("The Ecuadorian government declared a state of emergency in Guayaquil after the "
         "prison riot.", ("1724", "ECU", "Guayaquil")),
        ("Sri Lankan police lifted the curfew in Colombo on Tuesday.", ("0813", "LKA", "Colombo")),
        ("Ethiopian troops withdrew from Mekelle on Monday.", ("087", "ETH", "Mekelle")),
    ],
)  # fmt: skip
def test_the_place_of_a_domestic_act_names_its_target(pipeline, text, expected) -> None:
    assert expected in _targets(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place named: the filled-in country has no words
        ("Thai authorities imposed a curfew.", ("1723", "THA", "")),
        # a target named by the text keeps its own words
        ("Indian police arrested 20 protesters in Srinagar on Friday.",
         ("173", "IND", "protesters in Srinagar")),
    ],
)  # fmt: skip
def test_other_targets_keep_their_words(pipeline, text, expected) -> None:
    assert expected in _targets(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # where a protest or an investigation is held is no party to it
        "Nurses protested in Nairobi against the new health law.",
        "Teachers marched in Lagos on Monday.",
    ],
)
def test_the_venue_of_other_acts_names_no_target(pipeline, text) -> None:
    found = _targets(pipeline, text)
    assert found and all(words in ("", "-") for *_, words in found)
