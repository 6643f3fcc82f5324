"""A person whose family name comes first ("Xi Jinping", "Kim Jong Un", "Wang Yi") is found
again by that first word ("Xi said"), as others are by their last ("Macron said")
(``actors/coref.FAMILY_NAME_FIRST`` and ``FAMILY_NAMES``, #15). "Xi" alone is China's leader
(``data/actors/people.csv``), but "XI" in capitals is a numeral (``actors/lexicon._case_ok``).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.pipeline import Pipeline

ON = date(2025, 6, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


LATER = [
    ("Kenya's president William Ruto met Chinese President Xi Jinping in Beijing on Tuesday. "
     "Xi pledged to support Kenya's development.", "CHNGOV", "KENGOV"),
    ("North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok. "
     "Kim invited Putin to visit Pyongyang.", "PRKGOV", "RUSGOV"),
    ("Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Munich. "
     "Wang urged Washington to stop arming Taiwan.", "CHNGOV", "USAGOV"),
    ("Chinese Premier Li Qiang visited Australia. Li met Prime Minister Anthony Albanese in "
     "Canberra.", "CHNGOV", "AUSGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), LATER)
def test_a_family_name_first_finds_the_person_again(pipeline, text, source, target):
    second = [(s, t) for s, t, _ in triples(pipeline, text, ON)][1:]
    assert (source, target) in second


def test_a_western_name_is_still_found_by_its_last_word(pipeline):
    text = "French President Emmanuel Macron visited Algeria. Macron met President Tebboune."
    assert ("FRAGOV", "DZAGOV", "040") in triples(pipeline, text, ON)


def test_a_given_name_alone_is_no_one(pipeline):
    text = "French President Emmanuel Macron visited Algeria. Emmanuel met the press."
    assert all(c != "040" for _, _, c in triples(pipeline, text, ON))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin said Putin and Xi had discussed trade by phone.", ("RUSGOV", "CHNGOV")),
        ("Xi visited Serbia and Hungary in May.", ("CHNGOV", "SRBGOV")),
    ],
)
def test_a_leader_known_by_one_name(pipeline, text, expected):
    assert expected in [(s, t) for s, t, _ in triples(pipeline, text, ON)]


def test_a_roman_numeral_is_no_leader(pipeline):
    text = "Pope Pius XI signed a treaty with Italy in 1929."
    assert all(not s.startswith("CHN") for s, _, _ in triples(pipeline, text, ON))
