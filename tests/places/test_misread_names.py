"""Names the small NER model misreads (issue 15), on sentences written for these tests: a large
place taken for a person or a thing as the object of a verb of attack or movement, a common
phrase in lower case that a gazetteer also lists, a possessive inside a name."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _found(resolver, nlp, text: str) -> dict[str, tuple]:
    return {
        m.text: (m.place.name, m.place.country) if m.place else None
        for m in resolver.find(nlp(text))
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian drones hit Kharkiv overnight, killing two civilians.", "Kharkiv", "UKR"),
        ("Ukrainian drones struck Belgorod overnight, injuring three.", "Belgorod", "RUS"),
        ("Russian missiles struck Zaporizhzhia and Dnipro on Tuesday.", "Zaporizhzhia", "UKR"),
        ("Rebels captured Goma after a week of fighting.", "Goma", "COD"),
    ],
)
def test_a_large_place_struck_is_a_place_whatever_the_ner_says(
    resolver, nlp, text, name, country
) -> None:
    found = _found(resolver, nlp, text)
    assert found.get(name) is not None and found[name][1] == country


@pytest.mark.parametrize(
    ("text", "actors", "name", "country"),
    [
        ("Russian forces shelled Kherson, killing four civilians.", "RUS", "Kherson", "UKR"),
        ("Israeli jets bombed Beirut overnight.", "ISR", "Beirut", "LBN"),
    ],
)
def test_a_place_struck_abroad_stays_whatever_the_actors_country(
    resolver, nlp, text, actors, name, country
) -> None:
    """The actors' country does not drop a struck place abroad as a misreading ("Kherson",
    tagged PERSON, read as a town beside Ukraine's Kherson region)."""
    places = resolver.find(nlp(text), countries={actors})
    found = {m.text: m.place.country if m.place else None for m in places}
    assert found.get(name) == country, found


@pytest.mark.parametrize(
    "text",
    [
        "Jackson visited the troops on Monday.",  # a subject, not an object
        "The senator thanked Jackson for the report.",  # "thank" is no place verb
    ],
)
def test_a_person_named_like_a_town_stays_a_person(resolver, nlp, text) -> None:
    assert "Jackson" not in _found(resolver, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "South Korea held naval exercises off its east coast on Tuesday.",
        "The navy fired shells off its west coast, officials said.",
    ],
)
def test_common_words_in_lower_case_are_no_place(resolver, nlp, text) -> None:
    found = _found(resolver, nlp, text)
    assert not any(name.islower() for name in found), found


def test_a_possessive_inside_a_name_is_part_of_it(resolver, nlp) -> None:
    found = _found(resolver, nlp, "Rohingya refugees protested in Cox's Bazar on Sunday.")
    assert found.get("Cox's Bazar") is not None and found["Cox's Bazar"][1] == "BGD"
