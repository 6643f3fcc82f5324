"""Whom the police held: the story's protesters, named again only as "them", a number or a part.

(``events/held.py``; sentences we wrote.) "Police arrested them" after a protest holds the
protesters, not the police's own government; the protest then faced those police.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 6, 5)


def _policing(events) -> list[tuple[str, str | None]]:
    return [
        (e.source.code, e.target.code if e.target else None)
        for e in events
        if e.source is not None and e.source.sector in ("COP", "MIL") and e.cameo[:2] == "17"
    ]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "On 3 June 2021, about 50 nurses demonstrated outside the regional hospital in Gulu"
            " to demand unpaid allowances. Police arrested 4 of them.",
            "UGAHLH",
        ),
        (
            "On 3 June 2021, about 50 nurses demonstrated outside the regional hospital in Gulu"
            " to demand unpaid allowances. Police arrested them.",
            "UGAHLH",
        ),
        (
            "On 3 June 2021, 20 youths demonstrated at the district office in Luwero. Police"
            " arrested 2, and the remaining demonstrators fled.",
            "UGACVL",
        ),
        (
            "On 3 June 2021, farmers protested in Mbale. The group was blocking a road and were"
            " detained by the police.",
            "UGAAGR",
        ),
        (
            "On 12 May 2021, hundreds of students marched through Lahore against the fee"
            " increase. Police detained several of them.",
            "PAKEDU",
        ),
        (
            "On 12 May 2021, students rallied in Quetta against the fee increase. Police"
            " detained 12 and released them later that night.",
            "PAKEDU",
        ),
        (
            "On 8 July 2021, villagers protested in Arusha against the land seizure. Police"
            " arrested five of them for blocking the highway.",
            "TZACVL",
        ),
    ],
)
def test_the_police_held_the_crowd(pipeline: Pipeline, text: str, held: str):
    events = pipeline.code_text(text, published=PUBLISHED)
    targets = [target for _, target in _policing(events)]
    assert held in targets, _policing(events)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the object names someone else: it is an actor of its own
        (
            "On 3 June 2021, farmers protested in Mbale. Police arrested two journalists.",
            "UGAMED",
        ),
        # no protest before the arrest: no crowd to refer back to
        (
            "On 3 June 2021, police arrested them in Gulu after a long search.",
            "UGAGOV",
        ),
    ],
)
def test_no_crowd_to_refer_to(pipeline: Pipeline, text: str, held: str):
    events = pipeline.code_text(text, published=PUBLISHED)
    targets = [target for _, target in _policing(events)]
    assert held in targets, _policing(events)
    assert not any(t and t[3:] in ("CVL", "AGR", "HLH", "OPP") for t in targets), targets


def test_the_protest_faced_the_police_that_held_it(pipeline: Pipeline):
    text = (
        "On 3 June 2021, about 50 nurses demonstrated outside the regional hospital in Gulu to"
        " demand unpaid allowances. Police arrested them."
    )
    events = pipeline.code_text(text, published=PUBLISHED)
    protests = [
        (e.source.code, e.target.code if e.target else None)
        for e in events
        if e.source is not None and e.cameo[:2] == "14"
    ]
    assert ("UGAHLH", "UGACOP") in protests, protests
