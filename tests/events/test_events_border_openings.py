"""A border or crossing (re)opened with a neighbour lets its people in: CAMEO 086 ("allow
international involvement"), the mirror of closing it (191), never aid. Sentences written for
these tests (#15)."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

PUBLISHED = date(2024, 2, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan reopened the border with Syria after three years.", ("JORGOV", "SYRGOV", "086")),
        ("Turkey opened its border with Armenia for the first time in decades.",
         ("TURGOV", "ARMGOV", "086")),
        ("Egypt reopened its border crossing with Israel on Saturday.",
         ("EGYGOV", "ISRGOV", "086")),
        ("Saudi Arabia reopened its border crossings with Qatar.", ("SAUGOV", "QATGOV", "086")),
        ("Pakistan reopened its border with Afghanistan after a week of talks.",
         ("PAKGOV", "AFGGOV", "086")),
        ("Kenya reopened its border with Somalia on Monday.", ("KENGOV", "SOMGOV", "086")),
        # letting others in by "to" is unchanged
        ("Pakistan reopened its airspace to India.", ("PAKGOV", "INDGOV", "086")),
    ],
)  # fmt: skip
def test_a_border_opened_with_a_neighbour_is_086(pipeline, text, expected):
    coded = set(triples(pipeline, text, PUBLISHED))
    assert expected in coded
    assert not {code for *_, code in coded if code.startswith("07") or code == "080"}
