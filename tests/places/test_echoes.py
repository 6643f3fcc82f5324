"""Placed names said again and states opening organisations' names, in the places output
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from test_places import cache_dir, resolver

from eventscope.models import Place, PlaceMention
from eventscope.places import PlaceOptions, PlaceResolver
from eventscope.places.echo import echo_spans, head_spans, main_countries

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.fixture(scope="module")
def with_echoes(resolver) -> PlaceResolver:
    options = PlaceOptions(demonyms=True, echoes=True)
    return PlaceResolver(
        resolver.gazetteer, resolver.lexicon, options=options, model=resolver.model
    )


def _texts(resolver, nlp, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.country if m.place else None) for m in resolver.find(nlp(text))]


def _hand_doc(nlp, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words)  # built by hand: the tagger is not the point
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


OSLO = Place("Oslo", "NOR", lat=59.91, lon=10.75, feature_code="PPLC", score=0.9)


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        # said again whatever the model tagged it, or outside any entity
        (["Oslo", "says", "no"], [(0, 1, "PERSON")], [(0, 1)]),
        (["About", "55", "Oslo", "residents", "marched"], [(2, 3, "ORG")], [(2, 3)]),
        (["the", "Oslo", "Fire", "Department", "came"], [(0, 4, "ORG")], [(1, 2)]),
        (["OSLO", "—", "The", "council", "met"], [], [(0, 1)]),
        # a word of a longer name, a street, a surname after a given name: none
        (["Mary", "Ann", "Oslo", "spoke"], [(0, 3, "PERSON")], []),
        (["at", "12", "Oslo", "Road", "today"], [], []),
        (["Oslo", "Smith", "spoke"], [(0, 2, "PERSON")], []),
    ],
)
def test_a_placed_name_said_again(nlp, words, ents, found) -> None:
    doc = _hand_doc(nlp, words, ents)
    spans = echo_spans(doc, {"oslo": OSLO}, taken=set())
    assert [span for span, _ in spans] == found
    assert all(place is OSLO for _, place in spans)


def test_a_surname_of_the_document_is_no_echo(nlp) -> None:
    words = ["Anna", "Oslo", "met", "the", "mayor", ".", "Oslo", "said", "so"]
    doc = _hand_doc(nlp, words, [(0, 2, "PERSON"), (6, 7, "PERSON")])
    assert echo_spans(doc, {"oslo": OSLO}, taken=set()) == []


@pytest.mark.parametrize(
    ("words", "ent", "found"),
    [
        (["the", "Texas", "Alcoholic", "Beverage", "Commission"], (0, 5), [(1, 2)]),
        (["the", "Pakistan", "Army", "built", "it"], (0, 3), [(1, 2)]),
        (["the", "Tamil", "Nadu", "Assembly", "met"], (0, 4), [(1, 3)]),
        # a town opening a club's name, or the name alone: none
        (["the", "Springfield", "Stars", "Club", "met"], (0, 4), []),
        (["Pakistan", "said", "so"], (0, 1), []),
    ],
)
def test_a_state_opening_an_organisation(resolver, nlp, words, ent, found) -> None:
    doc = _hand_doc(nlp, words, [(ent[0], ent[1], "ORG")])
    assert head_spans(doc, resolver.gazetteer, taken=set()) == found


def test_the_main_countries_of_a_document() -> None:
    def at(country: str | None) -> PlaceMention:
        return PlaceMention("X", 0, 1, Place("X", country) if country else None)

    assert main_countries([at("USA"), at("USA"), at("IRL"), at(None)]) == {"USA"}
    assert main_countries([at("USA"), at("IRL")]) == {"USA", "IRL"}
    assert main_countries([at(None)]) == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials in Tbilisi met the envoy. Tbilisi says the rebels fired first.",
            [("Tbilisi", "GEO"), ("Tbilisi", "GEO")],
        ),
        (
            "The head of the Texas Alcoholic Beverage Commission visited Austin on Monday.",
            [("Texas", "USA"), ("Austin", "USA")],
        ),
        (
            "Army engineers of the Pakistan Army opened a market in Wana on Friday.",
            [("Pakistan", "PAK"), ("Wana", "PAK")],
        ),
    ],
)
def test_echoes_in_the_places_output(with_echoes, nlp, text, expected) -> None:
    assert _texts(with_echoes, nlp, text) == expected


def test_echoes_are_off_by_default(resolver, nlp) -> None:
    text = "Officials in Tbilisi met the envoy. Tbilisi says the rebels fired first."
    assert [m.text for m in resolver.find(nlp(text))] == ["Tbilisi"]


def test_a_country_heading_a_school_abroad_is_left_out(with_echoes, nlp) -> None:
    text = (
        "Pupils of Jordan Elementary School in Shakopee, Minnesota, visited Minneapolis and "
        "St. Paul on Friday."
    )
    assert "Jordan" not in [m.text for m in with_echoes.find(nlp(text))]
