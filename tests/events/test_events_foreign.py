"""A court or police acting on another country's journalist, official or scholar is a
relation between states (CAMEO 17), also in a story with the words of court news; foreign
civilians and criminals in crime news stay uncoded (``events/foreign.py``, #15). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2025, 6, 11)

POLITICAL = [
    ("A court in Moscow on Wednesday sentenced a US journalist to 16 years in prison on "
     "spying charges that he denies.", "RUSJUD", "USAMED"),
    ("An Iranian court sentenced a French academic to five years in prison on charges of "
     "espionage, her lawyer said.", "IRNJUD", "FRAEDU"),
    ("Chinese police arrested a Japanese academic on charges of spying, and a court "
     "will try him next month.", "CHNCOP", "JPNEDU"),
]  # fmt: skip

ORDINARY = [
    "Police arrested two Zimbabwean nationals on charges of robbery, and the suspects will "
    "appear in court on Monday.",
    "A court sentenced a man to 20 years for the murder of his wife after a trial that lasted "
    "a month.",
    "Police in Italy arrested a suspected people smuggler over the drowning of migrants off "
    "the coast of Greece; he will appear in court on charges of manslaughter.",
    "Police seized counterfeit trainers and watches labelled with American brands in a raid, "
    "and two suspects were charged with fraud.",
]


@pytest.mark.parametrize(("text", "source", "target"), POLITICAL)
def test_a_states_act_on_a_foreign_public_figure_is_coded(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert any(s == source and t == target and c[:2] == "17" for s, t, c in found), found


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_crime_news_stays_uncoded(pipeline, text):
    found = triples(pipeline, text, ON)
    assert not [c for *_, c in found if c[:2] in ("17", "18", "19")], found
