"""A country or place inside the name of a natural feature ("the Gulf of Oman", "Lake Chad",
"the Niger River") is no actor: a tanker seized in the Gulf of Oman was not seized from Oman
(#15). Sentences we wrote."""

from __future__ import annotations

import pytest
import spacy

from eventscope.nlp.feature_names import in_feature_name


def _codes(actors, nlp, text: str) -> list[str]:
    return [m.actor.code or "" for m in actors.find(nlp(text))]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iranian commandos seized a tanker in the Gulf of Oman.", "OMN"),
        ("Soldiers from Nigeria patrolled the shores of Lake Chad.", "TCD"),
        ("Militants attacked an oil platform in the Niger Delta on Monday.", "NER"),
        ("The navy escorted cargo ships through the Gulf of Mexico.", "MEX"),
        ("Climbers were rescued on Mount Kenya by the army.", "KEN"),
    ],
)
def test_a_country_inside_a_feature_name_is_no_actor(actors, nlp, text, country):
    assert not any(code.startswith(country) for code in _codes(actors, nlp, text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Oman said the gulf was calm.", "OMN"),  # "gulf" in lower case names no feature
        ("Chad sent troops across the lake.", "TCD"),
        ("Mexico and the United States signed a water treaty.", "MEX"),
    ],
)
def test_the_country_itself_stays_an_actor(actors, nlp, text, country):
    assert any(code.startswith(country) for code in _codes(actors, nlp, text))


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        ("a ship in the Sea of Azov", 6, 7, True),  # "Sea of" before the name
        ("the Lake Victoria shore", 2, 3, True),  # "Lake" before it
        ("along the Congo River banks", 2, 3, True),  # "River" after it
        ("along the Congo river banks", 2, 3, False),  # not capitalised: no feature name
        ("the sea of troubles in Oman", 5, 6, False),
        ("Oman", 0, 1, False),
    ],
)
def test_in_feature_name(text, start, end, inside):
    doc = spacy.blank("en")(text)
    assert in_feature_name(doc, start, end) is inside
