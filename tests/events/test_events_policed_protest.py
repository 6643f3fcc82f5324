"""A protest against its own state, unnamed, faced the police that broke it up.

(``events/policing.py``; sentences we wrote.) A protest "demanding unpaid salaries" is against
the crowd's own state, which the text does not name; when the story shows the police acting on
the crowd, those police are the party the protest faced (ACLED's second actor).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "On 3 March 2021, nurses demonstrated outside the hospital in Kano demanding unpaid"
            " salaries. Police fired tear gas at the nurses.",
            "NGAHLH",
            "NGACOP",
        ),
        (
            "On 3 March 2021, students protested in Quetta against the fee increase. Police"
            " arrested several students.",
            "PAKEDU",
            "PAKCOP",
        ),
    ],
)
def test_protest_faced_its_police(pipeline: Pipeline, text: str, source: str, target: str):
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    protests = [(e.source.code, e.target.code if e.target else None) for e in events
                if e.source and e.cameo.startswith("14")]  # fmt: skip
    assert (source, target) in protests, protests


@pytest.mark.parametrize(
    "text",
    [
        # no police in the story: the protest stays against the state
        "On 3 March 2021, farmers protested in Patiala against the new farm laws.",
        # a named target stays, whoever policed the protest
        "On 3 March 2021, students protested in Lahore against the governor. Police arrested"
        " several students.",
    ],
)
def test_protest_keeps_its_state(pipeline: Pipeline, text: str):
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    protests = [e for e in events if e.source and e.cameo.startswith("14")]
    targets = [e.target.sector for e in protests if e.target]
    assert targets and "COP" not in targets, targets
