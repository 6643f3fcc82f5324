"""A company's workers and customers belong where they are, not to the company's country.

(``actors/draft_maker.py`` ``firm_people``; sentences we wrote.)
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.draft_maker import firm_people
from eventscope.actors.lexicon import Entry
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


UBER = Entry("org", country="USA", sector="BUS", code="USABUS", name="Uber")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("On 3 March 2021, Uber drivers protested in Nairobi over falling fares.", "KENLAB"),
        ("Amazon warehouse workers went on strike in Madrid on Monday.", "ESPLAB"),
        ("Workers of Amazon protested outside the depot in Leipzig.", "DEULAB"),
        ("Uber drivers blocked a road in San Francisco to demand higher fares.", "USALAB"),
    ],
)
def test_firm_workers_take_the_place(pipeline: Pipeline, text: str, code: str):
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    sources = {e.source.code for e in events if e.source}
    assert code in sources, sources


@pytest.mark.parametrize(
    ("role", "modifier", "expected"),
    [
        (Entry("agent", sector="LAB"), UBER, True),  # drivers, workers
        (Entry("agent", sector="CVL"), UBER, True),  # passengers, customers
        (Entry("agent", sector="BUS", person=True), UBER, False),  # its executives
        (Entry("agent", sector="ELI", person=True), UBER, False),
        # an IGO's or a state's staff keep its code and country
        (Entry("agent", sector="LAB"), Entry("org", code="IGOUNO", sector="IGO"), False),
        (Entry("agent", sector="LAB"), Entry("country", country="KEN"), False),
    ],
)
def test_firm_people(role: Entry, modifier: Entry, expected: bool):
    assert firm_people(role, modifier) is expected
