"""Hired fighters and unknown parties (issue 15, data/actors/generic.agents.txt; sentences are
our own). Mercenaries are armed men of no state's forces: UAF of their nationality's country
("Syrian mercenaries" in Libya are SYRUAF, not Syria's government), or of the place's country
with none named. A private military company is a business (BUS). "An unknown party" that
fires is an unidentified armed actor (UAF), not a political party. The Wagner Group keeps its
own code (armed_groups.csv).
"""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2024, 5, 9)


def codes(actors, nlp, text: str) -> dict[str, str]:
    """Each actor's code; a phrase with no country of its own is the bare sector here (the
    events stage gives it the place's country)."""
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Syrian mercenaries clashed with soldiers near Sirte on Tuesday.",
         "Syrian mercenaries", "SYRUAF"),
        ("The army killed dozens of Syrian mercenaries south of Tripoli.",
         "Syrian mercenaries", "SYRUAF"),
        ("Russian mercenaries burned a village in central Mali on Friday.",
         "Russian mercenaries", "RUSUAF"),
        ("Colombian mercenaries guarded the palace in Port-au-Prince.",
         "Colombian mercenaries", "COLUAF"),
        ("Chadian mercenaries looted a market in Darfur on Monday.",
         "Chadian mercenaries", "TCDUAF"),
        ("Foreign mercenaries attacked a police post in Mozambique.", "mercenaries", "UAF"),
        ("Mercenaries killed five farmers near Bangui on Sunday.", "Mercenaries", "UAF"),
        ("A mercenary was captured by soldiers near Kidal in Mali.", "mercenary", "UAF"),
        ("A private military company attacked insurgents in Mozambique.",
         "private military company", "BUS"),
        ("Private military contractors guarded the oil field in Libya.",
         "Private military contractors", "BUS"),
        ("Heavy artillery fire by an unknown party was reported in Tripoli, Libya.",
         "unknown party", "UAF"),
        ("Shots fired by an unidentified party hit a bus in Kidal, Mali.",
         "unidentified party", "UAF"),
        ("Unknown parties set fire to a school in Maiduguri, Nigeria.", "Unknown parties",
         "UAF"),
    ],
)  # fmt: skip
def test_hired_fighters_and_unknown_parties_are_no_state(actors, nlp, text, actor, code):
    found = codes(actors, nlp, text)
    assert found.get(actor) == code, found


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        # named groups keep their code; a party that is a party stays a party
        ("Wagner mercenaries killed dozens of civilians near Moura.", "Wagner mercenaries",
         "RUSMILWAG"),
        ("Syrian troops shelled a village near Idlib on Monday.", "Syrian troops", "SYRMIL"),
    ],
)  # fmt: skip
def test_named_groups_and_state_forces_are_unchanged(actors, nlp, text, actor, code):
    found = codes(actors, nlp, text)
    assert found.get(actor) == code, found
