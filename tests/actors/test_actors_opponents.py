"""Opponents and critics of a government or a leader are the opposition (CAMEO OPP), and "of"
a leader gives them the leader's country, not the leader's sector (``data/actors/agents.tsv``,
issue 15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from test_actors_origin_and_owners import pipeline

__all__ = ["pipeline"]  # the module's fixture, shared

ON = date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarusian authorities jailed opponents of Lukashenko.", ("BLRGOV", "BLROPP", "173")),
        ("Nicaragua stripped 300 political opponents of their citizenship.",
         ("NICGOV", "NICOPP", "172")),
        ("Government critics were arrested across Tunisia.", ("TUNGOV", "TUNOPP", "173")),
        ("The junta detained dozens of its critics in Bamako.", ("MLIGOV", "MLIOPP", "173")),
    ],
)  # fmt: skip
def test_opponents_and_critics_are_the_opposition(pipeline, text, expected):
    events = pipeline.code_text(text, published=ON)
    found = {(e.source.code, e.target.code if e.target else "-", e.cameo) for e in events}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Critics of the plan marched in Tunis.", "Critics"),
        ("Opponents of the new constitution protested in Dakar.", "Opponents"),
    ],
)
def test_the_head_word_keeps_its_sector(actors, nlp, text, actor):
    found = {m.actor.text.split()[0]: m.actor.sector for m in actors.find(nlp(text), on=ON)}
    assert found.get(actor) == "OPP", found
