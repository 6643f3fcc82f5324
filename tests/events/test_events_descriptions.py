"""Verbs named by the CAMEO codebook's descriptions of its codes, on sentences we wrote.

Each row is a verb (or verb + object) the codebook's text gives for a code ("holding vigils,
attending funerals, and laying wreath" for 017; "provisions of shelter, food, medicine, and
evacuation of victims" for 073; "discharge soldiers" for 0873...). The object of a
force-posture verb is the force moved, not the target ("mobilized its army along the border").
An object's "of" noun names what the act is about ("declared a state of emergency").
"""

from __future__ import annotations

import pytest


def found(nlp, actors, events, text):
    doc = nlp(text)
    return [e for e in events.find(doc, actors.find(doc))]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chile expressed optimism about the trade talks with Peru.", "01"),
        ("Chile expressed pessimism about its negotiations with Peru.", "01"),
        ("Chilean diplomats laid a wreath at the Peruvian monument in Lima.", "01"),
        ("The Chilean president attended the funeral of the Peruvian leader.", "01"),
        ("Chile and Peru expressed agreement on the fishing quotas.", "01"),
        ("Chile and Peru conferred on the border crisis.", "04"),
        ("Chile expanded trade with Peru last year.", "06"),
        ("Chile exchanged intelligence with Peru about the smugglers.", "06"),
        ("Chile gave Peru a loan of 50 million dollars.", "07"),
        ("The World Bank approved a loan of 30 million dollars to Peru.", "07"),
        ("Chile evacuated Peruvian tourists from the flooded valley.", "07"),
        ("Chile sheltered thousands of Peruvian refugees.", "07"),
        ("Bolivia demobilized thousands of soldiers after the peace deal.", "08"),
        ("Chilean investigators looked into the Peruvian allegations.", "09"),
        ("Chilean police questioned the Peruvian suspects on Monday.", "09"),
        ("Chile objected to Peru's new maritime law.", "11"),
        ("Chile mobilized its army along the Peruvian border.", "15"),
        ("Chile deployed troops near the border with Peru.", "15"),
        ("Bolivia declared a state of emergency in the capital.", "17"),
        ("Chile imposed a package of sanctions on Peru.", "16"),
        ("Chile pardoned the Peruvian fishermen held since March.", "08"),
        ("Chile granted an amnesty to the Peruvian smugglers.", "08"),
        ("Chile reopened its embassy in Peru after a decade.", "05"),
        ("Chile closed its consulate in Peru.", "16"),
        ("The Peruvian rebels laid down their arms on Friday.", "08"),
        ("Chilean troops pulled out of the Peruvian border town.", "08"),
        ("Chile reinforced its troops along the border with Peru.", "15"),
        ("A Chilean court sentenced two Peruvian journalists to prison.", "17"),
        ("Chilean troops captured the Peruvian border town.", "19"),
        ("Chile pressed Peru to release the detained fishermen.", "02"),
        # 111: attacking a policy or a speech is criticism; assailing someone likewise
        ("The Chilean opposition attacked the Peruvian government's fishing policy.", "11"),
        ("Chile assailed Peru over the border closure.", "11"),
        # 023 appeal for aid: the seeker receives, so no intent to give (a frame over "aid")
        ("Bolivia sought emergency aid from Chile after the floods.", "02"),
        ("Peru sought financial assistance from Chile.", "02"),
        ("Chile suspended diplomatic relations with Peru.", "16"),
        ("Chile banned imports from Peru.", "16"),
        ("Chile called off the talks with Peru.", "16"),
        ("Chile pulled out of the talks with Peru.", "16"),
        ("Chile expelled foreign aid agencies from the north.", "16"),
        ("Chile issued a warning to Peru.", "13"),
        ("Chile ended its mediation efforts between Peru and Bolivia.", "16"),
        ("Chile suspended its aid programme to Bolivia.", "16"),
        ("Peru accepted Chile's offer of talks.", "03"),
        ("Chile extended an invitation to the Peruvian president.", "02"),
        ("The Chilean navy sank a Peruvian patrol boat.", "19"),
        ("Chilean troops killed hundreds of Peruvian villagers in a massacre.", "20"),
    ],
)
def test_codebook_description_verbs(nlp, actors, events, text, root):
    roots = {e.cameo[:2] for e in found(nlp, actors, events, text)}
    assert root in roots, roots


@pytest.mark.parametrize(
    "text",
    [
        # the troops moved are the source's own: no Chile -> Chilean army event
        "Chile mobilized its army on Tuesday.",
    ],
)
def test_own_forces_are_no_target(nlp, actors, events, text):
    for event in found(nlp, actors, events, text):
        assert event.target is None or event.target.actor.sector != "MIL", event


@pytest.mark.parametrize(
    "text",
    [
        # "before they demobilize": no object, no demobilisation reported
        "Bolivian rebels said the government must accept reforms before they demobilize.",
        # "questioned" an act is no interrogation of people
        "Chile questioned the legality of the Peruvian decision.",
    ],
)
def test_description_verbs_need_their_objects(nlp, actors, events, text):
    codes = {e.cameo for e in found(nlp, actors, events, text)}
    assert not codes & {"087", "091"}, codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile is committed to expanding trade with Peru.", "CHL", "PER"),
        (
            "The Chilean minister said Chile is committed to opening its market to Peru.",
            "CHL",
            "PER",
        ),
    ],
)
def test_stative_passive_subject_acts(nlp, actors, events, text, source, target):
    # "X is committed to ...": X commits itself (CAMEO 03, intent), it is no one's target
    dyads = {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo[:2])
        for e in found(nlp, actors, events, text)
    }
    assert (source, target, "03") in dyads, dyads


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt urged the European Union to support the Palestinian Authority.", "PSE"),
        ("Egypt asked Japan to back Kenya's candidacy.", "KEN"),
        ("Egypt called on Western countries to recognize the Palestinian state.", "PSE"),
    ],
)
def test_rallying_support_targets_who_is_supported(nlp, actors, events, text, target):
    # CAMEO 053 "call on other parties to support the target": the supported side is the target
    coded = {
        (e.cameo, e.target.actor.country if e.target else None)
        for e in found(nlp, actors, events, text)
    }
    assert ("053", target) in coded, coded


def test_appeal_for_own_support_targets_who_is_asked(nlp, actors, events):
    text = "Egypt urged Italy to support Egypt's bid for the council seat."
    coded = {
        (e.cameo[:2], e.target.actor.country if e.target else None)
        for e in found(nlp, actors, events, text)
    }
    assert ("02", "ITA") in coded, coded


@pytest.mark.parametrize(
    "text",
    [
        "Chile moved troops to the border with Peru.",
        "Chile stationed tanks near the Peruvian border.",
        "Chile called up reservists on Monday.",
        "Chile increased its military presence along the Peruvian border.",
        "Chile held military exercises near the Peruvian border.",
        "Chile tested a new missile on Tuesday.",
        "Chile declared a state of alert along the border.",
        "Chile deployed riot police in Santiago ahead of the march.",
    ],
)
def test_force_posture(nlp, actors, events, text):
    # CAMEO 15: military or police moves that fall short of the use of force
    assert "15" in {e.cameo[:2] for e in found(nlp, actors, events, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean and Peruvian warships launched ten days of war games in the Pacific.",
        "Chile and Peru held joint military exercises near the border.",
    ],
)
def test_exercises_of_several_countries_are_cooperation(nlp, actors, events, text):
    # CAMEO 062 usage note: "joint military games and maneuvers" are military cooperation
    codes = {e.cameo for e in found(nlp, actors, events, text)}
    assert "062" in codes and "150" not in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Chile alleged that Peru was arming the rebels.",
        "Chile charged that Peru had violated the fishing agreement.",
    ],
)
def test_an_allegation_codes_only_the_accusation(nlp, actors, events, text):
    # CAMEO 112 usage note: an allegation does not imply that the alleged event took place
    coded = {
        (e.cameo[:2], e.target.actor.country if e.target else None)
        for e in found(nlp, actors, events, text)
    }
    assert coded == {("11", "PER")}, coded
