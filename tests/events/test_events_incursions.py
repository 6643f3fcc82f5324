"""Incursions into another state's airspace, waters or territory (#15): CAMEO 150 "all military
or police moves that fall short of the actual use of force", the owner as target, only by
something armed (``events/incursions.py``). The classifier guessed aid (070) for them.
Sentences we wrote."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from eventscope.events.incursions import unarmed_incursion


def coded(pipeline, text):
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
        for e in pipeline.code_text(text, published="2024-03-01")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese warplanes entered Taiwan's airspace on Monday.", ("CHNMIL", "TWNGOV", "150")),
        ("A Russian drone entered Polish airspace overnight.", ("RUSMIL", "POLGOV", "150")),
        ("Venezuelan troops crossed into Guyana's territory.", ("VENMIL", "GUYGOV", "150")),
        ("Two Russian bombers violated Japan's airspace on Friday.", ("RUSMIL", "JPNGOV", "150")),
        ("Turkish fighter jets violated Greek airspace last month.", ("TURMIL", "GRCGOV", "150")),
        # a zone the state claims: its air defence or exclusive economic zone
        ("Chinese warplanes entered Taiwan's air defence zone on Monday.",
         ("CHNMIL", "TWNGOV", "150")),
        ("Chinese coast guard ships entered Japan's exclusive economic zone on Sunday.",
         ("CHNMIL", "JPNGOV", "150")),
        # the model's aid (070) outvoted the rule before (clauses.outvotable)
        (
            "Chinese coast guard ships intruded into Japanese waters near the Senkaku Islands.",
            ("CHNMIL", "JPNGOV", "150"),
        ),
    ],
)  # fmt: skip
def test_armed_incursion_is_a_show_of_force(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found
    assert not any(code.startswith("07") for _, _, code in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian refugees crossed into Poland's territory.",
        "Syrian migrants entered Turkish territory on foot.",
    ],
)
def test_unarmed_crossing_is_no_show_of_force(pipeline, text):
    assert not any(code == "150" for _, _, code in coded(pipeline, text))


@pytest.mark.parametrize(
    ("cameo", "pattern", "sector", "dropped"),
    [
        ("150", "verb:cross+into", "REF", True),
        ("150", "verb:enter", "MIL", False),
        ("150", "verb:enter", "COP", False),
        ("150", "verb:fire+into", "GOV", False),  # not an incursion verb
        ("190", "verb:cross+into", "REF", False),  # not the incursion code
        ("150", "frame:threaten+verb:enter", "GOV", False),
    ],
)
def test_unarmed_incursion_reads_the_source_sector(cameo, pattern, sector, dropped):
    event = NS(cameo=cameo, pattern=pattern, source=NS(actor=NS(sector=sector)))
    words = {"incursion_verbs": frozenset({"cross", "enter"})}
    assert unarmed_incursion(event, words) is dropped
