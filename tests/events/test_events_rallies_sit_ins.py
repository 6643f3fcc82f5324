"""Rallies and occupations (#15). Sentences are our own.

* a rally is a protest (root 14; "stocks rallied" names no actor, and people who "rallied
  behind" someone back them);
* a place preposition the parser reads as a modifier of the noun after it ("rallied outside
  parliament") does not give the protest verb an object in another sense;
* an occupation by people who bear no arms is a protest that blocks a building (144), not an
  armed seizure of territory (192, "using armed forces").
"""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import coded_codes

from eventscope.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2025, 11, 3))
    return {(e.source.code if e.source else "-", e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of Serbians rallied in Belgrade on Saturday.", ("SRBCVL", "14")),
        ("Thousands of Georgians rallied outside parliament in Tbilisi.", ("GEOCVL", "14")),
        # a crowd named by a number alone rallies as protesters of the place
        ("Thousands rallied in Bratislava against the government.", ("SVKOPP", "14")),
        ("Hundreds rallied in Quito on Sunday.", ("ECUOPP", "14")),
        ("Protesters occupied the parliament building in Nairobi.", ("KENOPP", "144")),
        ("Farmers occupied a government office in Lima on Monday.", ("PERAGR", "144")),
        ("Russian troops occupied the village of Krynky.", ("RUSMIL", "192")),
    ],
)
def test_rallies_and_occupations(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    found = _codes(pipeline, text)
    source, code = expected
    assert any(s == source and c.startswith(code) for s, c in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline the parser reads as a second subject: the nearer subject acts
        (
            "Kyiv, Sept. 14 - Russia launched 80 drones at Ukraine overnight, Ukraine's air "
            "force said on Sunday.",
            ("RUSMIL", "19"),
        ),
        # a year read as a second subject is none: the named actor before it acts
        (
            "The Kenyan president on March 3, 2025 urged Uganda to end the blockade.",
            ("KENGOV", "02"),
        ),
    ],
)
def test_the_nearest_named_subject_acts(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    found = _codes(pipeline, text)
    source, code = expected
    assert any(s == source and c.startswith(code) for s, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Stocks rallied on Wall Street on Monday.",
        "The yen rallied against the dollar in Tokyo.",
        # people who rally behind someone back them
        "The opposition rallied behind a single candidate in Caracas.",
    ],
)
def test_markets_do_not_rally_as_protesters(pipeline: Pipeline, text: str) -> None:
    assert not {c for _, c in _codes(pipeline, text) if c.startswith("14")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coercion or force done to a gathering falls on the people who gathered, named by
        # the gathering's modifier, not on the state
        ("Ugandan police banned an opposition rally in Gulu.", ("UGACOP", "UGAOPP", "172")),
        ("Police dispersed a student protest in Chittagong.", ("BGDCOP", "BGDEDU", "175")),
        ("Riot police broke up a protest by farmers in Amritsar.", ("INDCOP", "INDAGR", "175")),
        ("Police dispersed a vigil in Minsk.", ("BLRCOP", "BLROPP", "175")),
    ],
)
def test_force_done_to_a_gathering_falls_on_its_people(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    found = coded_codes(pipeline, text)
    source, target, code = expected
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found
