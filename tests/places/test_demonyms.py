"""Nationality words as place mentions of their country in the places output (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from test_places import cache_dir, resolver

from eventscope.places import PlaceOptions, PlaceResolver
from eventscope.places.demonym import DEMONYM_SCORE, nationality_spans

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.fixture(scope="module")
def with_demonyms(resolver) -> PlaceResolver:
    options = PlaceOptions(demonyms=True)
    return PlaceResolver(
        resolver.gazetteer, resolver.lexicon, options=options, model=resolver.model
    )


def _found(resolver, nlp, text: str) -> dict[str, str | None]:
    return {m.text: m.place.country if m.place else None for m in resolver.find(nlp(text))}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Georgian troops left the village on Tuesday.", "Georgian", "GEO"),
        ("Two Russians were detained at the airport in Oslo.", "Russians", "RUS"),
        ("Egyptian officials said the talks would resume next week.", "Egyptian", "EGY"),
    ],
)
def test_a_nationality_word_names_its_country(with_demonyms, nlp, text, word, country) -> None:
    found = _found(with_demonyms, nlp, text)
    assert found.get(word) == country


@pytest.mark.parametrize(
    "text",
    [
        "Republican senators voted against the bill on Monday.",
        "Catholic bishops met in the cathedral on Sunday.",
    ],
)
def test_parties_and_faiths_are_no_places(with_demonyms, nlp, text) -> None:
    assert _found(with_demonyms, nlp, text) == {}


def test_demonyms_are_off_by_default_and_keep_text_order(resolver, with_demonyms, nlp) -> None:
    text = "Georgian police said the convoy reached Tbilisi at noon."
    assert "Georgian" not in _found(resolver, nlp, text)
    mentions = with_demonyms.find(nlp(text))
    assert [m.text for m in mentions] == ["Georgian", "Tbilisi"]
    assert mentions[0].place is not None and mentions[0].place.score == DEMONYM_SCORE
    assert mentions[0].sent_index == 0


@pytest.mark.parametrize(
    ("words", "ent", "label", "found"),
    [
        # a nationality word opening the name of its country's state body
        (["the", "Peruvian", "Interior", "Ministry", "said"], (0, 4), "ORG", ["Peruvian"]),
        (["the", "Kenyan", "Air", "Force", "flew"], (1, 4), "ORG", ["Kenyan"]),
        # another organisation, a body abroad, or another kind of name: none
        (["the", "Mexican", "Embassy", "in", "Lima"], (0, 3), "ORG", []),
        (["the", "American", "Legion", "hall"], (0, 3), "ORG", []),
        (["Indian", "Lake", "Road", "closed"], (0, 3), "FAC", []),
        (["the", "Peruvian", "Interior", "Ministry", "said"], (1, 4), "PERSON", []),
        (["Peruvian", "farmers", "marched"], (0, 1), "NORP", ["Peruvian"]),
    ],
)
def test_a_nationality_word_opening_a_state_body(resolver, nlp, words, ent, label, found) -> None:
    doc = Doc(nlp.vocab, words)  # built by hand: the tagger is not the point
    doc.ents = [Span(doc, ent[0], ent[1], label=label)]
    spans = nationality_spans(doc, resolver.lexicon.nationalities)
    assert [s.text for s in spans] == found


def test_a_state_body_names_its_country(with_demonyms, nlp) -> None:
    text = "A spokesman for the Nigerian Army said the convoy reached Maiduguri."
    assert _found(with_demonyms, nlp, text).get("Nigerian") == "NGA"
