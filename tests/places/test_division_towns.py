"""A town named like its own province is no misread village abroad (#15).

"Russian shelling killed ten people in Kherson" lost its place: the gazetteer's town Kherson
is under the size of a sure town, and the actors' country (Russia) holds no namesake, so the
coherence rule dropped it (the victims then took the attackers' country). A town that shares
its exact name with a sure reading of its own country (the province of Kherson) is kept
(``places/coherence._division_town``). Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_places import _resolved, cache_dir, resolver

from eventscope.pipeline import Pipeline

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "actors", "name", "expected"),
    [
        ("Russian shelling killed ten people in Kherson.", {"RUS"}, "Kherson", "UKR"),
        ("Ten people were killed by Russian shelling in Kherson on Monday.", {"RUS"}, "Kherson",
         "UKR"),
    ],
)  # fmt: skip
def test_a_town_named_like_its_province_is_kept(resolver, nlp, text, actors, name, expected):
    found = _resolved(resolver, nlp, text, countries=frozenset(actors))
    assert found.get(name) is not None and found[name][1] == expected


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def test_the_victims_are_where_they_are_hit(pipeline):
    text = "Russian shelling killed ten people in Kherson."
    events = pipeline.code_text(text, published=date(2026, 3, 9))
    found = [(e.source.code, e.target.code, e.location.country) for e in events]
    assert found == [("RUSMIL", "UKRCVL", "UKR")]
