"""Diplomatic protests, recalled envoys, retaliation by measures and answers in kind (#15).
Texts written for these tests; the codes follow the CAMEO codebook.

* Summoning a chargé d'affaires is a formal protest (114) as summoning an ambassador is;
  recalling or withdrawing a high commissioner or a chargé cuts relations (161).
* A state that "protested" an act and asked for something made its own appeal (0253 "appeal
  for release"), no demonstration's demand (``events/voiced.py``, ``state_protest.complains``).
* "Retaliated with sanctions / tariffs" is the measure (163), not an act of war (190).
* Ending, revoking or scrapping a deal with a state reduces relations (160).
* "Responded by imposing tariffs" names the act done (``events/means.py``), as "retaliated
  by" does.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)

CODED = [
    ("Poland summoned the Belarusian charge d'affaires on Tuesday.", "POLGOV", "BLRGOV", "114"),
    ("Ghana recalled its high commissioner to Nigeria after a dispute over traders.",
     "GHAGOV", "NGAGOV", "161"),
    ("Rwanda recalled its charge d'affaires from Kinshasa.", "RWAGOV", "CODGOV", "161"),
    ("India withdrew its high commissioner from Ottawa.", "INDGOV", "CANGOV", "161"),
    ("India protested the arrest and asked Colombo to release the fishermen.",
     "INDGOV", "LKAGOV", "0253"),
    ("India protested the arrest and asked Colombo to release the fishermen.",
     "INDGOV", "LKAGOV", "114"),
    ("China retaliated with sanctions on US defence firms.", "CHNGOV", "USABUS", "163"),
    ("Canada retaliated with tariffs on American steel.", "CANGOV", "USAGOV", "163"),
    ("Russia retaliated against Estonia with a ban on its goods.", "RUSGOV", "ESTGOV", "163"),
    ("Niger's junta revoked a military cooperation deal with the United States.",
     "NERGOV", "USAGOV", "160"),
    ("Chad scrapped its defence deal with France.", "TCDGOV", "FRAGOV", "160"),
    ("China responded by imposing tariffs on Australian wine.", "CHNGOV", "AUSGOV", "163"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "code"), CODED)
def test_coded_by_the_codebook(pipeline, text, source, target, code):
    found = triples(pipeline, text, ON)
    assert (source, target, code) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "India protested the arrest and asked Colombo to release the fishermen.",
        "Vietnam protested China's deployment of an oil rig and demanded its withdrawal.",
    ],
)
def test_a_states_protest_voices_no_demonstration(pipeline, text):
    found = triples(pipeline, text, ON)
    assert not any(code.startswith("14") for _, _, code in found), found


@pytest.mark.parametrize(
    "text",
    [
        "China retaliated with sanctions on US defence firms.",
        "China responded by imposing tariffs on Australian wine.",
    ],
)
def test_a_measure_taken_in_answer_is_no_act_of_war(pipeline, text):
    found = triples(pipeline, text, ON)
    assert not any(code.startswith("19") for _, _, code in found), found


def test_a_threat_to_retaliate_with_tariffs_stays_a_threat(pipeline):
    text = "The EU said it would retaliate with tariffs if Washington went ahead."
    assert [code for _, _, code in triples(pipeline, text, ON)] == ["131"]
