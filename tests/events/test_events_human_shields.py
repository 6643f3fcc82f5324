"""Holding or using people as human shields takes them hostage (CAMEO 181), the people as the
target (``verbs.tsv`` rows of "hold"/"use" + "as" shields); an accusation of it codes only the
accusation (#15). Sentences we wrote."""

from __future__ import annotations

import pytest
from test_events_support import triples

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islamic State militants held thousands of civilians as human shields in Mosul.",
         ("IMGMOSISI", "IRQCVL", "181")),
        ("The Sri Lankan army has been holding Tamil civilians as human shields.",
         ("LKAMIL", "LKACVL", "181")),
        ("Hamas used Palestinian civilians as human shields.", ("PSEREBHMS", "PSECVL", "181")),
        ("Russian troops used Ukrainian civilians as human shields in Kyiv.",
         ("RUSMIL", "UKRCVL", "181")),
        ("Syrian government forces used Kurdish villagers as human shields.",
         ("SYRMIL", "SYRCVL", "181")),
    ],
)  # fmt: skip
def test_human_shields_are_hostages(pipeline, text, expected):
    found = triples(pipeline, text, PUBLISHED)
    assert expected in found, found


def test_an_accusation_of_it_is_the_accusation(pipeline):
    text = "Israel accused Hamas of using civilians as human shields."
    found = triples(pipeline, text, PUBLISHED)
    assert ("ISRGOV", "PSEREBHMS", "112") in found, found
    assert not any(code == "181" for _, _, code in found), found
