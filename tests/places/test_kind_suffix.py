"""A name with a kind word after it that is only an alternate name of some of the short
name's towns ("Hays city") is read by its short name with every namesake
(``places/kind_suffix.py``); a compass word after "in" does not stop the walk to the
container ("in western Yemen", ``places/contain.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

from eventscope.models import Place
from eventscope.places.contain import container_of
from eventscope.places.gazetteer import Candidate
from eventscope.places.kind_suffix import keeps_short

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _reading(name: str, key: str, code: str, row: int, population: int = 5_000) -> Candidate:
    place = Place(name, key[:2].upper() + "X", None, 10.0, 10.0, None, code)
    return Candidate(place, population, key, row, 1)


BIG = _reading("Bigton", "BI.01", "PPL", 1, population=20_000)  # also called "Bigton City"
SMALL = _reading("Bigton", "SM.02", "PPL", 2)
DISTRICT = _reading("Bigton", "SM.02", "ADM2", 3)
STATE = _reading("Bigton", "BI.03", "ADM1", 4)
OWN = _reading("Bigton City", "BI.01", "PPL", 5)


@pytest.mark.parametrize(
    ("short", "longer", "expected"),
    [
        ((BIG, SMALL), (BIG,), True),  # the longer name hides the small namesake
        ((BIG, SMALL, DISTRICT), (BIG,), True),  # a district named after its town
        ((BIG,), (BIG,), False),  # no other namesake: the longer name loses nothing
        ((BIG, SMALL), (OWN,), False),  # a town's own name ("Quebec City") stays whole
        ((BIG, SMALL, STATE), (BIG,), False),  # "New York City": the city, not the state
        ((BIG, SMALL), (BIG, STATE), False),
    ],
)
def test_short_name_kept(short, longer, expected) -> None:
    assert keeps_short(short, longer, ("bigton", "bigton city")) is expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Gunmen shelled houses in Hays city in western Yemen on Monday.", "Hays", "YEM"),
        ("A storm flattened barns near Hays city in Kansas.", "Hays", "USA"),
        ("Israeli jets struck Gaza City overnight.", "Gaza City", "PSE"),
        ("Police arrested ten protesters in New York City on Monday.", "New York City", "USA"),
    ],
)
def test_kind_word_left_out(resolver, nlp, text, mention, expected) -> None:
    found = named_places(resolver, nlp, text)
    assert found[mention] is not None
    assert found[mention][1] == expected


def test_a_city_named_after_its_state_stays_whole(resolver, nlp) -> None:
    # "Quebec City" lists only the town; read as "Quebec" it became the province
    found = resolver.find(nlp("Voters lined up in Quebec City on Monday."))
    assert [(m.text, m.place.feature_code if m.place else None) for m in found] == [
        ("Quebec City", "PPL")
    ]


@pytest.mark.parametrize(
    ("text", "name", "container"),
    [
        ("Gunmen shelled houses in Hays city in western Yemen on Monday.", "Hays", "Yemen"),
        ("Rebels shelled houses in Zabid in north-western Yemen.", "Zabid", "Yemen"),
        ("Rebels shelled Zabid in Yemen.", "Zabid", "Yemen"),
        # a capitalised word is a name of its own, not a compass word
        ("Protesters marched in Zabid in Northern Ireland.", "Zabid", "Northern Ireland"),
    ],
)
def test_compass_word_before_the_container(resolver, nlp, text, name, container) -> None:
    doc = nlp(text)
    spans = resolver.mention_spans(doc)
    texts = [doc[start:end].text for start, end in spans]
    found, _ = container_of(doc, spans, texts.index(name), resolver.lexicon)
    assert found is not None
    assert texts[found] == container
