"""A party's workers and youths are the party: "BJP workers", "workers of the Awami League".

(``actors/draft_maker.py`` ``party_people``; sentences we wrote.) A company's workers stay
labour in the country they are in (``test_actors_firm_people.py``).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.draft_maker import party_people
from eventscope.actors.lexicon import Entry
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("On Monday, BJP workers staged a protest outside the district office in Patna.",
         "INDPTYBJP"),
        ("On Monday, several workers of the BJP staged a sit-in in Siliguri.", "INDPTYBJP"),
        ("On Friday, Awami League workers attacked a rally in Chittagong.", "BGDPTYAWL"),
        ("On Tuesday, hundreds of workers of the Pakistan Peoples Party marched in Karachi.",
         "PAKPTYPPP"),
        ("On Saturday, ODM youths clashed with police in Kisumu.", "KENPTYODM"),
        ("On Thursday, Trinamool Congress workers attacked a BJP office in Kolkata.",
         "INDPTYTMC"),
        ("On Friday, workers of the All Progressives Congress protested in Abuja.", "NGAPTYAPC"),
        # a company's or a trade's workers are labour where they are
        ("On Monday, Uber drivers protested in Nairobi over fares.", "KENLAB"),
        ("On Monday, workers at a textile factory protested in Dhaka over unpaid wages.",
         "BGDLAB"),
        ("On Monday, dock workers went on strike in Durban.", "ZAFLAB"),
    ],
)  # fmt: skip
def test_party_workers_are_the_party(pipeline: Pipeline, text: str, code: str):
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    sources = {e.source.code for e in events if e.source}
    assert code in sources, sources


BJP = Entry("org", country="IND", sector="PTY", code="INDPTYBJP", name="BJP")


@pytest.mark.parametrize(
    ("role", "modifier", "expected"),
    [
        (Entry("agent", sector="LAB"), BJP, True),  # workers
        (Entry("agent", sector="CVL"), BJP, True),  # youths
        # a company's workers, a union's, a state's: not a party's members
        (Entry("agent", sector="LAB"), Entry("org", country="USA", sector="BUS"), False),
        (Entry("agent", sector="LAB"), Entry("org", country="ZAF", sector="LAB"), False),
        (Entry("agent", sector="LAB"), Entry("country", country="KEN"), False),
        # a party that rules a one-party state is coded GOV: its workers are left alone
        (Entry("agent", sector="LAB"), Entry("org", country="CHN", sector="GOV"), False),
        # its soldiers or police are not its members
        (Entry("agent", sector="MIL"), BJP, False),
    ],
)
def test_party_people(role: Entry, modifier: Entry, expected: bool):
    assert party_people(role, modifier) is expected
