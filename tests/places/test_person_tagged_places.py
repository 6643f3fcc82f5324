"""A place of several words the small model tags PERSON (issue 15), on sentences written for
these tests: "Tamil Nadu said ...", "Sioux Falls was a finalist" (``places/misperson.py``); a
person's two-word name and a one-word given name stay unread."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_places import cache_dir, named_places, resolver

from eventscope.places.misperson import person_tagged_name

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tamil Nadu said it would appeal against the order.", "Tamil Nadu", "IND"),
        ("Tamil Nadu wants more water released from the dam.", "Tamil Nadu", "IND"),
        ("Sioux Falls was a finalist for the award again.", "Sioux Falls", "USA"),
    ],
)
def test_a_large_place_tagged_as_a_person(resolver, nlp, text, name, country) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    "text",
    ["Mary Jackson spoke to the council on Monday.", "Victoria said she would run again."],
)
def test_persons_stay_persons(resolver, nlp, text) -> None:
    assert not named_places(resolver, nlp, text)


@pytest.mark.parametrize(
    ("words", "ents", "start", "end", "expected"),
    [
        (["Tamil", "Nadu", "said", "no"], ["B-PERSON", "I-PERSON", "O", "O"], 0, 2, True),
        (["Victoria", "said", "no"], ["B-PERSON", "O", "O"], 0, 1, False),  # one word
        (["Tamil", "Nadu", "Rao", "said"], ["B-PERSON", "I-PERSON", "I-PERSON", "O"], 0, 2, False),
        (["Tamil", "Nadu", "said", "no"], ["B-ORG", "I-ORG", "O", "O"], 0, 2, False),
    ],
)
def test_person_tagged_name(words, ents, start, end, expected) -> None:
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words, ents=ents)
    assert person_tagged_name(doc, start, end) is expected
