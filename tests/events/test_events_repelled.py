"""Repelling an attacker is armed force (CAMEO 190), also said with a particle ("beat back",
"fought off", "pushed back", "drove back"), which the parser may read as an adverb
(``nlp.syntax.verb_particles``); with no actor acted on, nothing is coded (#15). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2025, 6, 10)

REPELLED = [
    ("Kurdish fighters beat back an Islamic State assault on the prison.", "IMGMOSISI"),
    ("The Sudanese army pushed back the Rapid Support Forces from the outskirts of Omdurman.",
     "SDNREBRSF"),
    ("Nigerian troops drove back Boko Haram fighters from the town.", "IMGMOSBKH"),
    ("Ukrainian troops fought off a Russian attack near Bakhmut.", "RUS"),
    ("Government forces beat back the rebels after two days of fighting near Goma.", "CODREB"),
    ("Somali troops pushed back al-Shabaab militants from two villages.", "IMGMOSSHB"),
]  # fmt: skip

NO_FIGHT = [
    "The government pushed back the election date by a month.",
    "The minister fended off criticism from the opposition.",
    "The boxer beat back his rival in the final round.",
    "The central bank pushed back its forecast of a recovery.",
]


@pytest.mark.parametrize(("text", "target"), REPELLED)
def test_a_repelled_attacker_is_the_target_of_190(pipeline, text, target):
    found = triples(pipeline, text, ON)
    assert any(code == "190" and other.startswith(target) for _, other, code in found), found


@pytest.mark.parametrize("text", NO_FIGHT)
def test_pushing_back_a_date_or_criticism_is_no_fight(pipeline, text):
    found = triples(pipeline, text, ON)
    assert not [code for *_, code in found if code[:2] in ("18", "19", "20")], found
