"""A protest with no named target faced the police or soldiers who intervened in it.

(``events/intervened.py``; sentences we wrote.) "Police intervened" acts on no one named, so no
policing event reaches the protest; the forces that intervene in a protest story of their
country are its target, as ACLED codes a protest with intervention.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.intervened import intervened_protests
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _protests(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.code_text(text, published=date(2021, 6, 5))
    return [
        (e.source.code, e.target.code if e.target else None)
        for e in events
        if e.source and e.cameo.startswith("14")
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("On 4 May 2021, about 300 people demonstrated outside the labour office in Durban"
         " after it stayed closed. Police intervened.", "ZAFCVL", "ZAFCOP"),
        ("On 30 April 2021, dismissed workers held a sit-in in Ankara to demand their jobs"
         " back. Police intervened and moved them out of the area by force.", "TURLAB",
         "TURCOP"),
        ("On 2 June 2021, nurses marched in Nairobi to demand protective equipment, and riot"
         " police intervened to disperse them.", "KENHLH", "KENCOP"),
        ("On 2 June 2021, students rallied in Dhaka against the fee rise. Police intervened.",
         "BGDEDU", "BGDCOP"),
        ("On 2 June 2021, traders protested in Kano over market closures. Soldiers intervened"
         " and fired into the air.", "NGABUS", "NGAMIL"),
        ("On 3 June 2021, teachers staged a sit-in outside the education ministry in Accra"
         " over unpaid allowances. The police intervened after two hours.", "GHAEDU",
         "GHACOP"),
        ("On 3 June 2021, hundreds of farmers protested in Lahore over wheat prices."
         " Security forces intervened.", "PAKAGR", "PAKCOP"),
        ("On 5 June 2021, residents blocked a highway in Cochabamba to demand water supplies."
         " The police intervened with tear gas.", "BOLCVL", "BOLCOP"),
    ],
)  # fmt: skip
def test_protest_faced_intervening_forces(pipeline: Pipeline, text: str, source: str, target: str):
    protests = _protests(pipeline, text)
    assert (source, target) in protests, protests


@pytest.mark.parametrize(
    "text",
    [
        # no one intervened: the protest stays against its state
        "On 2 June 2021, farmers protested in Patiala against the new farm laws.",
        # the police intervened in something else, before the protest
        "On 2 June 2021, police intervened in a land dispute in Patna. Later, farmers"
        " protested in the town over crop prices.",
        # a court, not a state's forces
        "On 2 June 2021, teachers protested in Lagos over unpaid salaries. The court"
        " intervened on Friday.",
        # a named target stays, whoever intervened
        "On 2 June 2021, students protested in Lahore against the governor. Police intervened.",
    ],
)
def test_protest_keeps_its_target(pipeline: Pipeline, text: str):
    targets = [target for _, target in _protests(pipeline, text)]
    assert targets and not any(t and t.endswith("COP") for t in targets), targets


def test_nothing_to_do():
    assert intervened_protests(None, [], []) == []
