"""Arson (#15): burning a building or a vehicle is CAMEO 1712 "destroy property", with the
burnt thing's owner as target; protesters or rioters who do it riot (145 "protest violently,
riot"). Storming a body's seat is force against it (190), a riot when protesters do it. An
embassy or consulate is its country's government. Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2024, 5, 14))
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters set fire to the Swedish embassy in Baghdad.", ("IRQOPP", "SWEGOV", "145")),
        ("Rioters torched the French consulate in Bamako.", ("MLICVL", "FRAGOV", "145")),
        ("Protesters set fire to police vehicles in Nairobi.", ("KENOPP", "KENCOP", "145")),
        ("Rebels torched the offices of the Malian army.", ("MLIREB", "MLIMIL", "1712")),
        ("Ugandan soldiers set fire to the Congolese embassy.", ("UGAMIL", "CODGOV", "1712")),
        ("Protesters stormed the Danish embassy in Tehran.", ("IRNOPP", "DNKGOV", "145")),
        (
            "Supporters of the ousted leader stormed the Congress in Lima.",
            ("PEROPP", "PERLEG", "145"),
        ),
        ("Rebel fighters stormed the Malian army's barracks.", ("MLIREB", "MLIMIL", "190")),
    ],
)
def test_arson(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a thing that belongs to no actor is no target: the row needs an actor as target
        "Workers in Lima set fire to tires on Monday.",
        "The visitors torched the record books of the league.",
    ],
)
def test_arson_needs_an_actor_target(pipeline, text):
    found = coded(pipeline, text)
    assert all(code != "1712" for _, _, code in found), found
