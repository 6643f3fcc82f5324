"""Publishers, editors, columnists and broadcasters are the media (MED), as journalists are
(``data/actors/generic.agents.txt``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.pipeline import Pipeline

ON = date(2025, 6, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A Chinese court jailed a Taiwanese publisher for nine years.", "TWNMED"),
        ("Police in Hong Kong arrested the editor of a pro-democracy newspaper.", "HKGMED"),
        ("Russia banned the German broadcaster Deutsche Welle.", "DEUMED"),
        ("Police detained a Turkish columnist over a social media post.", "TURMED"),
    ],
)
def test_people_of_the_press_are_the_media(pipeline, text, target):
    assert target in [t for _, t, _ in triples(pipeline, text, ON)]
