"""A name two states share ("Congo", "Punjab", "Kashmir") is the state whose places the story
names.

(``actors/shared_names.py``; sentences we wrote.)
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.shared_names import shared_name, with_shared_names
from eventscope.models import Actor, ActorMention, Place, PlaceMention
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congo's army clashed with ADF rebels near Beni.", "CODMIL"),
        ("Soldiers in Congo killed five civilians in Ituri province.", "CODMIL"),
        ("Congo accused Rwanda of backing rebels in North Kivu.", "CODGOV"),
        # the other Congo's places keep the other Congo
        ("Police in Brazzaville, Congo, arrested opposition activists.", "COGCOP"),
        ("Congo's president met the French foreign minister in Pointe-Noire.", "COGGOV"),
        # no place of either Congo: the dictionary's reading stays (a story of the 1980s)
        ("Pakistan threatened to cut ties with Congo and Costa Rica.", "COG"),
    ],
)
def test_congo_is_the_congo_of_the_story(pipeline: Pipeline, text: str, code: str):
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    codes = {a.code for e in events for a in (e.source, e.target) if a is not None}
    assert any(c.startswith(code) for c in codes), codes


def _mention(text: str, country: str, code: str) -> ActorMention:
    actor = Actor(text=text, start=0, end=len(text), country=country, sector="MIL", code=code)
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


def _place(text: str, country: str) -> PlaceMention:
    return PlaceMention(text, 30, 30 + len(text), Place(name=text, country=country, lat=0, lon=0))


@pytest.mark.parametrize(
    ("text", "places", "code"),
    [
        ("Congo's army", [_place("Goma", "COD")], "CODMIL"),
        ("Congo's army", [_place("Congo", "COD")], "COGMIL"),  # the name itself decides nothing
        ("Congo's army", [_place("Goma", "COD"), _place("Dolisie", "COG")], "COGMIL"),
        ("the Republic of Congo's army", [_place("Goma", "COD")], "COGMIL"),  # qualified
    ],
)
def test_with_shared_names(text: str, places: list[PlaceMention], code: str):
    (mention,) = with_shared_names([_mention(text, "COG", "COGMIL")], places)
    assert mention.actor.code == code


def test_shared_name():
    assert shared_name(_mention("Congo-Kinshasa's army", "COD", "CODMIL")) is False
    assert shared_name(_mention("Congolese troops", "COD", "CODMIL")) is False
    assert shared_name(_mention("troops in Congo", "COG", "COGMIL")) is True


@pytest.mark.parametrize(
    ("text", "places", "code"),
    [
        ("Punjab forces", [_place("Amritsar", "IND")], "INDMIL"),
        ("Punjab forces", [_place("Lahore", "PAK")], "PAKMIL"),
        ("Punjab forces", [], "PAKMIL"),  # no place: the dictionary's province
        ("Indian Punjab forces", [_place("Lahore", "PAK")], "PAKMIL"),  # qualified: left alone
    ],
)
def test_a_region_two_states_share_is_the_storys(text, places, code):
    (mention,) = with_shared_names([_mention(text, "PAK", "PAKMIL")], places)
    assert mention.actor.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Punjab police arrested ten farmers in Amritsar on Monday.", "INDCOP"),
        ("Punjab police arrested ten protesters in Lahore on Monday.", "PAKCOP"),
        (
            "Members of the teachers' union, Punjab, staged a protest in Ludhiana city (Punjab) "
            "demanding higher pay.",
            "IND",
        ),
    ],
)
def test_punjab_is_the_punjab_of_the_story(pipeline: Pipeline, text: str, code: str):
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    codes = {a.code for e in events for a in (e.source, e.target) if a is not None}
    assert any(c.startswith(code) for c in codes), codes
    other = "PAK" if code.startswith("IND") else "IND"
    assert not any(c.startswith(other) for c in codes), codes
