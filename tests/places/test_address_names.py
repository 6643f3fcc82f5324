"""Names of an address the finder used to miss: a town before a bracket whose last item is the
division holding it (``slot.town_of_bracket``), names whose particles ran past three words,
and a Spanish "de" GeoNames leaves out (``spelling.spelling_keys``): on sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

from eventscope.places.slot import town_of_bracket
from eventscope.places.spelling import spelling_keys

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the town attacked, tagged as a person, before its address in brackets
        (
            "On 2 March, gunmen attacked Kagara (Rafi LGA, Niger) and seized two cars.",
            "Kagara",
            True,
        ),
        ("Bandits raided Kagara (Niger) overnight.", "Kagara", True),
        # the division closing the bracket does not hold any town of the name
        ("On 2 March, gunmen attacked Kagara (Koro, Mopti) and seized two cars.", "Kagara", False),
        # no bracket after the name
        ("On 2 March, gunmen attacked Kagara and seized two cars.", "Kagara", False),
        # an organisation's short name in brackets, no division
        ("The mayor of Kagara (APC) resigned.", "Kagara", False),
    ],
)
def test_town_of_bracket(resolver, nlp, text, name, expected) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert town_of_bracket(doc, (start, start + 1), resolver.gazetteer) is expected


@pytest.mark.parametrize(
    ("text", "name", "place", "country"),
    [
        (
            "On 2 March, gunmen attacked Kagara (Rafi LGA, Niger) and seized two cars.",
            "Kagara",
            "Kagara",
            "NGA",
        ),
        # particles do not count towards the three name words
        (
            "On 2 March, in Buena Vista de la Salud, Guerrero, two farmers were shot dead.",
            "Buena Vista de la Salud",
            "Buena Vista de la Salud",
            "MEX",
        ),
        # the "de" GeoNames leaves out of the name
        (
            "On 2 March, in San Andres de Tuxtla, Veracruz, a shopkeeper was robbed.",
            "San Andres de Tuxtla",
            "San Andrés Tuxtla",
            "MEX",
        ),
    ],
)
def test_address_names_are_places(resolver, nlp, text, name, place, country) -> None:
    assert named_places(resolver, nlp, text).get(name) == (place, country)


@pytest.mark.parametrize(
    ("name", "key"),
    [("San Andres de Tuxtla", "san andres tuxtla"), ("Villa de Reyes", "villa reyes")],
)
def test_inner_de_is_another_spelling(name, key) -> None:
    assert key in spelling_keys(name)


def test_a_leading_or_closing_de_stays() -> None:
    assert not any(" de" in key or "de " in key for key in spelling_keys("De Aar"))
