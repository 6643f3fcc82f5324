"""Exchanges of fire, extraditions, others' answers to an act, a state's strikes and protests a
cause set off (#15). Texts written for these tests.

* "X and Y exchanged fire": each side's forces fire (``build._state_target``, ``mutual``).
* "extradited X to Y": CAMEO 063 aimed at the country the person goes to (the codebook's
  note to 0213).
* "..., drawing condemnation from Belgrade": the answer is news of its own
  (``embedded._reaction``), the capital after the reaction's "from" answers for its state
  (``actors.rules.is_locative``) and is no place (``places.party``).
* "the Russian strikes": a state's strikes are military (``events/state_strikes.py``).
* "the vote sparked protests in Dakar": the protests happened (``cause_verbs`` of
  ``data/events/contentious.toml``); no one who answers is the target of another act of the
  sentence (``events/answerers.py``).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.events.answerers import without_answerers
from eventscope.events.state_strikes import military_strike_code

ON = date(2026, 3, 10)

MUTUAL_FIRE = [
    ("India and Pakistan exchanged fire across the Line of Control.", "INDMIL", "PAKMIL"),
    ("Thailand and Cambodia traded fire along the border on Monday.", "THAMIL", "KHMMIL"),
    ("Armenia and Azerbaijan exchanged gunfire overnight.", "ARMMIL", "AZEMIL"),
    ("Iran and Pakistan exchanged missile strikes on each other's territory.", "IRNMIL", "PAKMIL"),
    ("India and Pakistan exchanged artillery barrages in Kashmir.", "INDMIL", "PAKMIL"),
    ("Israel and Hezbollah traded rocket attacks across the border.", "ISRMIL", "LBNREBHZB"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "one", "other"), MUTUAL_FIRE)
def test_both_sides_of_an_exchange_of_fire_are_forces(pipeline, text, one, other):
    pairs = {(s, t) for s, t, c in triples(pipeline, text, ON) if c[:2] == "19"}
    assert {(one, other), (other, one)} <= pairs, pairs


def test_an_exchange_of_views_keeps_the_governments(pipeline):
    text = "India and Pakistan exchanged views on the water treaty."
    assert ("INDGOV", "PAKGOV", "040") in triples(pipeline, text, ON)


EXTRADITIONS = [
    ("Spain extradited a Russian businessman to the United States.", "ESPGOV", "USAGOV"),
    ("Mexico extradited a cartel leader to the United States on Friday.", "MEXGOV", "USAGOV"),
    ("Britain extradited the suspect to France on Tuesday.", "GBRGOV", "FRAGOV"),
    ("Thailand extradited him to China.", "THAGOV", "CHNGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), EXTRADITIONS)
def test_an_extradition_is_aimed_at_the_receiving_country(pipeline, text, source, target):
    assert (source, target, "063") in triples(pipeline, text, ON)


REACTIONS = [
    ("Kosovo police arrested a Serbian police officer near the border, drawing condemnation "
     "from Belgrade.", "SRBGOV", "XKXCOP"),
    ("Kosovo police arrested a Serbian police officer, drawing condemnation from Serbia.",
     "SRBGOV", "XKXCOP"),
    ("Israel's raid drew sharp criticism from Jordan.", "JORGOV", "ISRGOV"),
    ("The Ukrainian drone strikes on Russian refineries drew criticism from Washington.",
     "USAGOV", "UKRMIL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), REACTIONS)
def test_an_answer_drawn_from_a_capital_is_its_state_criticising(pipeline, text, source, target):
    assert (source, target, "111") in triples(pipeline, text, ON)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian strikes drew a rebuke from Washington.",
        "The vote drew praise from Washington and Brussels.",
        "Kosovo police arrested a Serbian police officer, drawing condemnation from Belgrade.",
    ],
)
def test_who_answers_from_a_capital_is_no_place(pipeline, text):
    events = pipeline.code_text(text, published=ON)
    assert events
    assert all(e.location is None for e in events), [e.location for e in events]


def test_a_reaction_to_an_unnamed_author_names_no_target(pipeline):
    text = "The vote drew praise from Washington and Brussels."
    found = triples(pipeline, text, ON)
    assert {("USAGOV", "-", "051"), ("BELGOV", "-", "051")} <= set(found), found


def test_a_place_one_comes_from_stays_a_place(pipeline):
    text = "Refugees arrived from Kabul."
    assert all(not s.startswith("AFGGOV") for s, _, _ in triples(pipeline, text, ON))


STRIKES = [
    ("The Russian strikes drew a rebuke from Washington.", "RUSMIL", "190"),
    ("The Ukrainian drone strikes on Russian refineries drew criticism from Washington.",
     "UKRMIL", "195"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cameo"), STRIKES)
def test_a_states_strikes_are_military(pipeline, text, source, cameo):
    assert (source, cameo) in [(s, c) for s, _, c in triples(pipeline, text, ON)]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers' strikes closed schools across Kenya.",
        "Nigerian doctors began a strike on Monday.",
        "A French rail strike disrupted travel on Monday.",
        "Workers at the Korean carmaker began a strike over pay.",
    ],
)
def test_a_labour_strike_stays_a_labour_strike(pipeline, text):
    found = triples(pipeline, text, ON)
    assert any(c == "143" for _, _, c in found) and all(c[:2] != "19" for _, _, c in found), found


def test_no_strike_no_code():
    assert military_strike_code(None, []) is None


SET_OFF = [
    ("Senegal's president postponed the election, sparking protests in Dakar.", "SENOPP"),
    ("The vote sparked protests in Dakar.", "SENOPP"),
    ("The price hike triggered demonstrations in Nairobi.", "KENOPP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), SET_OFF)
def test_protests_a_cause_set_off_happened(pipeline, text, source):
    assert any(s == source and c[:2] == "14" for s, _, c in triples(pipeline, text, ON))


@pytest.mark.parametrize(
    "text",
    [
        "The price rise sparked fears of protests in Dakar.",
        "The decision prompted calls for protests in Nairobi.",
    ],
)
def test_feared_or_called_protests_did_not_happen(pipeline, text):
    assert all(c[:2] != "14" for _, _, c in triples(pipeline, text, ON))


def test_an_answer_is_not_the_target_of_the_act_it_answers(pipeline):
    text = "Ghana's parliament passed a law on Tuesday, drawing criticism from the United States."
    found = triples(pipeline, text, ON)
    assert ("USAGOV", "GHALEG", "111") in found
    assert all(t != "USAGOV" for _, t, _ in found), found


def test_without_a_doc_every_mention_is_kept():
    assert without_answerers(None, []) == []
