"""A force named by its weapons (actors/armed_weapons.py): an armed agent word before a weapon or
craft word of no nationality names the force ("army helicopters": MIL); a weapon alone, or under
a word of no armed sector, names no one. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.armed_weapons import weapon_force
from eventscope.actors.lexicon import Entry, Hit

ON = date(2021, 6, 5)


def _found(actors, nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc[m.start : m.end].text: m.actor.code for m in actors.find(doc, on=ON)}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Army helicopters attacked rebel positions near Goma on Sunday.",
            "Army helicopters",
            "MIL",
        ),
        ("Military drones struck a convoy near Marib on Sunday.", "Military drones", "MIL"),
        ("Police helicopters fired tear gas at protesters on Monday.", "Police helicopters", "COP"),
        ("Rebel artillery shelled the town on Monday.", "Rebel artillery", "REB"),
        ("Army warplanes bombed villages in the north on Friday.", "Army warplanes", "MIL"),
        ("Navy warships fired on a fishing boat on Friday.", "Navy warships", "MIL"),
        # a nationality still wins
        (
            "Russian army helicopters attacked positions near Kharkiv.",
            "Russian army helicopters",
            "RUSMIL",
        ),
    ],
)
def test_a_force_named_by_its_weapons(actors, nlp, text, phrase, code):
    found = _found(actors, nlp, text)
    assert found.get(phrase) == code, found


@pytest.mark.parametrize(
    "text",
    [
        "A drone crashed near the border on Monday.",  # a weapon alone
        "The army fired a missile at the town.",  # the missile is the army's thing, not an actor
        "A government drone crashed near the capital.",  # no armed sector before it
        "A police woman was injured in the blast.",  # a person word, not a weapon
    ],
)
def test_no_force_without_an_armed_word(actors, nlp, text):
    found = _found(actors, nlp, text)
    weapons = ("drone", "missile", "woman")
    assert not any(p.lower().endswith(weapons) for p in found), found


@pytest.mark.parametrize(
    ("before", "name", "sector"),
    [
        ([("army", "MIL")], "helicopters", "MIL"),
        ([("police", "COP")], "drone", "COP"),
        ([("rebel", "REB")], "artillery", "REB"),
        ([], "drone", None),
        ([("government", "GOV")], "drone", None),
        ([("police", "COP")], "woman", None),
    ],
)
def test_weapon_force(before, name, sector):
    hits = [Hit(i, i + 1, Entry("agent", sector=s, name=n)) for i, (n, s) in enumerate(before)]
    need = frozenset({"drone", "helicopters", "artillery", "woman"})
    assert weapon_force(hits, Entry("agent", sector="MIL", name=name), need) == sector
