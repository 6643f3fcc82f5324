"""The party of a relation noun behind a verb's preposition (issue 15): "reneged on its
commitment to X" names X in the noun's own phrase, not in the verb's. Sentences written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 1, 10)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.cameo[:2],
        )
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president reneged on his commitment to the Zambian people.", ("ZMB", "ZMB", "12")),
        ("Nepal reneged on its commitment to India.", ("NPL", "IND", "12")),
        ("Pakistan reneged on its agreement with India.", ("PAK", "IND", "12")),
        ("Kenya reneged on its pledge to Somalia.", ("KEN", "SOM", "12")),
        ("Chad reneged on its commitments to Sudan.", ("TCD", "SDN", "12")),
        ("Venezuela reneged on its obligations to Guyana.", ("VEN", "GUY", "12")),
        ("Bolivia reneged on the gas contract with Brazil.", ("BOL", "BRA", "12")),
        ("Serbia reneged on its promises to Kosovo.", ("SRB", "XKX", "12")),
        ("Egypt reneged on the treaty with Israel.", ("EGY", "ISR", "12")),
        ("Ecuador reneged on its debt to China.", ("ECU", "CHN", "12")),
        (
            "The Nigerian government reneged on its deal with the Ghanaian government.",
            ("NGA", "GHA", "12"),
        ),
        ("Ghana insisted on its claims against Togo.", ("GHA", "TGO", "10")),
        ("Iran insisted on its demands to the United States.", ("IRN", "USA", "10")),
        ("Russia withdrew from its grain agreement with Ukraine.", ("RUS", "UKR", "16")),
    ],
)
def test_the_party_of_a_relation_behind_the_preposition_is_the_target(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the relation's own actor stays the target when it names one
        ("Ghana insisted on Togo's withdrawal from the border.", ("GHA", None, "10")),
        # a place phrase of the verb is no party of the relation
        ("Protesters in Paris marched against the pension reform.", ("FRA", None, "12")),
    ],
)
def test_a_relation_noun_does_not_invent_targets(pipeline, text, absent):
    assert absent not in dyads(pipeline, text)
