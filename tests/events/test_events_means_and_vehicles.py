"""Answers told by their means, gerunds of time, vehicles that carried the people acted on, and
reactions that name no one who reacts (#15). Texts written for these tests.

* "China retaliated by imposing tariffs": the means is coded (163), not a bare retaliation
  (``events/means.py``); a gerund after "after", "before", "while", "upon" or "since" is the
  clause subject's act ("After meeting Putin, Orban said"; ``means.subjects_gerund``). The
  gerund of "by" under other verbs ("reacted by arresting") is not coded.
* "struck a car carrying three militants": the militants are the target
  (``events/conveyed.py``).
* "Israel's raid drew condemnation": who condemns is not named, so no one condemns
  (``nominal._drawn``).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.events.conveyed import carried
from eventscope.events.means import means_over_answers

ON = date(2026, 3, 10)

MEANS = [
    ("China retaliated by imposing tariffs on American soybeans.", "CHNGOV", "USAGOV", "163"),
    ("Beijing retaliated by imposing sanctions on US defence firms.", "CHNGOV", "USABUS", "163"),
    ("Israel retaliated by striking Hezbollah positions in Lebanon.", "ISRMIL", "LBNREBHZB", "190"),
    ("Russia retaliated by expelling two Estonian diplomats.", "RUSGOV", "ESTGOV", "161"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "code"), MEANS)
def test_an_answer_is_coded_by_its_means(pipeline, text, source, target, code):
    found = triples(pipeline, text, ON)
    assert (source, target, code) in found, found
    assert not [t for t in found if t[2] == "190" and code != "190" and t[0] == source], found


def test_an_answer_with_no_means_stays(pipeline):
    found = triples(pipeline, "Israel retaliated against Hezbollah on Sunday.", ON)
    assert ("ISRMIL", "LBNREBHZB", "190") in found, found


def test_nothing_to_drop_without_events():
    assert means_over_answers(None, []) == []


def test_a_reaction_by_means_codes_no_second_act(pipeline):
    found = triples(pipeline, "Police reacted by arresting the protesters in Aden.", ON)
    assert not [t for t in found if t[2] == "173"], found  # the arrest is not read as its own


GERUNDS = [
    ("After meeting Putin in Moscow, Hungarian Prime Minister Viktor Orban said peace talks "
     "should begin soon.", "HUNGOV", "RUSGOV", "04"),
    ("After talks with Putin in Moscow, Orban said peace talks should begin soon.",
     "HUNGOV", "RUSGOV", "04"),
    ("Upon arriving in Tokyo, the US president met the Japanese prime minister.",
     "USAGOV", "JPNGOV", "04"),
    ("Two militants were killed after attacking a police post in Peshawar.",
     "PAKUAF", "PAKCOP", "18"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "root"), GERUNDS)
def test_a_gerund_after_a_time_word_is_the_subjects_act(pipeline, text, source, target, root):
    found = triples(pipeline, text, ON)
    assert any(t[:2] == (source, target) and t[2][:2] == root for t in found), found


def test_the_accused_is_not_the_gerunds_subject(pipeline):
    found = triples(pipeline, "Moldova accused Russia of attacking its power grid.", ON)
    assert ("MDAGOV", "RUSGOV", "112") in found, found
    assert not [t for t in found if t[0] == "MDAGOV" and t[2][:2] == "18"], found


VEHICLES = [
    ("Armed men attacked a convoy carrying aid workers in North Darfur, killing three.",
     "SDNUAF", "SDNNGO"),
    ("An Israeli drone struck a car carrying three Hamas militants in Rafah.",
     "ISRMIL", "PSEREBHMS"),
    ("Militants attacked a vehicle carrying Nigerian soldiers near Maiduguri.",
     "NGAUAF", "NGAMIL"),
    ("Gunmen ambushed a bus carrying Shiite pilgrims in Pakistan's Kurram district.",
     "PAKUAF", "PAKCVL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), VEHICLES)
def test_a_vehicle_struck_names_the_people_it_carried(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert any(t[:2] == (source, target) for t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Israeli drone struck a car carrying three Hamas militants in Rafah.", "militants"),
        ("Militants attacked a vehicle carrying Nigerian soldiers near Maiduguri.", "soldiers"),
        ("Armed men attacked a convoy carrying aid workers in North Darfur.", "workers"),
        ("Gunmen attacked a bus in the city.", None),
        ("Police shot a man carrying a gun.", None),
    ],
)
def test_carried_reads_the_participle_of_a_vehicle(nlp, text, expected):
    doc = nlp(text)
    noun = next(t for t in doc if t.dep_ == "dobj")
    found = carried(noun)
    assert (found.text if found is not None else None) == expected


REACTIONS_UNNAMED = [
    "Israel's raid drew condemnation.",
    "Russia's strikes on Kyiv drew sharp international criticism.",
    "The Taliban have barred women from studying at universities, drawing international "
    "condemnation.",
]


@pytest.mark.parametrize("text", REACTIONS_UNNAMED)
def test_a_reaction_with_no_one_named_is_no_ones(pipeline, text):
    found = triples(pipeline, text, ON)
    assert not [t for t in found if t[2][:2] == "11"], found


HARMED = [
    ("The US military carried out a strike in Syria that killed a senior al-Qaeda leader.",
     "USAMIL", "IMGMOSALQ"),
    ("Russia launched a missile attack that killed 20 civilians in Dnipro.", "RUSMIL", "UKRCVL"),
    ("Gunmen staged an attack that wounded three policemen in Kano.", "NGAUAF", "NGACOP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), HARMED)
def test_an_act_that_killed_someone_targets_them(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert any(t[:2] == (source, target) and t[2][:2] in ("18", "19") for t in found), found


MEETINGS_WITHIN = [
    "Indonesian Energy Minister Subroto met President Suharto on Monday.",
    "Indonesian Energy Minister Subroto said after meeting with President Suharto that prices "
    "would recover.",
    "French Prime Minister Michel Barnier met President Emmanuel Macron at the Elysee.",
    "Indonesian Energy Minister Subroto said prices would recover. He told reporters after "
    "meeting with President Suharto that demand was weak.",
]


@pytest.mark.parametrize("text", MEETINGS_WITHIN)
def test_a_meeting_within_one_government_has_no_second_party(pipeline, text):
    found = triples(pipeline, text, ON)
    assert found and not [t for t in found if t[0] == t[1]], found
    assert all(t[2][:2] == "04" for t in found), found
