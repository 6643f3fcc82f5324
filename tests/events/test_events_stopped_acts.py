"""An act its doer stopped is not done: "stopped shelling the town", "halted their shelling of
X", "ceased firing on Y" code no attack (events/ceased.py), while an act someone else stopped
("police halted the march") and an act continued still code. Sentences written for these tests
(#15)."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

PUBLISHED = date(2024, 5, 20)
ATTACK_ROOTS = ("18", "19", "20")


def _roots(pipeline, text: str) -> set[str]:
    return {code[:2] for *_, code in triples(pipeline, text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army stopped shelling the town after a ceasefire took hold.",
        "Turkish forces halted their shelling of Kurdish villages on Monday.",
        "Government troops ceased firing on the rebel positions at dawn.",
        "The army ended its bombardment of the city after three days.",
        "Militants stopped attacking the base after the deal.",
        "Syrian government forces stopped bombing the rebel-held suburbs on Sunday.",
        "The militia halted its attacks on the highway after talks with elders.",
        "Pro-government fighters suspended their offensive on the port city.",
        "Artillery units stopped pounding the villages near the front line overnight.",
        "The separatists ceased shelling the airport after the talks in Minsk.",
        "Troops stopped firing at the crowd after an hour, witnesses said.",
        "The air force paused its bombing of the northern districts for the holiday.",
    ],
)
def test_an_act_stopped_by_its_doer_is_no_attack(pipeline, text):
    assert not _roots(pipeline, text) & set(ATTACK_ROOTS)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Syrian army continued shelling the town on Tuesday.", "19"),
        ("Syrian government forces shelled the town on Tuesday, killing two civilians.", "19"),
        ("Police halted the march before it reached parliament.", "14"),
    ],
)
def test_an_act_continued_or_stopped_by_others_still_codes(pipeline, text, root):
    assert root in _roots(pipeline, text)
