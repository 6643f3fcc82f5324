"""Peacekeepers, a contingent or a battalion a state or a body withdraws are its own forces, as
troops are (CAMEO 087 "de-escalate military engagement"; ``events/own_forces.py``): the country
left is the target, never the forces themselves, and the row that names them keeps the model
from outvoting the withdrawal ("the UN withdrew peacekeepers from X" was a guessed threat, 130,
against the peacekeepers). Sentences written for these tests (#15)."""

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
        ("The African Union withdrew peacekeepers from Burundi in March.",
         ("IGOAFRAFU", "BDIGOV", "087")),
        ("The UN withdrew its peacekeepers from Mali last year.", ("IGOUNO", "MLIGOV", "087")),
        ("Ireland withdrew its contingent from Lebanon.", ("IRLGOV", "LBNGOV", "087")),
        ("Bangladesh pulled back its peacekeepers from South Sudan.",
         ("BGDGOV", "SSDGOV", "087")),
        ("Kenya withdrew its troops from Somalia.", ("KENGOV", "SOMGOV", "087")),
        # announced or agreed: intent to de-escalate (0356)
        ("Nepal will withdraw its peacekeepers from the Central African Republic.",
         ("NPLGOV", "CAFGOV", "0356")),
        ("The United Nations agreed to withdraw its peacekeepers from Congo.",
         ("IGOUNO", "COGGOV", "0356")),
    ],
)  # fmt: skip
def test_withdrawn_peacekeepers_are_the_mover_s_own(pipeline, text, expected):
    coded = _coded(pipeline, text)
    assert expected in coded
    assert not {code for *_, code in coded if code.startswith("13")}  # no guessed threat


def test_own_peacekeepers_are_no_target(pipeline):
    coded = _coded(pipeline, "Fiji pulled out its peacekeepers from the Golan Heights.")
    assert coded and all(target != "FJIMIL" for _, target, _ in coded)
