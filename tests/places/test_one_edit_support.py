"""Names matched only one letter off weigh less as evidence of the document's country
(place lists written for these tests)."""

from __future__ import annotations

import pytest

from eventscope.models import Place
from eventscope.places.coherence import anchor_countries, coherent
from eventscope.places.gazetteer import Candidate


def _candidate(name: str, country: str, code: str = "PPL", population: int = 3_000) -> Candidate:
    place = Place(name=name, country=country, lat=0.0, lon=0.0, feature_code=code)
    return Candidate(place, population, country, row=sum(map(ord, name + country)))


def _alone(candidate: Candidate, key: str) -> tuple:
    return (candidate, 1.0, [(candidate, 1.0)]), True, key


SHAKHTA = _candidate("Shakhta", "RUS")
GAGARIN = _candidate("Gagarin", "RUS")
RAZIH = _candidate("Razih", "YEM", "ADM2", 0)
SADAH = _candidate("Sa'dah", "YEM", population=50_000)


@pytest.mark.parametrize(
    ("names", "loose", "expected"),
    [
        # two exact names in one country anchor it
        ([_alone(SHAKHTA, "shakhta"), _alone(GAGARIN, "gagarin")], (), {"RUS"}),
        # a town matched one letter off supports nothing
        ([_alone(SHAKHTA, "shakhta"), _alone(GAGARIN, "gagarina")], ("gagarina",), set()),
        # a division matched one letter off still does
        ([_alone(RAZIH, "raizh"), _alone(SADAH, "sadah")], ("raizh",), {"YEM"}),
    ],
)
def test_one_letter_off_towns_anchor_nothing(names, loose, expected) -> None:
    assert anchor_countries(names, frozenset(), frozenset(loose)) == expected


def test_a_small_town_abroad_gives_way_to_the_actors_country() -> None:
    names = [_alone(SHAKHTA, "shakhta"), _alone(GAGARIN, "gagarina")]
    kept = coherent(names, frozenset({"UKR"}), loose=frozenset({"gagarina"}))
    assert kept == [None, None]  # no Ukrainian reading: unresolved, not in Russia
    assert coherent(names, frozenset({"UKR"}))[0] is not None  # before: Russia anchored
