"""A "cessation of hostilities" is a truce: declared or signed 0871, agreed to 0356 (the
ceasefire rows, with "hostilities" as the "of" noun of their object); a cessation of anything
else is none. Sentences written for these tests (#15)."""

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
        ("Ethiopia and the TPLF agreed to a cessation of hostilities.",
         ("ETHGOV", "ETHREBTPL", "0356")),
        ("The Sudanese army and the RSF agreed to a cessation of hostilities in Khartoum.",
         ("SDNMIL", "SDNREBRSF", "0356")),
        ("Sudan's army declared a unilateral cessation of hostilities.", ("SDNMIL", "SDN", "0871")),
        ("The Sudanese army declared a cessation of hostilities in Darfur.",
         ("SDNMIL", "SDN", "0871")),
        ("The government and the rebels signed a cessation of hostilities in Juba.",
         ("SSDGOV", "SSDREB", "0871")),
        # a truce by its own name is unchanged
        ("Israel and Hamas agreed to a truce.", ("ISRGOV", "PSEREBHMS", "0356")),
    ],
)  # fmt: skip
def test_a_cessation_of_hostilities_is_a_truce(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


def test_a_cessation_of_anything_else_is_no_truce(pipeline):
    coded = _coded(pipeline, "The government agreed to a cessation of aid to the region.")
    assert not {code for *_, code in coded if code in ("0356", "0871")}
