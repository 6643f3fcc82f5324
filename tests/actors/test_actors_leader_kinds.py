"""The leader of a protest is of the protest (OPP) and a religious leader is the clergy (REL),
not the state (``data/actors/agents.tsv``, issue 15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from test_actors_origin_and_owners import pipeline

__all__ = ["pipeline"]  # the module's fixture, shared

ON = date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two protest leaders in Kano.", ("NGACOP", "NGAOPP", "173")),
        ("A protest leader was detained by police in Minsk.", ("BLRCOP", "BLROPP", "173")),
        ("Thai police detained three protest leaders in Bangkok.", ("THACOP", "THAOPP", "173")),
        ("Police arrested two religious leaders in Kano.", ("NGACOP", "NGAREL", "173")),
        ("Gunmen kidnapped a spiritual leader in Jos.", ("NGAUAF", "NGAREL", "181")),
        # other leaders keep their sector
        ("Police arrested two student leaders in Kano.", ("NGACOP", "NGAEDU", "173")),
        ("Police arrested two union leaders in Lagos.", ("NGACOP", "NGALAB", "173")),
    ],
)  # fmt: skip
def test_leaders_take_the_sector_of_what_they_lead(pipeline, text, expected):
    events = pipeline.code_text(text, published=ON)
    found = {(e.source.code, e.target.code if e.target else "-", e.cameo) for e in events}
    assert expected in found, found
