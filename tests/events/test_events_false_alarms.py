"""False alarms of contentious and economic news (#15, branch protest11).

* The classifier's fill (and its last-resort guess) codes no event for a clause that only
  describes ("Kenya is the biggest buyer of Egyptian cotton") or gives a figure ("Kenyan cotton
  exports rose to 3,000 tonnes"): a stand-in model that is sure of an event makes the tests
  about the gate, not the shipped weights.
* A hazard fought or striking ("firefighters battled a blaze", "a storm struck the coast") is no
  clash or attack between actors (events/hazards.py).
* Blockading a road or an entrance obstructs passage (CAMEO 144), as blocking one does; a navy
  blockading a port still imposes a blockade (191).
"""

from __future__ import annotations

import pytest
from test_events_learned_fill import LOOSE_DOC, coder, stand_in
from test_events_support import dyads, mentions_for

from eventscope.events.clauses import a_description, a_statistic
from eventscope.events.hazards import against_hazard

CHANGE_VERBS = ("rise", "fall", "reach", "increase")


def last_resort(nlp, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = nlp(text)
    return dyads(coder(stand_in(3.0), **LOOSE_DOC).last_resort(doc, mentions_for(doc)))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is the biggest buyer of Egyptian cotton.",
        "Kenyan and Egyptian firms are members of the same trade association.",
        "Kenyan cotton exports to Egypt rose to 3,000 tonnes in March.",
        "Egyptian imports of Kenyan tea fell by 12 percent last year.",
        "Kenyan tea output will reach 13,000 tonnes this year, Egyptian traders said.",
        "Kenyan exports to Egypt rose sharply in May.",
        "Egyptian arms sales to Kenya increased last year.",
    ],
)
def test_a_description_or_a_figure_gets_no_guess(nlp, text):
    assert last_resort(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Egyptian officials gathered at the border.",
        "Kenya is ready to sign a trade deal with Egypt.",
        "Kenyan troops increased patrols along the Egyptian border.",
    ],
)
def test_an_act_still_gets_its_guess(nlp, text):
    assert last_resort(nlp, text) != set()


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Kenya is the biggest buyer of tea.", True),
        ("The market was weak in March.", True),
        ("Kenya is ready to sign the deal.", False),
        ("Both armies are guilty of violating the truce.", False),
        ("The problem is that Kenya refused.", False),
        ("Kenya signed the deal.", False),
    ],
)
def test_a_description_is_a_copula_that_frames_no_clause(nlp, text, described):
    assert a_description(nlp(text)[:].root) is described


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Cotton output rose to 3,000 tonnes.", True),
        ("Exports fell 12 percent in March.", True),
        ("Kenya increased its exports.", False),  # a named subject acts
        ("Exports rose sharply.", False),  # no figure
        ("Troops reached the border.", False),  # no change verb of ours with a figure
    ],
)
def test_a_figure_is_an_unnamed_quantity_changing_to_a_number(nlp, text, figure):
    assert a_statistic(nlp(text)[:].root, CHANGE_VERBS) is figure


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Exports rose sharply.", True),
        ("Indian imports from China fell last year.", True),
        ("Kenya increased its exports.", False),  # a named subject acts
        ("Troops reached the border.", False),  # no word for a quantity
        ("Protests grew across the country.", False),
    ],
)
def test_a_word_for_a_quantity_changing_is_a_trend(nlp, text, trend):
    """With ``quantity_nouns`` no figure is needed: a trend is a report, not an act."""
    quantities = ("export", "import", "sale")
    assert a_statistic(nlp(text)[:].root, CHANGE_VERBS, quantities) is trend


def conflict_codes(pipeline, text: str) -> list[str]:
    return [e.cameo for e in pipeline.code_text(text) if e.root >= "18"]


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters in Cape Town battled a blaze at two factories on Monday.",
        "Dozens of firemen fought the flames at the depot in Durban on Sunday.",
        "The blackout that struck Pretoria on Tuesday cut power to thousands of homes.",
    ],
)
def test_a_hazard_fought_or_striking_is_no_clash(pipeline, text):
    assert conflict_codes(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("Firefighters battled a blaze.", True),
        ("The storm that hit the town killed two.", True),
        ("Police fought against the flames.", True),
        ("Rebels battled troops near the town.", False),
        ("Gunmen struck the village.", False),
    ],
)
def test_against_hazard_reads_who_is_fought_or_strikes(nlp, text, hazard):
    doc = nlp(text)
    triggers = [t for t in doc if t.lemma_ in ("battle", "hit", "fight", "strike")]
    assert any(against_hazard(t) for t in triggers) is hazard


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Students blockaded the entrance of the university in Johannesburg on Monday.", "144"),
        ("Angry residents blockaded the main road into Polokwane on Friday.", "144"),
        ("Farmers in Kenya blockaded the highway to Nairobi with tractors on Monday.", "144"),
        ("The Saudi navy blockaded the port of Hodeidah on Monday.", "191"),
    ],
)
def test_a_blockaded_road_is_an_obstruction(pipeline, text, code):
    assert code in {e.cameo for e in pipeline.code_text(text)}
