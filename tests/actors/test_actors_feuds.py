"""Communities that fight each other are armed groups, UAF (issue 15; our own sentences):
"herders and farmers clashed", tribesmen who fight anyone; civilians who fight the state's
agents are rioters and stay civilians."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2024, 5, 9)


def sectors(actors, nlp, text: str) -> dict[str, str | None]:
    return {m.actor.text: m.actor.sector for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Herders and farmers clashed over grazing land in the valley.", "farmers"),
        ("Herders and farmers clashed over grazing land in the valley.", "Herders"),
        ("Villagers clashed with herders near the river.", "Villagers"),
        ("Tribesmen clashed with government forces in the mountains.", "Tribesmen"),
        ("Rival clansmen fought over a well.", "clansmen"),
        # a fight named by a noun: its sides follow "between", on the noun or on its verb
        ("A clash between villagers and herders left three dead.", "villagers"),
        ("A clash between villagers and herders left three dead.", "herders"),
        ("Clashes erupted between tribesmen and government forces near the pass.", "tribesmen"),
        ("Fighting between herders and farmers killed five people.", "farmers"),
    ],
)
def test_fighting_communities_are_armed_groups(actors, nlp, text, actor):
    assert sectors(actors, nlp, text)[actor] == "UAF"


@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        ("Residents clashed with police over the eviction.", "Residents", "CVL"),
        ("Farmers protested against the new tax in the capital.", "Farmers", "AGR"),
        ("Villagers welcomed the herders at the market.", "Villagers", "CVL"),
        ("Clashes between residents and police erupted after the eviction.", "residents", "CVL"),
        ("Talks between villagers and herders ended the dispute.", "villagers", "CVL"),
    ],
)
def test_rioters_and_peaceful_people_keep_their_sector(actors, nlp, text, actor, sector):
    assert sectors(actors, nlp, text)[actor] == sector
