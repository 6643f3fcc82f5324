"""Actors below the state: a group located by a town that has namesakes ("gunmen in Tripoli"),
"-led coalition" forces, the "IS" abbreviation.

Sentences are our own. The namesake cases run the whole pipeline (the places stage decides which
Tripoli it is, :mod:`eventscope.places.coherence`); the others the actor stage alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.context import anchor_countries, needs_place, with_context_countries
from eventscope.models import Actor, ActorMention, Place, PlaceMention
from eventscope.pipeline import Pipeline

ON = date(2020, 5, 9)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def codes_of(pipeline: Pipeline, text: str) -> dict[str, str]:
    events = pipeline.code_text(text, published=ON)
    return {a.text: a.code for e in events for a in (e.source, e.target) if a is not None}


# -- a town's namesake in the country of the other actors ---------------------------------------
@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        # Lebanese actors: Lebanon's Tripoli, not Libya's capital
        ("Lebanese soldiers clashed with gunmen in Tripoli on Saturday.", "gunmen in Tripoli",
         "LBNUAF"),
        ("Gunmen in Tripoli fired at Lebanese army troops, killing two.", "Gunmen in Tripoli",
         "LBNUAF"),
        # a context country in another sentence makes the namesake plausible too
        ("Clashes spread in northern Lebanon. Gunmen in Tripoli attacked an army checkpoint.",
         "Gunmen in Tripoli", "LBNUAF"),
        # any town with namesakes abroad: the one in the other actors' country
        ("Spanish police clashed with protesters in Valencia.", "protesters in Valencia",
         "ESPOPP"),
        ("Venezuelan soldiers clashed with gunmen in Valencia.", "gunmen in Valencia",
         "VENUAF"),
        ("Indian police arrested protesters in Hyderabad.", "protesters in Hyderabad",
         "INDOPP"),
        # a person's office in the town too
        ("The mayor of Tripoli met Lebanese army commanders.", "The mayor of Tripoli",
         "LBNGOV"),
        # the dateline's country: the namesake the places stage put there
        ("NEW DELHI (Reuters) - Police detained protesters in Hyderabad on Monday.",
         "protesters in Hyderabad", "INDOPP"),
        # Libyan actors, or none: the capital of Libya
        ("Gunmen in Tripoli attacked a checkpoint of the Libyan army.", "Gunmen in Tripoli",
         "LBYUAF"),
        ("Gunmen in Tripoli attacked a checkpoint on Sunday.", "Gunmen in Tripoli", "LBYUAF"),
    ],
)  # fmt: skip
def test_a_located_group_takes_the_namesake_in_an_actors_country(pipeline, text, group, code):
    assert codes_of(pipeline, text)[group] == code


def test_the_event_place_follows_the_same_namesake(pipeline):
    (event,) = pipeline.code_text("Lebanese soldiers clashed with gunmen in Tripoli.", published=ON)
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Tripoli", "LBN")


TEXT = "Lebanese soldiers clashed with gunmen in Tripoli."


def _mention(phrase: str, country: str, sector: str, why: str) -> ActorMention:
    start = TEXT.index(phrase)
    actor = Actor(text=phrase, start=start, end=start + len(phrase), country=country,
                  sector=sector, code=country + sector, resolution=why)  # type: ignore[arg-type]  # fmt: skip
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


def _tripoli(country: str, score: float = 1.0) -> PlaceMention:
    start = TEXT.index("Tripoli")
    place = Place(name="Tripoli", country=country, score=score)
    return PlaceMention(text="Tripoli", start=start, end=start + 7, place=place, sent_index=0)


def test_a_towns_own_reading_anchors_no_country():
    soldiers = _mention("Lebanese soldiers", "LBN", "MIL", "modifier")
    gunmen = _mention("gunmen in Tripoli", "LBY", "UAF", "located")
    assert anchor_countries([soldiers, gunmen]) == {"LBN"}
    assert anchor_countries([gunmen]) == {"LBY"}
    assert needs_place(gunmen) and not needs_place(soldiers)


@pytest.mark.parametrize(("resolved", "code"), [("LBN", "LBNUAF"), ("LBY", "LBYUAF")])
def test_a_located_group_follows_the_places_stage_into_an_actors_country(nlp, resolved, code):
    soldiers = _mention("Lebanese soldiers", "LBN", "MIL", "modifier")
    gunmen = _mention("gunmen in Tripoli", "LBY", "UAF", "located")
    filled = with_context_countries(nlp(TEXT), [soldiers, gunmen], [_tripoli(resolved)])
    assert (filled[1].actor.code, filled[1].actor.resolution) == (code, "located")


@pytest.mark.parametrize(("score", "code"), [(0.3, "LBYUAF"), (0.95, "USAUAF")])
def test_a_town_put_in_no_actors_country_moves_the_group_only_when_sure(nlp, score, code):
    # A doubtful namesake moves no group; a sure one (its container said which: "Paris,
    # Texas") does.
    gunmen = _mention("gunmen in Tripoli", "LBY", "UAF", "located")
    filled = with_context_countries(nlp(TEXT), [gunmen], [_tripoli("USA", score)])
    assert filled[0].actor.code == code


# -- "-led coalition" forces, the IS abbreviation -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Saudi-led coalition airstrikes hit a market in Saada.", "Saudi-led coalition",
         "SAUMIL"),
        ("US-led coalition forces withdrew from the base.", "US-led coalition forces",
         "USAMIL"),
        ("IS militants attacked an army post near Kirkuk.", "IS militants", "IMGMOSISI"),
    ],
)  # fmt: skip
def test_coalitions_and_group_abbreviations(actors, nlp, text, phrase, code):
    found = {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}
    assert found[phrase] == code


def test_is_in_capitals_is_no_group_in_lower_case_text(actors, nlp):
    doc = nlp("The minister said it is ready to talk to the rebels.")
    assert not [m for m in actors.find(doc, on=ON) if m.actor.code.startswith("IMG")]
