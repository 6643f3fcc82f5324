"""Domestic targets: an agent named without a country acts in the source's own country."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import bare_mention

from eventscope.events import EventCoder, EventOptions
from eventscope.events.build import domestic_source, domestic_target

DOMESTIC = frozenset({"08", "09", "14", "17"})


@pytest.mark.parametrize(
    ("source", "target", "cameo", "expected"),
    [
        (
            bare_mention("KEN", "COP"),
            bare_mention(None, "GOV"),
            "111",
            "KENGOV",
        ),  # "the government"
        (
            bare_mention("BLR", "COP"),
            bare_mention(None, "MED"),
            "173",
            "BLRMED",
        ),  # "the journalist"
        (bare_mention("KEN", "COP"), None, "090", "KEN"),  # "opened an investigation"
        (bare_mention("SDN", "GOV"), None, "081", "SDN"),  # "lifted the curfew"
        (bare_mention("TUR", "GOV"), None, "036", None),  # not a domestic root: no target
        (bare_mention(None, "GOV"), bare_mention(None, "CVL"), "111", "CVL"),  # no country to give
        (
            bare_mention("FRA"),
            bare_mention(None, None, "IGOUNO"),
            "040",
            "IGOUNO",
        ),  # an IGO keeps its code
        (
            bare_mention("FRA"),
            bare_mention("DEU", "GOV"),
            "040",
            "DEUGOV",
        ),  # a country keeps its own
    ],
)
def test_domestic_target(source, target, cameo, expected):
    found = domestic_target(source, target, cameo, DOMESTIC)
    assert (found.actor.code if found is not None else None) == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            bare_mention(None, "EDU"),
            bare_mention("IDN", "GOV"),
            "IDNEDU",
        ),  # students vs the government
        (
            bare_mention(None, "GOV"),
            bare_mention("UGA", "OPP"),
            "UGAGOV",
        ),  # "the president" vs opposition
        (bare_mention("FRA", "GOV"), bare_mention("DEU", "GOV"), "FRAGOV"),  # has its own country
        (
            bare_mention(None, None, "NGOAMN"),
            bare_mention("SDN", "GOV"),
            "NGOAMN",
        ),  # an NGO keeps its code
        (bare_mention(None, "GOV"), bare_mention(None, "CVL"), "GOV"),  # no country to take
        (bare_mention(None, "GOV"), None, "GOV"),
    ],
)
def test_domestic_source(source, target, expected):
    assert domestic_source(source, target).actor.code == expected


def dyads(nlp, actors, events, text, coder=None):
    doc = nlp(text)
    found = (coder or events).find(doc, actors.find(doc))
    return {
        (e.source.actor.country if e.source else None, e.target.actor.country if e.target else None)
        for e in found
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Peruvian police arrested a prominent journalist in Lima on Monday.", ("PER", "PER")),
        ("Ghanaian police opened an inquiry into the fraud at the port.", ("GHA", "GHA")),
        ("The Chilean opposition leader criticised the government over prices.", ("CHL", "CHL")),
        ("Thousands of Romanians protested against the government on Sunday.", ("ROU", "ROU")),
        ("Striking teachers demanded higher pay from the Chilean government.", ("CHL", "CHL")),
    ],
)
def test_domestic_events_target_the_source_country(nlp, actors, events, text, dyad):
    assert dyad in dyads(nlp, actors, events, text)


def test_domestic_targets_can_be_switched_off(nlp, actors, events):
    text = "Peruvian police arrested a prominent journalist on Monday."
    off = EventCoder(events.book, EventOptions(domestic_targets=False))
    assert ("PER", "PER") not in dyads(nlp, actors, events, text, coder=off)


def test_no_domestic_guess_when_the_sentence_names_two_countries(nlp, actors, events):
    text = "The Danish government praised the president for his letter to Brazil."
    found = dyads(nlp, actors, events, text)
    assert ("DNK", "DNK") not in found


@pytest.mark.parametrize(
    ("text", "unwanted", "wanted"),
    [
        (
            "Indian and Pakistani troops exchanged fire on Monday, killing two Indian soldiers.",
            ("IND", "IND"),
            ("PAK", "IND"),
        ),
    ],
)
def test_compound_source_member_does_not_act_on_its_own_country(
    nlp, actors, events, text: str, unwanted: tuple[str, str], wanted: tuple[str, str]
) -> None:
    doc = nlp(text)
    dyads = {
        (e.source.actor.country, e.target.actor.country)
        for e in events.find(doc, actors.find(doc))
        if e.source and e.target
    }
    assert wanted in dyads
    assert unwanted not in dyads


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Malian army and Russian mercenaries killed dozens of civilians near Mopti.",
            {("MLIMIL", "MLICVL"), ("RUSUAF", "MLICVL")},
        ),
        (
            "Syrian troops and Iranian militias shelled refugees in Idlib.",
            {("SYRMIL", "SYRREF"), ("IRNUAF", "SYRREF")},
        ),
    ],
)
def test_allies_both_act_on_one_side_s_unarmed(pipeline, text: str, wanted) -> None:
    """Allies are no two sides of a fight: each acts on civilians or refugees, its own too."""
    events = pipeline.code_text(text, published=date(2025, 3, 4))
    dyads = {(e.source.code, e.target.code) for e in events if e.source and e.target}
    assert wanted <= dyads, dyads


def _codes(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None)
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the state's forces yield to their own country at large, not to a region's government
        ("Ethiopian troops withdrew from Tigray on Monday.", ("ETHMIL", "ETH")),
        ("The Ethiopian army pulled out of Tigray.", ("ETHMIL", "ETH")),
        ("Kenyan police lifted the curfew in Mombasa.", ("KENCOP", "KEN")),
        ("The Sudanese government lifted the curfew.", ("SDNGOV", "SDN")),
        # other domestic acts keep the state the story is about
        ("Kenyan police opened an investigation into the killing.", ("KENCOP", "KENGOV")),
    ],
)
def test_the_states_domestic_act_falls_on_its_country(nlp, actors, events, text, dyad):
    assert dyad in _codes(nlp, actors, events, text)
