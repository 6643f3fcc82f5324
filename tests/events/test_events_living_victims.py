"""People a shooting or killing was done to, named by no victim word (events/living_victims.py):
a civilian target, not the foe of a fight; and the actor a passive harm verb names as the
sufferer of an attack noun. Sentences are our own."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.living_victims import LIVING_OBJECT_VERBS, living_victim
from eventscope.models import Actor, ActorMention, EventMention


def _event(sector: str | None) -> EventMention:
    source = None
    if sector is not None:
        actor = Actor(text="people", start=0, end=6, country=None, sector=sector, code=sector)
        source = ActorMention(actor=actor, start=0, end=1, sent_index=0)
    return EventMention(source, None, "190", 0, 1, 0, 0.5)


def _targets(pipeline, text: str) -> set[str | None]:
    return {target for _, target, _ in coded_codes(pipeline, text, field="root")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the object of a verb whose object is always a person
        ("On Monday, unidentified gunmen shot and wounded a sheikh in Nawa, near Daraa.", "SYRCVL"),
        ("On Monday, gunmen stabbed a hairdresser to death in Kano.", "NGACVL"),
        ("On Monday, armed men abducted a herbalist near Kaduna.", "NGACVL"),
        ("On Monday, gunmen beheaded a pensioner in Cabo Delgado.", "MOZCVL"),
        ("On Monday, suspected militants killed a shepherd near Baqubah.", "IRQCVL"),
        # "shot ... dead", or a personal pronoun for the victim
        ("On Monday, gunmen shot a barber dead in Culiacan.", "MEXCVL"),
        ("On Monday, armed men stopped the mayor's car in Zacapa and shot him dead.", "GTMCVL"),
        ("On Monday, two gunmen followed a nurse home in Tegucigalpa and shot her.", "HNDCVL"),
    ],
)
def test_a_person_shot_or_killed_is_a_civilian(pipeline, text, target):
    found = _targets(pipeline, text)
    assert target in found, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # policemen killed in an attack: the attack was on the police
        (
            "On Monday, four policemen were killed following an attack by Taliban militants on "
            "a checkpoint in Kunduz.",
            "AFGCOP",
        ),
        (
            "On Monday, two soldiers were wounded in an attack by gunmen near Gao.",
            "MLIMIL",
        ),
    ],
)
def test_the_sufferer_of_an_attack_noun(pipeline, text, target):
    found = _targets(pipeline, text)
    assert target in found, found


@pytest.mark.parametrize(
    "text",
    [
        # armed or wanted people shot are no civilians
        "On Monday, police shot a suspect dead in Recife.",
        "On Monday, soldiers killed two attackers near Kidal.",
    ],
)
def test_armed_people_are_no_civilian_victims(pipeline, text):
    found = _targets(pipeline, text)
    assert not any(t and t.endswith("CVL") for t in found), found


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Gunmen shot and wounded a sheikh.", "sheikh"),
        ("Gunmen shot him dead.", "him"),
        ("Gunmen attacked a convoy.", None),  # "attack" takes things too
        ("Gunmen shot a suspect dead.", None),
        ("Gunmen shot them.", None),  # "them" may be anyone's fighters
    ],
)
def test_living_victim(nlp, text, victim):
    doc = nlp(text)
    trigger = next(t for t in doc if t.lemma_ in ("shoot", "attack"))
    found = living_victim(trigger, _event(None), [])
    assert (found.text if found is not None else None) == victim


def test_living_object_verbs_take_no_things():
    # verbs that also take things ("attack a convoy", "burn a house") are not listed
    assert LIVING_OBJECT_VERBS.isdisjoint({"attack", "hit", "burn", "destroy", "shoot"})


def test_no_civilian_victim_of_civilians(nlp):
    # "villagers shot a thief dead": civilians on both sides would be a self-dyad
    doc = nlp("Villagers shot and wounded a sheikh.")
    trigger = next(t for t in doc if t.lemma_ == "shoot")
    assert living_victim(trigger, _event("CVL"), []) is None
