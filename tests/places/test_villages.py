"""Villages of 500-999 people (``cities500`` less ``cities1000``): a reading only of a name no
larger place carries, the last resort after other spellings and one-edit matches, and no known
name to the finders (gazetteer ``minor`` index, ``Gazetteer.villages``)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

from eventscope.places.gazetteer import Gazetteer
from eventscope.places.gazetteer.columns import Columns

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _row(name: str, population: int) -> dict:
    return {
        "name": name,
        "country": "UKR",
        "admin1": "Donetsk",
        "admin_key": "UA.05",
        "fcode": "PPL",
        "lat": 48.0,
        "lon": 37.5,
        "population": population,
        "geonameid": population,
    }


def _gazetteer() -> Gazetteer:
    columns = Columns()
    columns.add(_row("Kamianka", 4_000), ["Kamianka"])
    columns.add(_row("Kamianka", 700), ["Kamianka"], minor=True)  # a village namesake
    columns.add(_row("Pavlivka", 620), ["Pavlivka", "Pavlovka"], minor=True)
    return Gazetteer.from_index(columns.freeze("test"))


@pytest.mark.parametrize(
    ("name", "populations"),
    [
        # a larger place carries the name: the village is no reading of it
        ("Kamianka", [4_000]),
        # no larger place does: the village is, by any of its names
        ("Pavlivka", [620]),
        ("Pavlovka", [620]),
        ("Nowhereville", []),
    ],
)
def test_villages_are_readings_of_names_no_larger_place_carries(name, populations) -> None:
    gazetteer = _gazetteer()
    found = gazetteer.lookup(name) or gazetteer.villages(name)
    assert [c.population for c in found] == populations


def test_villages_are_no_known_names_and_never_fuzzy() -> None:
    gazetteer = _gazetteer()
    assert "Kamianka" in gazetteer
    assert "Pavlivka" not in gazetteer  # the finders do not take the word for a place
    assert gazetteer.lookup("Pavlivka") == ()  # nor the rules that read known names
    assert gazetteer.villages("Kamianka") == ()
    assert gazetteer.fuzzy_lookup("Pavlivky") == ()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a village of 624 people the places of 1,000 or more lack
        (
            "On 4 June, monitors recorded 12 explosions near Pavlopil, Donetsk region.",
            "Pavlopil",
            "UKR",
        ),
        # a village of two words is the whole name, not its first word ("San", Mali)
        ("On 2 May, police clashed with youths in San Crisanto, Yucatan.", "San Crisanto", "MEX"),
        ("Neighbours in San Crisanto threatened to burn the house.", "San Crisanto", "MEX"),
    ],
)
def test_a_village_named_after_a_preposition_is_placed(resolver, nlp, text, name, country) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country
