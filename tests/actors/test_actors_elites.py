"""A person the people dictionary names but who holds no office on the story's day is one of
the country's elites (CAMEO ELI, "former government officials, celebrities"), not its
government (``actors/elites.py``, #15); private security guards are a firm's agents (BUS).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.actors.elites import with_elite_people
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


CODED = [
    # out of office on the story's day: an elite
    ("A Pakistani court sentenced Imran Khan to 14 years in prison.", date(2026, 3, 10),
     "PAKJUD", "PAKELI"),
    ("Imran Khan met the Chinese ambassador in Islamabad.", date(2026, 3, 10),
     "PAKELI", "CHNGOV"),
    # in office on the story's day: the government
    ("Imran Khan met the Chinese ambassador in Islamabad.", date(2020, 3, 10),
     "PAKGOV", "CHNGOV"),
    # a country named alone is still its state
    ("Morocco cut ties with Iran.", date(2026, 3, 10), "MARGOV", "IRNGOV"),
    # private guards
    ("Security guards shot dead a striking miner in South Africa.", date(2026, 3, 10),
     "ZAFBUS", "ZAFLAB"),
    ("Gunmen killed a security guard at a bank in Karachi.", date(2026, 3, 10),
     "PAKUAF", "PAKBUS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "source", "target"), CODED)
def test_the_sector_of_a_named_person_follows_the_office_held(
    pipeline, text, published, source, target
):
    found = triples(pipeline, text, published)
    assert any(s == source and t == target for s, t, _ in found), found


def test_with_no_day_nothing_changes():
    assert with_elite_people([], None) == []
