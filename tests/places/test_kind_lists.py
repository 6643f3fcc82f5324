"""Lists of names sharing one plural kind word ("Clay, Grant and Wilkin counties"), whatever
the model tagged the names (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from test_places import cache_dir, resolver

from eventscope.places.kindlist import kind_listed, shared_kind_word, singular

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _hand_doc(nlp, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words)  # built by hand: the tagger is not the point
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize(
    ("words", "ents", "start", "found"),
    [
        # each name of the list, tagged a person, an organisation or nothing
        (["in", "Becker", ",", "Clay", "and", "Wilkin", "counties"], [(3, 4, "ORG")], 3, (3, 4)),
        (["in", "Becker", ",", "Clay", "and", "Wilkin", "counties"], [], 5, (5, 6)),
        (["from", "Douglas", "and", "Otter", "Tail", "counties"], [(1, 2, "PERSON")], 3, (3, 5)),
        # no plural kind word, a piece of a longer name, no such division: none
        (["in", "Becker", ",", "Clay", "and", "Wilkin", "today"], [], 3, None),
        (["Mr", "Clay", "and", "Wilkin", "counties"], [], 1, None),
        (["in", "Zzyzxq", "and", "Wilkin", "counties"], [], 1, None),
    ],
)
def test_a_name_of_a_list_of_counties(resolver, nlp, words, ents, start, found) -> None:
    doc = _hand_doc(nlp, words, ents)
    assert kind_listed(doc, start, resolver.gazetteer, resolver.lexicon, set()) == found


@pytest.mark.parametrize(
    ("words", "end", "kind"),
    [
        (["Geauga", "and", "Medina", "counties"], 1, "county"),
        (["Kunduz", ",", "Baghlan", "and", "Takhar", "provinces"], 1, "province"),
        (["Geauga", "county", "officials"], 1, None),  # the singular is no list
        (["Geauga", "officials", "and", "Medina", "counties"], 1, None),
    ],
)
def test_the_kind_word_a_list_shares(resolver, nlp, words, end, kind) -> None:
    doc = Doc(nlp.vocab, words)
    assert shared_kind_word(doc, 0, end, resolver.lexicon) == kind


def test_plural_kind_words() -> None:
    assert [singular(w) for w in ("counties", "parishes", "districts", "county")] == [
        "county",
        "parish",
        "district",
        "county",
    ]


def test_a_list_of_counties_in_a_story(resolver, nlp) -> None:
    text = "Snow closed roads in Becker, Clay, Douglas and Wilkin counties of Minnesota."
    found = {m.text: m.place for m in resolver.find(nlp(text))}
    for name in ("Becker", "Clay", "Douglas", "Wilkin"):
        place = found.get(name)
        assert place is not None and place.feature_code == "ADM2" and place.admin1_code == "MN"
