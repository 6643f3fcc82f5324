"""Armed actors in conflict news, end to end on sentences we wrote (#16): who holds a post, when
unnamed gunmen are criminals, separatist forces as rebels, "fighting broke out between A and B",
aerial attacks (CAMEO 195), former states on old dates, and counts kept out of actor names.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 3, 8)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def coded(pipeline: Pipeline, text: str, published: date = PUBLISHED) -> set[tuple[str, ...]]:
    events = pipeline.code_text(text, published=published)
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the post, base or convoy stands for the force that holds it
        ("On Monday, gunmen attacked a police station in Kano.", "NGAUAF", "NGACOP"),
        ("On Monday, militants ambushed an army convoy near Bannu.", "PAKUAF", "PAKMIL"),
        # a government holds its positions through its armed forces
        ("On Monday, rebels shelled government positions near Goma.", "CODREB", "CODMIL"),
    ],
)
def test_installations_are_their_force(pipeline, text, source, target):
    assert (source, target) in {(s, t) for s, t, _ in coded(pipeline, text)}


def test_unnamed_killers_in_a_gang_war_are_criminals(pipeline):
    text = (
        "On Tuesday, two armed men on a motorcycle shot dead a shopkeeper in Culiacan, Sinaloa. "
        "Police said the killing was linked to a dispute between drug cartels."
    )
    assert {s for s, _, _ in coded(pipeline, text)} == {"MEXCRM"}


def test_unnamed_gunmen_elsewhere_stay_unaligned(pipeline):
    text = "On Tuesday, gunmen shot dead a village chief in Maiduguri, Borno."
    assert {s for s, _, _ in coded(pipeline, text)} == {"NGAUAF"}


def test_named_separatist_forces_are_rebels(pipeline):
    # ACLED counts armed separatist forces among rebel groups and CAMEO's REB is the armed
    # opposition: the named group's code keeps the group, its sector is REB.
    text = "On Friday, the Luhansk People's Militia shelled Ukrainian positions near Zolote."
    sources = {s for s, _, _ in coded(pipeline, text)}
    assert sources == {"UKRREBLPR"}


def test_fighting_broke_out_is_one_symmetric_clash(pipeline):
    text = "On Sunday, fighting broke out between Houthi forces and government troops in Marib."
    events = coded(pipeline, text)
    assert len(events) == 1
    (source, target, cameo) = events.pop()
    assert {source, target} == {"YEMREBHTH", "YEMMIL"}
    assert cameo == "190"


def test_a_figurative_fight_is_no_clash(pipeline):
    text = (
        "On Sunday, nurses in Lagos demanded bonuses for their part in the fight against the virus."
    )
    assert not any(code.startswith("19") for _, _, code in coded(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, the Iraqi air force targeted an Islamic State hideout near Rutba.",
        "On Sunday, an airstrike by Afghan forces killed ten Taliban fighters in Kunduz.",
    ],
)
def test_attacks_from_the_air_are_aerial(pipeline, text):
    assert "195" in {code for _, _, code in coded(pipeline, text)}


def test_soviet_minister_in_moscow_1987(pipeline):
    text = (
        "Soviet Foreign Minister Eduard Shevardnadze met the Indian ambassador in Moscow on Friday."
    )
    assert ("SUNGOV", "INDGOV", "040") in coded(pipeline, text, date(1987, 5, 10))


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "The Soviet leader met the Indian ambassador in Moscow on Friday.",
            date(1987, 5, 10),
            "SUN",
        ),
        (
            "The Russian leader met the Indian ambassador in Moscow on Friday.",
            date(2005, 5, 10),
            "RUS",
        ),
        ("Police arrested forty protesters in Belgrade on Thursday.", date(1995, 6, 10), "YUG"),
    ],
)
def test_the_place_is_in_the_state_of_the_date(pipeline, text, published, country):
    events = pipeline.code_text(text, published=published)
    assert events
    assert {e.location.country for e in events if e.location is not None} == {country}


def test_belgrade_1995_is_yugoslavia(pipeline):
    text = "Belgrade rejected the peace plan on Thursday."
    assert {s for s, _, _ in coded(pipeline, text, date(1995, 6, 10))} == {"YUGGOV"}
    assert {s for s, _, _ in coded(pipeline, text, date(2010, 6, 10))} == {"SRBGOV"}


def test_counts_stay_out_of_actor_names(pipeline):
    events = pipeline.code_text(
        "On Monday, 20 pro-Houthi elements attacked government forces in Al Bayda.",
        published=PUBLISHED,
    )
    assert events
    for event in events:
        for actor in (event.source, event.target):
            assert actor is None or not any(ch.isdigit() for ch in actor.name or "")
            assert actor is None or not any(ch.isdigit() for ch in actor.code)
    # "pro-Houthi": the Houthis' side (YEM REB), not the group's own code (actors/stance.py)
    assert any(e.source and e.source.code == "YEMREB" for e in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On Monday, gunmen carried out a shooting against a man in Celaya, Guanajuato.", "MEXCVL"),
        ("On Monday, gunmen attacked a village in Zamfara.", "NGACVL"),
    ],
)
def test_an_unnamed_victim_of_an_attack_is_a_civilian(pipeline, text, target):
    assert {t for _, t, _ in coded(pipeline, text)} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, armed men shot at a police station in Celaya, Guanajuato.",
        "On Monday, armed men opened fire on a police station in Celaya, Guanajuato.",
    ],
)
def test_shooting_at_a_target(pipeline, text):
    assert ("MEXUAF", "MEXCOP", "193") in coded(pipeline, text)
