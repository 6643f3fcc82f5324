"""Where a generic actor is, and whose a role is (#15). Sentences are our own.

* A town after a place preposition is where something happens, not the government seated
  there: "marching **through** central Nairobi" is no Kenyan government.
* Where a thing comes from is not where the sentence happens: farmers who "protested against
  grain imports from Ukraine" outside Warsaw are Polish; a rocket fired "from Gaza" still says
  where its launchers were.
* A role owned by a named actor takes that actor's country: "the former Peruvian president's
  family" is Peruvian, whoever grants them asylum.
* The maker of a thing named in passing is no party: prisoners freed "under a deal brokered by
  the Vatican" are not the Vatican's, fighters who withdrew "under a US-brokered deal" are not
  American; "an investigation into crimes committed by Russian
  forces" still targets the forces.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2025, 4, 9))
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-") for e in events
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Kenyan police fired tear gas at opposition supporters marching through central "
            "Nairobi on Wednesday.",
            ("KENCOP", "KENOPP"),
        ),
        (
            "Ugandan police fired tear gas at students marching through Kampala.",
            ("UGACOP", "UGAEDU"),
        ),
        (
            "Hundreds of farmers blocked roads outside Warsaw on Tuesday in protest against "
            "cheap grain imports from Ukraine.",
            ("POLAGR", "-"),
        ),
        (
            "Mexico granted asylum to the former Peruvian president's family.",
            ("MEXGOV", "PERCVL"),
        ),
        ("Cuba freed 553 prisoners under a deal brokered by the Vatican.", ("CUBGOV", "CUBCVL")),
        # the maker neither gives the fighters its country nor anchors the town's reading
        (
            "Kurdish fighters withdrew from the town of Manbij under a US-brokered deal.",
            ("SYRREB", "-"),
        ),
        (
            "The UN Human Rights Council opened an inquiry into abuses committed by Sudanese "
            "forces.",
            ("-", "SDNMIL"),
        ),
    ],
)
def test_place_and_owner(pipeline: Pipeline, text: str, dyad: tuple[str, str]) -> None:
    found = _dyads(pipeline, text)
    assert any(
        (dyad[0] == "-" or s == dyad[0]) and (dyad[1] == "-" or t == dyad[1]) for s, t in found
    ), found


def test_a_thing_fired_from_a_place_keeps_the_place(pipeline: Pipeline) -> None:
    text = "Gunmen fired a rocket from the Gaza Strip into Israel on Monday."
    found = _dyads(pipeline, text)
    assert found and all(not s.startswith("ISR") for s, _ in found), found
