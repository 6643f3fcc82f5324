"""The police or troops who acted on a protest with no one named acted on its crowd, not on
their own government (``events/policed_crowds.py``, issue 15; sentences we wrote)."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 3, 5)


def _forces_events(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return [
        (e.cameo, e.source.code, e.target.code if e.target else None)
        for e in events
        if e.source and e.cameo[:2] in ("17", "18", "19") and e.source.sector in ("COP", "MIL")
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On 3 March 2021, protesters marched on parliament in Nairobi. Police fired tear gas at"
         " them.", "KENOPP"),
        ("On 3 March 2021, hundreds of Palestinians protested near the fence in Gaza. Israeli"
         " troops fired tear gas to disperse them.", "PSECVL"),
        ("On 3 March 2021, nurses demonstrated outside the hospital in Kano demanding unpaid"
         " salaries. Police fired tear gas to disperse them.", "NGAHLH"),
        ("On 3 March 2021, students protested in Dhaka against the fee increase. Police fired"
         " tear gas to disperse them.", "BGDEDU"),
        ("On 3 March 2021, farmers blocked the highway near Patiala to protest the farm laws."
         " Police used water cannon to disperse them.", "INDAGR"),
        ("On 3 March 2021, thousands of opposition supporters rallied in Kampala. Police fired"
         " tear gas and beat them with batons.", "UGAOPP"),
        ("On 3 March 2021, teachers demonstrated in Harare over pay. Riot police fired tear gas"
         " at them.", "ZWEEDU"),
        ("On 3 March 2021, hundreds of protesters marched in Lagos against police brutality."
         " Police fired tear gas at them.", "NGAOPP"),
        ("On 3 March 2021, garment workers protested outside the factory in Dhaka over unpaid"
         " wages. Police fired tear gas to disperse them.", "BGDLAB"),
        ("On 3 March 2021, students protested in Lahore against the exam results. Police fired"
         " tear gas at them.", "PAKEDU"),
    ],
)  # fmt: skip
def test_policing_with_no_target_acts_on_the_protest_crowd(
    pipeline: Pipeline, text: str, target: str
) -> None:
    found = _forces_events(pipeline, text)
    assert found, found
    assert any(t == target for _, _, t in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a named target stays
        ("On 3 March 2021, students protested in Lahore. Police arrested three journalists.",
         "PAKMED"),
        # no protest in the story: no crowd to take
        ("On 3 March 2021, police fired tear gas in Lagos.", None),
    ],
)  # fmt: skip
def test_policing_keeps_a_named_target_or_no_crowd(
    pipeline: Pipeline, text: str, target: str | None
) -> None:
    found = _forces_events(pipeline, text)
    if target is None:
        assert all(not (t or "").endswith(("OPP", "CVL", "EDU")) for _, _, t in found), found
    else:
        assert any(t == target for _, _, t in found), found
