"""Small places in a field mission's note are read inside the mission's area (sentences and
places written for these tests)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import Place
from eventscope.places.gazetteer import Candidate
from eventscope.places.mission import AREA_SCORE, in_mission_area, missions_named

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The OSCE SMM recorded 40 explosions near a village.", ["UKR"]),
        ("The OSCE Special Monitoring Mission reported shelling.", ["UKR"]),
        ("UNIFIL patrols saw a drone over the border.", ["LBN"]),
        ("UNDOF issued a statement.", ["SYR"]),
        # MONUSCO is not listed: its area (Ituri, the Kivus) is not expressible in the gazetteer.
        ("MONUSCO issued a statement.", []),
        # Only the whole name, as written: a marketing agency is no mission.
        ("Our SMM agency doubled its clients in Odessa.", []),
        ("The unifil-style patrol was a joke.", []),
        # The name inside a longer word is no mention (the quick scan finds it, the words not).
        ("The XUNIFIL brand and the OSCE SMMs left.", []),
        ("The XUNIFIL brand left; UNIFIL patrols resumed.", ["LBN"]),
        ("A small monitoring mission left.", []),
    ],
)
def test_missions_are_named_by_their_whole_name(text, countries) -> None:
    assert sorted(m.country for m in missions_named(text)) == sorted(countries)


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # A village named like several others: the one in the mission's area.
        (
            "On 3 June 2021, the OSCE SMM recorded 40 explosions near Serhiivka.",
            "Serhiivka",
            "Donetsk",
        ),
        ("The OSCE SMM recorded 4 bursts of fire near Troitske on Monday.", "Troitske", "Luhansk"),
        # A village known only far away: the mission's area (Donbas), not the far one.
        ("On 3 June 2021, the OSCE SMM recorded 12 explosions near Sokilnyky.", "Sokilnyky", None),
        # A village the gazetteer lacks: the mission's area rather than nowhere.
        (
            "The OSCE SMM heard 9 shots near Bilokrynytsia-Pershe overnight.",
            "Bilokrynytsia-Pershe",
            None,
        ),
        # A large city keeps its reading.
        (
            "The OSCE SMM recorded 4 explosions near Troitske; its office in Lviv closed.",
            "Lviv",
            "Lviv",
        ),
    ],
)
def test_a_small_place_of_a_missions_note_lies_in_its_area(
    resolver, nlp, text, name, region
) -> None:
    found = {m.text: m.place for m in resolver.find(nlp(text))}
    place = found[name]
    assert place is not None and place.country == "UKR"
    if region is not None:
        assert place.admin1 == region and place.feature_code == "PPL"
    else:
        assert place.feature_code == "ADMD" and place.name == "Donbas"
        assert place.score is not None and place.score <= AREA_SCORE


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # Without a mission, the same names keep their usual readings.
        ("Rebels recorded 40 explosions near Serhiivka.", "Serhiivka", "Odessa"),
        ("Farmers met near Sokilnyky on Monday.", "Sokilnyky", "Lviv"),
    ],
)
def test_without_a_mission_nothing_moves(resolver, nlp, text, name, region) -> None:
    found = {m.text: m.place for m in resolver.find(nlp(text))}
    assert found[name] is not None and found[name].admin1 == region


def _town(name: str, key: str, row: int, population: int) -> Candidate:
    place = Place(name=name, country=key[:2], lat=0.0, lon=0.0, feature_code="PPL")
    return Candidate(place, population, key, row=row)


def test_only_small_towns_outside_the_area_move(resolver) -> None:
    far, home = _town("Vesele", "UA.17", 1, 5_000), _town("Vesele", "UA.05", 2, 1_200)
    city = _town("Odesa", "UA.17", 3, 1_000_000)
    text = "The OSCE SMM saw fire."
    moved = in_mission_area(
        [(far, 0.7, [(far, 0.7), (home, 0.3)]), (city, 0.9, [(city, 0.9)]), None],
        [(far, home), (city,), ()],
        text,
        resolver.gazetteer,
    )
    assert moved[0] is not None and moved[0][0] == home and moved[0][1] == 0.7
    assert moved[1] is not None and moved[1][0] == city
    # An unresolved name (a village the gazetteer lacks) is put in the mission's area.
    assert moved[2] is not None and moved[2][0].place.name == "Donbas" and moved[2][1] == AREA_SCORE
    # No mission named: the choices are returned as they are.
    same = in_mission_area(
        [(far, 0.7, [(far, 0.7)])], [(far, home)], "Rebels fired.", resolver.gazetteer
    )
    assert same[0] is not None and same[0][0] == far
