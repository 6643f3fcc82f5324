"""A naming verb that labels someone's act a provocation, an act of aggression or a crime
denounces its author (CAMEO 111: "criticize or denounce ... defame, denigrate responsible
parties"; :mod:`eventscope.events.labels`), and support voiced for someone endorses them (051,
the "support" noun under the cue verbs of ``frames.toml``). All sentences are written for
these tests.
"""

from __future__ import annotations

import pytest
from test_events_support import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia called the new US sanctions a hostile act.", {("RUS", "USA", "111")}),
        ("China described Japan's decision as a provocation.", {("CHN", "JPN", "111")}),
        ("Iran called the Israeli strike an act of terrorism.", {("IRN", "ISR", "111")}),
        ("Ukraine described the Russian attack on the dam as an act of genocide.",
         {("UKR", "RUS", "111")}),
        ("Armenia called Azerbaijan's blockade a violation of the ceasefire.",
         {("ARM", "AZE", "111")}),
        ("Greece described the Turkish survey as an illegal act.", {("GRC", "TUR", "111")}),
        # a label of no one's act, or a label that is no reproach: no event
        ("The ministry described the incident as a provocation.", set()),
        ("The minister called the talks a success.", set()),
    ],
)  # fmt: skip
def test_pejorative_label_of_an_act_denounces_its_author(nlp, actors, events, text, expected):
    doc = nlp(text)
    assert dyads(events.find(doc, actors.find(doc))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support voiced, expressed or reiterated for someone endorses them (CAMEO 051)
        ("Germany voiced support for Georgia's bid to join the bloc.", ("DEU", "GEO", "051")),
        ("Washington reiterated its support for the Philippines.", ("USA", "PHL", "051")),
        ("India expressed support for Bhutan in its border talks.", ("IND", "BTN", "051")),
    ],
)  # fmt: skip
def test_support_voiced_for_someone_endorses_them(nlp, actors, events, text, expected):
    doc = nlp(text)
    assert expected in dyads(events.find(doc, actors.find(doc)))
