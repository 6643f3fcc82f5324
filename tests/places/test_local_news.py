"""US and Canadian local news (issue 17), on sentences written for these tests: towns named
like a country or a capital, state and province abbreviations, an explicit container."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import Place
from eventscope.places import locate_article
from eventscope.places.coherence import REGION_SCORE, placed_in_region
from eventscope.places.gazetteer import Candidate

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _found(resolver, nlp, text: str) -> dict[str, tuple]:
    return {
        m.text: (m.place.name, m.place.country, m.place.feature_code, m.place.admin1)
        if m.place
        else None
        for m in resolver.find(nlp(text))
    }


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # a country's name with its state after a comma is the town there
        (
            "LEBANON, Ohio -- The city council voted on Monday to repave Main Street.",
            "LEBANON",
            "Ohio",
        ),
        ("A mill in Jordan, Minn., closed after the spring flood.", "Jordan", "Minnesota"),
        # a capital's name with a state abbreviation is the town in that state
        ("Police in Paris, Tenn., arrested two men after a chase.", "Paris", "Tennessee"),
        ("The Athens, Ga., school board voted to close a school.", "Athens", "Georgia"),
        ("Firefighters in Dublin, Ohio, saved a barn on Sunday.", "Dublin", "Ohio"),
    ],
)
def test_a_named_state_decides_the_town(resolver, nlp, text, name, admin1) -> None:
    found = _found(resolver, nlp, text)
    assert found[name] is not None and (found[name][1], found[name][3]) == ("USA", admin1)


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        # without state context the country and the capital keep their obvious reading
        ("The king of Jordan met the envoy on Monday.", "Jordan", "JOR", "PCLI"),
        ("Ministers met in Athens to discuss the debt.", "Athens", "GRC", "PPLC"),
        ("Aid flights to Lebanon resumed after the ceasefire.", "Lebanon", "LBN", "PCLI"),
        # a list of places is not "town, state"
        ("Ministers from Jordan, Israel and Egypt met in Cairo.", "Jordan", "JOR", "PCLI"),
    ],
)
def test_without_state_context_the_obvious_reading_stays(
    resolver, nlp, text, name, country, code
) -> None:
    found = _found(resolver, nlp, text)
    assert found[name] is not None and found[name][1:3] == (country, code)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # A part of a state named by a word of position is read as the state, whole.
        ("Western Mass. farmers expect a late harvest.", "Western Mass.", "Massachusetts"),
        ("Rain closed the road near the Va. line.", "Va.", "Virginia"),
        ("He said B.C. had its coldest winter in years.", "B.C.", "British Columbia"),
        ("The ferry left Halifax, N.S., at noon.", "N.S.", "Nova Scotia"),
    ],
)
def test_state_and_province_abbreviations_are_places(resolver, nlp, text, name, admin1) -> None:
    found = _found(resolver, nlp, text)
    assert found[name] is not None and (found[name][2], found[name][3]) == ("ADM1", admin1)


def test_an_unknown_town_with_its_state_is_put_in_the_state(resolver, nlp) -> None:
    # "Belgrade" here is a Minnesota village the gazetteer lacks (under 1,000 people): the
    # state, not Serbia's capital.
    found = _found(resolver, nlp, "A barn burned near Belgrade, Minn., on Sunday.")
    assert found["Belgrade"] is not None and found["Belgrade"][1] == "USA"
    assert found["Belgrade"][3] == "Minnesota"


def test_a_list_of_states_is_not_a_container(resolver, nlp) -> None:
    found = _found(
        resolver, nlp, "Firms moved to cheaper states such as Utah, Colorado, and Idaho."
    )
    assert {found[n][3] for n in ("Utah", "Colorado", "Idaho")} == {"Utah", "Colorado", "Idaho"}


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # no container, but a nearby town of the same state is named in the article
        (
            "Students at Jordan Middle School raised money; the team later played in Shakopee.",
            "Jordan",
            "Minnesota",
        ),
        ("A Lebanon man was injured in a crash near Dayton on Friday.", "Lebanon", "Ohio"),
    ],
)
def test_a_nearby_town_makes_the_local_namesake_a_reading(resolver, nlp, text, name, admin1):
    found = _found(resolver, nlp, text)
    assert found[name] is not None and (found[name][1], found[name][3]) == ("USA", admin1)


def test_a_state_alone_does_not_pull_a_country_into_it(resolver, nlp) -> None:
    # A state is no local evidence: "Jordan" stays the country next to "Minnesota".
    found = _found(resolver, nlp, "Farmers in Minnesota sold wheat to Jordan last year.")
    assert found["Jordan"] is not None and found["Jordan"][1:3] == ("JOR", "PCLI")


def test_names_sharing_a_plural_admin_word_are_counties(resolver, nlp) -> None:
    found = _found(
        resolver, nlp, "Shoppers avoid long trips to malls in Geauga and Medina counties."
    )
    assert found["Geauga"] is not None and found["Geauga"][:3] == ("Geauga County", "USA", "ADM2")
    assert found["Medina"] is not None and found["Medina"][2] == "ADM2"


def test_an_unknown_village_is_put_in_the_state_of_the_story(resolver, nlp) -> None:
    # "Plumley Crossing" is made up: no gazetteer knows it; the story's towns are in Ohio.
    text = "Firefighters from Zanesville, Byesville and Plumley Crossing fought the blaze."
    start = text.index("Plumley Crossing")
    [found] = locate_article(nlp, resolver, text, mentions=[{"start": start, "end": start + 16}])
    assert found.place is not None and (found.place.feature_code, found.place.admin1) == (
        "ADM1",
        "Ohio",
    )
    assert 0.0 < found.place.score <= REGION_SCORE


def _town(name: str, key: str, row: int) -> Candidate:
    return Candidate(Place(name, key[:2], None, 40.0, -82.0, None, "PPL"), 5_000, key, row, 1)


OHIO = Candidate(Place("Ohio", "USA", "Ohio", 40.3, -82.8, None, "ADM1"), 11_000_000, "US.OH", 9, 5)


@pytest.mark.parametrize(
    ("keys", "placed"),
    [
        (("US.OH", "US.OH", "US.OH"), True),  # three names in Ohio: the unknown one too
        (("US.OH", "US.OH", "US.TX"), True),  # Ohio holds most of them
        (("US.OH", "US.TX", "US.CA"), False),  # no state leads
        (("US.OH",), False),  # one name is no evidence (it may be the misreading)
    ],
)
def test_placed_in_region_needs_a_leading_state(keys, placed) -> None:
    chosen = [(t, 1.0, [(t, 1.0)]) for t in (_town(f"T{i}", k, i) for i, k in enumerate(keys))]
    names = [f"t{i}" for i in range(len(keys))] + ["unknown"]
    out = placed_in_region([*chosen, None], names, lambda _: OHIO)
    assert (out[-1] is not None) == placed
    if placed:
        assert out[-1][0] is OHIO and out[:-1] == chosen


def test_without_a_leading_state_the_leading_country_takes_an_unknown_place(resolver, nlp):
    # "Tel Zorvan" is made up; the text's other places are a Syrian town and Syria.
    text = "Shells fell on Douma, Harasta and Tel Zorvan in Syria on Monday."
    start = text.index("Tel Zorvan")
    [found] = locate_article(nlp, resolver, text, mentions=[{"start": start, "end": start + 10}])
    assert found.place is not None
    assert (found.place.feature_code, found.place.country) == ("PCLI", "SYR")
