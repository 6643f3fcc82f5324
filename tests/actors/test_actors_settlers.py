"""Settlers of an occupied land are the settling state's nationals (actors/settlers.py): a role
that takes its country from the context keeps the place's country unless it names settlers in
an occupied land. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.settlers import SETTLED_LANDS, settling_state, with_country
from eventscope.models import Actor, ActorMention
from eventscope.pipeline import Pipeline

ON = date(2021, 6, 5)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _dyads(pipeline, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.code_text(text, published=ON)
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None) for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, settlers attacked a Palestinian village near Nablus, injuring two men.",
        "On Thursday, dozens of settlers attacked Palestinian homes in Hebron.",
        "On Thursday, settlers set fire to Palestinian cars in a village near Ramallah.",
        "On Thursday, masked settlers beat two shepherds near Jericho.",
    ],
)
def test_settlers_in_the_west_bank_are_israeli(pipeline, text):
    found = _dyads(pipeline, text)
    assert "ISRCVL" in {source for source, _ in found}, found
    assert all(source != target for source, target in found), found  # no self-dyad


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # settlers elsewhere keep their place's country
        ("On Thursday, settlers clashed with loggers in Para state, Brazil.", "BRA"),
        ("On Thursday, settlers protested against evictions near Nakuru in Kenya.", "KEN"),
        # other roles in the West Bank keep the place's country
        ("On Thursday, farmers protested against the wall near Nablus.", "PSE"),
    ],
)
def test_no_settling_state_for_others(pipeline, text, code):
    events = pipeline.code_text(text, published=ON)
    sources = {e.source.country for e in events if e.source}
    assert code in sources, sources


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("settlers", "PSE", "ISR"),
        ("armed settlers", "PSE", "ISR"),
        ("Settlers", "ESH", "MAR"),
        ("settlers", "BRA", "BRA"),  # no occupied land
        ("villagers", "PSE", "PSE"),  # no settlers
        ("settlement guards", "PSE", "PSE"),  # not the word "settlers"
    ],
)
def test_settling_state(text, country, expected):
    assert settling_state(text, country) == expected


def test_with_country_codes_country_and_sector():
    actor = Actor("settlers", 0, 8, None, "CVL", "CVL")
    mention = with_country(ActorMention(actor, 0, 1, 0), "PSE", "place")
    assert (mention.actor.country, mention.actor.code, mention.actor.resolution) == (
        "ISR",
        "ISRCVL",
        "place",
    )
    police = with_country(
        ActorMention(Actor("police", 0, 6, None, "COP", "COP"), 0, 1, 0), "PSE", "article"
    )
    assert police.actor.code == "PSECOP"


def test_no_land_settles_itself():
    assert all(land != state for land, state in SETTLED_LANDS.items())
