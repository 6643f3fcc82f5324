"""Names of position words ("Central", "Southern", "North-West Province"), containers read
together with the town they hold, bracketed addresses and one-edit matches against a kind
word: on sentences and places written for these tests."""

from __future__ import annotations

import pytest
from test_places import _resolved, cache_dir, resolver

from eventscope.models import Place
from eventscope.places import Mention
from eventscope.places.coherence import in_division
from eventscope.places.contain import container_of, holding_reading
from eventscope.places.find import PlaceLexicon
from eventscope.places.gazetteer import Candidate
from eventscope.places.rank import RankContext, candidate_pool, supported

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _place(name: str, key: str, code: str, population: int, row: int) -> Candidate:
    country = {"AA": "AAA", "BB": "BBB"}.get(key[:2], "")
    place = Place(name, country or None, None, 1.0, 1.0, None, code)
    return Candidate(place, population, key, row, 1)


SOUTH_A = _place("Southern Province", "AA.03", "ADM1", 900_000, 1)
SOUTH_B = _place("Southern Region", "BB.07", "ADM1", 600_000, 2)
TOWN_B = _place("Lakeside", "BB.07", "PPL", 40_000, 3)
TOWN_A = _place("Hilltop", "AA.01", "PPL", 9_000, 4)
STATE_A = _place("Homestate", "AA.01", "ADM1", 2_000_000, 5)
SEA = _place("Central Sea", "", "SEA", 0, 6)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("central", True),
        ("northern province", True),
        ("centre nord", True),  # "Centre-Nord" (hyphens fold to spaces)
        ("western area", True),
        ("far north region", True),
        ("central darfur", False),
        ("upper nile", False),
        ("south sudan", False),
        ("district", False),  # a kind word alone is no name of position
    ],
)
def test_a_name_of_position_words(key, expected) -> None:
    assert PlaceLexicon.load().is_regional(key) is expected


def test_a_name_of_position_words_keeps_the_story_s_countries() -> None:
    context = RankContext(others=(TOWN_B,), key="southern", regional=True)
    assert supported((SOUTH_A, SOUTH_B, SEA), context) == [SOUTH_B, SEA]
    actors = RankContext(countries=frozenset({"AAA"}), key="southern", regional=True)
    assert supported((SOUTH_A, SOUTH_B), actors) == [SOUTH_A]
    # no country named otherwise: no division abroad at all
    assert candidate_pool((SOUTH_A, SOUTH_B), RankContext(key="southern", regional=True)) == []
    # an ordinary name keeps every reading
    assert candidate_pool((SOUTH_A, SOUTH_B), RankContext(key="southern")) == [SOUTH_A, SOUTH_B]


def _name(key: str, candidates: tuple[Candidate, ...]) -> Mention:
    return Mention(key, candidates, None, 1, apposed=True, enclosed=False)


def test_the_container_reading_that_holds_the_town_is_taken() -> None:
    # "Lakeside, Southern": the Southern Region of the town's country
    outer = (SOUTH_A, 0.7, [(SOUTH_A, 0.7), (SOUTH_B, 0.3)])
    inner = (TOWN_B, 1.0, [(TOWN_B, 1.0)])
    assert holding_reading(inner, _name("lakeside", (TOWN_B,)), outer) == (SOUTH_B, 0.3, outer[2])
    # already held, or a name that may itself be a division: nothing to re-choose
    held = (SOUTH_B, 0.7, [(SOUTH_B, 0.7), (SOUTH_A, 0.3)])
    assert holding_reading(inner, _name("lakeside", (TOWN_B,)), held) is None
    listed = _name("homestate", (STATE_A, TOWN_B))
    assert holding_reading(inner, listed, outer) is None


def test_a_town_another_container_reading_holds_is_not_moved_into_the_division() -> None:
    outer = (SOUTH_A, 0.7, [(SOUTH_A, 0.7), (SOUTH_B, 0.3)])
    inner = (TOWN_B, 1.0, [(TOWN_B, 1.0)])
    assert in_division(inner, _name("lakeside", (TOWN_B,)), [inner, outer]) == inner
    # a town no reading of the container holds is put in the division (a village it lacks)
    lone = (TOWN_A, 1.0, [(TOWN_A, 1.0)])
    moved = in_division(lone, _name("hilltop", (TOWN_A,)), [lone, outer])
    assert moved is not None and moved[0] is SOUTH_A


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Unknown men torched a truck in Zomba (Zomba, Southern) on Friday.", "Southern", "MWI"),
        ("Traders blocked a road in Pobe, Plateau, on Tuesday.", "Plateau", "BEN"),
        ("Traders blocked a road in Pobe, Plateau, on Tuesday.", "Pobe", "BEN"),
        ("Teachers went on strike in Hinche, Centre, on Monday.", "Hinche", "HTI"),
        ("Farmers clashed in Mzuzu, Northern Region, over land.", "Northern Region", "MWI"),
    ],
)
def test_position_names_and_containers_in_sentences(resolver, nlp, text, name, country) -> None:
    found = _resolved(resolver, nlp, text)
    assert found[name] is not None and found[name][1] == country


@pytest.mark.parametrize(
    "text",
    [
        "Teachers went on strike in Hinche, Centre, on Monday.",  # no Centre in Haiti's list
        "Residents marched in the Central region on Sunday.",  # no country named at all
    ],
)
def test_a_position_name_with_no_reading_at_home_stays_unresolved(resolver, nlp, text) -> None:
    found = _resolved(resolver, nlp, text)
    assert [name for name, place in found.items() if place is None]
    assert all(place is None or place[2] != "ADM1" for place in found.values())


def test_a_one_edit_match_agrees_with_the_kind_word(resolver, nlp) -> None:
    # "Kerawa village" is no misspelt Indian state (Kerala)
    found = _resolved(resolver, nlp, "Militants raided Kerawa village at night.")
    assert found.get("Kerawa") is None or found["Kerawa"][2] not in ("ADM1", "ADM2")


def test_a_comma_inside_a_bracket_gives_an_address(resolver, nlp) -> None:
    # "(Dessa, Mopti)": Dessa lies in Mali (Mopti the town binds it), not at an Ethiopian
    # city of a like name; a list after a comma outside brackets binds nothing
    doc = nlp("Gunmen killed two herders in Gaibou (Dessa, Mopti).")
    spans = resolver.mention_spans(doc)
    assert [doc[a:b].text for a, b in spans] == ["Gaibou", "Dessa", "Mopti"]
    assert container_of(doc, spans, 1, resolver.lexicon) == (2, True)
    found = _resolved(resolver, nlp, doc.text)
    assert found["Dessa"] is None or found["Dessa"][1] == "MLI"
    listed = nlp("Talks were held in Beirut, Damascus and Amman.")
    assert container_of(listed, resolver.mention_spans(listed), 0, resolver.lexicon) == (1, False)
