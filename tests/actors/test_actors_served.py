"""The state a person is charged with serving ("spying for Israel") gives the people charged
no country and is no place of the story (``actors/served.py``, #15). Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.served import served_in_charge
from eventscope.pipeline import Pipeline

PUBLISHED = date(2025, 9, 12)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _targets(pipeline: Pipeline, text: str, root: str) -> set[str]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {e.target.code for e in events if e.target and e.cameo[:2] == root}


@pytest.mark.parametrize(
    ("text", "root", "code"),
    [
        ("An Iranian court sentenced two men to death for spying for Israel.", "17", "IRNCVL"),
        ("Russian police arrested a woman on suspicion of spying for Ukraine.", "17", "RUSCVL"),
        ("A Russian court charged a journalist with spying for the United States.", "11", "RUSMED"),
        ("Hamas executed three men accused of collaborating with Israel.", "18", "PSECVL"),
        (
            "Ukraine detained a priest suspected of working for Russian intelligence.",
            "17",
            "UKRREL",
        ),
        ("China jailed a businessman for spying for Taiwan.", "17", "CHNBUS"),
        ("Belarus arrested two men for spying for Poland and Lithuania.", "17", "BLRCVL"),
        ("Iran executed a man convicted of spying for Israel.", "18", "IRNCVL"),
        ("Egyptian police detained a student accused of informing for Qatar.", "17", "EGYEDU"),
    ],
)
def test_the_people_charged_are_not_of_the_state_served(
    pipeline: Pipeline, text: str, root: str, code: str
) -> None:
    assert code in _targets(pipeline, text, root)


@pytest.mark.parametrize(
    ("text", "word", "served"),
    [
        ("Police arrested a man for spying for Israel.", "Israel", True),
        ("A court convicted a man of spying for Israel.", "Israel", True),
        ("Two men were accused of collaborating with Israel.", "Israel", True),
        ("Police held a priest suspected of working for Russia.", "Russia", True),
        ("Police arrested a man for spying for Israel and Britain.", "Britain", True),
        # the sentence's own act, not a charge: a party
        ("Germany is working with France on a new plan.", "France", False),
        ("Germany is working for peace with France.", "France", False),
        ("Japan stressed the importance of working with China.", "China", False),
        ("The minister thanked Turkey for its help.", "Turkey", False),
        ("Kenya arrested a man for fighting for Somalia.", "Somalia", False),
    ],
)
def test_only_the_state_a_charge_names_is_served(nlp, text: str, word: str, served: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert served_in_charge(token) is served
