"""Stones thrown at someone are a riot (145) and roads, motorways and junctions blocked an
obstruction (144), from the CAMEO codebook's descriptions; a hyphen in prose is no wire
dateline (#15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.rules import agency_of_dateline, in_dateline
from eventscope.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2026, 5, 10))
    return {(e.source.code, e.target.code if e.target else "-", e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anti-government protesters in Georgia threw stones at riot police.", "145"),
        ("Students in Nairobi hurled rocks at police officers on Monday.", "145"),
        ("Demonstrators in Lima threw bottles at soldiers guarding the palace.", "145"),
        ("Protesters in Belgrade blocked a motorway to demand new elections.", "144"),
        ("Truck drivers in Santiago blocked a busy junction on Tuesday.", "144"),
        # what else a crowd throws: fireworks, flares, firecrackers, eggs
        ("Georgian protesters threw fireworks at police outside parliament.", "145"),
        ("Students hurled flares at riot police in Athens.", "145"),
        ("Demonstrators hurled firecrackers at security forces in Belfast.", "145"),
        ("Protesters threw eggs at the visiting Chinese delegation in Prague.", "145"),
    ],
)
def test_riot_and_obstruction_rows(pipeline: Pipeline, text: str, expected: str) -> None:
    assert expected in {code for _, _, code in _coded(pipeline, text)}


def test_stones_name_their_target(pipeline: Pipeline) -> None:
    found = _coded(pipeline, "Anti-government protesters in Georgia threw stones at riot police.")
    assert ("GEOOPP", "GEOCOP", "145") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen in prose is no dateline: Seoul stays an actor
        (
            "Seoul and Tokyo agreed to share real-time missile warning data.",
            {("KORGOV", "JPNGOV"), ("JPNGOV", "KORGOV")},
        ),
        ("India banned the import of Chinese drones.", {("INDGOV", "CHNMIL")}),
    ],
)
def test_pairs(pipeline: Pipeline, text: str, expected: set) -> None:
    assert expected <= {(s, t) for s, t, _ in _coded(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("SEOUL, May 4 (Reuters) - North Korea fired a missile.", True),
        ("NAIROBI -- Kenyan police arrested ten protesters.", True),
        ("Seoul and Tokyo agreed to share real-time data.", False),
        ("Seoul-based analysts said the talks failed.", False),
    ],
)
def test_dateline(nlp, text: str, opens: bool) -> None:
    assert in_dateline(nlp.make_doc(text), 0) is opens


@pytest.mark.parametrize(
    ("text", "start", "inside"),
    [
        ("Kyiv (Reuters) - Russian missiles hit a power plant.", 2, True),  # the agency
        ("KYIV, Ukraine (AP) - Drones hit a power plant.", 4, True),
        ("KYIV, Ukraine (AP) - Drones hit a power plant.", 2, False),  # not in brackets
        ("Kyiv (Reuters) - Russian missiles hit a power plant.", 5, False),  # "Russian"
        ("Hamas (the Islamist group) - said it would talk.", 2, False),  # no dateline
    ],
)
def test_the_agency_of_a_dateline(nlp, text: str, start: int, inside: bool) -> None:
    assert agency_of_dateline(nlp.make_doc(text), start) is inside


def test_the_agency_of_a_dateline_is_no_target(pipeline: Pipeline) -> None:
    text = "Kyiv (Reuters) - Russian missiles hit a power plant."
    assert all(not t.startswith("GBR") for _, t, _ in _coded(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones attacked the port of Odesa on Monday.",
        "Ukrainian drones attacked an oil depot in Bryansk overnight.",
    ],
)
def test_drone_attacks_are_aerial(pipeline: Pipeline, text: str) -> None:
    assert "195" in {code for _, _, code in _coded(pipeline, text)}
