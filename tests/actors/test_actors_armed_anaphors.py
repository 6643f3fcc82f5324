"""Fighters of named armed groups (issue 15). Sentences are our own.

* A definite word for fighters with no name of its own ("the militants", "the rebels") refers
  back to the named armed group before it (actors/coref.py), as do "its fighters" and "their
  militants" (actors/draft_maker.py).
* The fighters of an armed movement that rules are the movement ("Taliban fighters" after 2021:
  AFGGOVTAL), as its fighters were while it fought the state (AFGINSTAL)."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2025, 5, 9)


def _codes(actors, nlp, text: str) -> dict[str, tuple[str, str]]:
    found = actors.find(nlp(text), on=ON)
    return {m.actor.text: (m.actor.code, m.actor.resolution) for m in found}


@pytest.mark.parametrize(
    ("text", "anaphor", "code"),
    [
        (
            "Boko Haram fighters raided a village near Maiduguri. The militants burned a school.",
            "The militants",
            "IMGMOSBKH",
        ),
        (
            "M23 rebels entered the town of Masisi. The rebels then looted a market.",
            "The rebels",
            "CODREBM23",
        ),
        # no named group before: the word stays a generic fighter of its sector
        ("Gunmen stormed a bank in Lagos. The militants escaped.", "The militants", "UAF"),
        # "its fighters", "their militants": the group's own fighters
        (
            "Al-Shabaab stormed a base near Mogadishu. The group said its fighters killed "
            "twelve soldiers.",
            "fighters",
            "IMGMOSSHB",
        ),
        (
            "M23 rebels entered Masisi on Monday. Their fighters then looted a market.",
            "fighters",
            "CODREBM23",
        ),
        # ... and with no named group, still the generic fighters of the place
        ("Nigeria sent troops to Borno. Its fighters killed ten insurgents.", "fighters", "UAF"),
    ],
)
def test_a_definite_fighter_word_takes_the_named_group_before_it(actors, nlp, text, anaphor, code):
    found = _codes(actors, nlp, text)
    assert found[anaphor][0].endswith(code), found


@pytest.mark.parametrize(
    ("on", "code"),
    [
        # the fighters of an armed movement are the movement, as insurgents and as rulers
        (date(2019, 3, 1), "AFGINSTAL"),
        (date(2025, 3, 1), "AFGGOVTAL"),
    ],
)
def test_the_fighters_of_a_ruling_movement_are_the_movement(actors, nlp, on, code):
    found = actors.find(nlp("Taliban fighters stormed a checkpoint in Herat."), on=on)
    assert found[0].actor.code == code, [m.actor.code for m in found]
