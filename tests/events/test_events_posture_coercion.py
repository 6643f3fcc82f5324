"""Codebook distinctions of force and coercion, end to end on sentences we wrote (#15): a missile
fired at no one shows force (150), raids take property (1711), closing organisations and
parties restricts political freedom (1721/1722), a country's posts are its military, and ships
are blocked (191)."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2023, 5, 2)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in pipeline.code_text(text, published=PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # CAMEO 150: fired into open water, or with no one fired at, a missile shows force
        ("Iran fired three cruise missiles into the Arabian Sea during an exercise.", "IRNMIL"),
        ("Pakistan launched a ballistic missile on Thursday.", "PAKMIL"),
        ("North Korea fired a missile into the waters off its west coast.", "PRKMIL"),
    ],
)
def test_missile_at_no_one_is_a_show_of_force(pipeline, text, source):
    events = coded(pipeline, text)
    assert (source, "-", "150") in events
    assert not {e for e in events if e[2].startswith("19")}  # no attack, on itself or others


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # CAMEO 150 "military moves that fall short of the actual use of force"
        ("Chinese warships sailed near the Philippines on Sunday.", "CHNMIL", "PHLGOV"),
        ("Two Russian warships sailed through Danish waters near Denmark.", "RUSMIL", "DNKGOV"),
    ],
)
def test_warships_sailing_near_a_country_show_force(pipeline, text, source, target):
    assert (source, target, "150") in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        # fired at or into a party, it is an attack with heavy weapons (194)
        ("Hezbollah fired rockets into northern Israel on Sunday.", "LBNREBHZB", "ISRGOV", "194"),
        ("Russia launched missiles on Ukrainian cities overnight.", "RUSMIL", "UKRGOV", "194"),
    ],
)
def test_missile_at_a_party_is_an_attack(pipeline, text, source, target, code):
    assert (source, target, code) in coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # aimed after all: "at X" hung on the last weapon of a list, or missiles of another act
        "On 2 June 2021, the Malian army fired guided missiles, heavy machine guns, grenade "
        "launchers and small arms at rebel positions near Kidal.",
        "On 6 May 2021, missiles fired by Turkish warplanes hit a depot near Duhok.",
    ],
)
def test_missile_aimed_lower_in_the_clause_is_no_show_of_force(pipeline, text):
    assert "150" not in {e[2] for e in coded(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        # CAMEO 1711: "code raids and lootings as well as other confiscations"
        ("Turkish police raided the homes of opposition journalists in Ankara.", "TURCOP",
         "TURMED", "1711"),
        # a raid on a force's post is an armed attack
        ("Nigerian troops raided a rebel base near the border on Monday.", "NGAMIL", "NGAREB",
         "190"),
    ],
)  # fmt: skip
def test_raids(pipeline, text, source, target, code):
    events = coded(pipeline, text)
    assert (source, target, code) in events
    assert not {e for e in events if e[2] == "190" and code != "190"}


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        # CAMEO 1721: restrictions on media and on the activities of dissent
        ("The Belarusian government shut down two independent newspapers.", "BLRGOV", "BLRMED",
         "1721"),
        ("Russia's justice ministry dissolved several non-governmental organizations.", "RUSGOV",
         "RUSNGO", "1721"),
        # CAMEO 1722: political parties banned or dissolved (a junta is the government)
        ("A Cambodian court dissolved the main opposition party.", "KHMJUD", "KHMOPP", "1722"),
        ("Guinea's junta banned the main opposition party.", "GINGOV", "GINOPP", "1722"),
        # a group outlawed is no party: 1721
        ("Nicaragua outlawed dozens of charities.", "NICGOV", "NICNGO", "1721"),
    ],
)  # fmt: skip
def test_closing_organisations_restricts_freedoms(pipeline, text, source, target, code):
    assert (source, target, code) in coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a country's own posts and units are held by its armed forces
        ("Azerbaijani troops shelled Armenian positions overnight.", "AZEMIL", "ARMMIL"),
        ("Gunmen attacked an Israeli checkpoint near Jenin on Friday.", "-", "ISRMIL"),
    ],
)
def test_a_countrys_posts_are_its_military(pipeline, text, source, target):
    events = coded(pipeline, text)
    assert any(e[1] == target and (source == "-" or e[0] == source) for e in events)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # owned, or with one modifier between: still the country's forces
        (
            "Ukrainian drones struck Russia's positions near Kherson.",
            "Russia's positions",
            "RUSMIL",
        ),
        ("Drones attacked a Russian naval base in Sevastopol.", "Russian naval base", "RUSMIL"),
    ],
)
def test_posts_owned_or_modified_are_the_military(nlp, actors, text, phrase, code):
    found = {(m.actor.text, m.actor.code) for m in actors.find(nlp(text))}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    "text",
    [
        # a stance and a company's branch are no posts of a force
        "France welcomed China's position on the climate talks.",
        "Russian positions on the crisis differ from ours, the minister said.",
        "The Chinese unit of a German carmaker reported record sales.",
    ],
)
def test_stances_and_branches_are_no_military(nlp, actors, text):
    assert not {m.actor.code for m in actors.find(nlp(text)) if (m.actor.sector or "") == "MIL"}


def test_ships_blocked_by_another_countrys_vessels(pipeline):
    # CAMEO 191 "impose blockade, restrict movement"; "its ships" are the speaker's
    text = "Vietnam's coast guard said Chinese vessels blocked its boats near the Paracel Islands."
    assert ("CHNMIL", "VNMMIL", "191") in coded(pipeline, text)


def test_a_countrys_ships_in_trade_news_code_nothing(pipeline):
    text = "Chinese ships carried record volumes of iron ore from Australia last year."
    assert not {e for e in coded(pipeline, text) if e[2][:2] >= "14"}
