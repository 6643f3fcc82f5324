"""Opening a border, its crossings or the airspace to others lets them in: CAMEO 086 ("allow
access to international actors"), with those let in as the target; agreeing to it is 0355, the
codebook's own example ("agreed to re-open its borders to UN peacekeepers"). Closing them stays
191. Sentences written for these tests (#15)."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

PUBLISHED = date(2024, 3, 14)


def _coded(pipeline, text: str) -> set[tuple[str, str, str]]:
    return set(triples(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey reopened its border to Syrian refugees on Monday.", ("TURGOV", "SYRREF", "086")),
        ("Poland opened its border to Ukrainian refugees in February.",
         ("POLGOV", "UKRREF", "086")),
        ("Egypt opened the Rafah crossing to Palestinians for three days.",
         ("EGYGOV", "PSECVL", "086")),
        ("Colombia reopened the border crossings to Venezuelans on Thursday.",
         ("COLGOV", "VENCVL", "086")),
        ("The Lebanese army opened the crossings to Syrian families.",
         ("LBNMIL", "SYRCVL", "086")),
        ("Kenya reopened its border to Somali traders.", ("KENGOV", "SOMBUS", "086")),
        ("Jordan opened its airspace to Israeli airliners.", ("JORGOV", "ISRGOV", "086")),
        ("Saudi Arabia opened its airspace to Israeli flights.", ("SAUGOV", "ISRGOV", "086")),
        ("Russia opened its airspace to Indian carriers.", ("RUSGOV", "INDGOV", "086")),
        # agreed or announced: intent to allow international involvement (0355)
        ("Ethiopia agreed to reopen its borders to UN peacekeepers.",
         ("ETHGOV", "IGOUNO", "0355")),
        ("Sudan agreed to open its border crossings to UN aid agencies.",
         ("SDNGOV", "IGOUNO", "0355")),
        ("Armenia will open its border to Turkish trucks.", ("ARMGOV", "TURGOV", "0355")),
        # closing stays a restriction of movement (191)
        ("Greece closed its border to migrants from Turkey.", ("GRCMIL", "TURREF", "191")),
    ],
)  # fmt: skip
def test_opening_a_border_to_others_lets_them_in(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government reopened the border crossing to traffic on Friday.",
        "The city opened its new bridge to cars on Sunday.",
    ],
)
def test_opening_to_no_party_is_no_event(pipeline, text):
    assert not {code for *_, code in _coded(pipeline, text) if code.startswith("08")}
