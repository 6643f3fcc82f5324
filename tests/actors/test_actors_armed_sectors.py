"""Sectors of actors below the state (issue 15): armed civilians, members of militias, the
factions of a named group, the "Govt" abbreviation.

Sentences are our own; the actor stage alone (sectors do not depend on the places stage).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors import ActorCoder
from eventscope.actors.armed import with_armed_sector
from eventscope.actors.drafts import Draft

ON = date(2020, 5, 9)


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def sectors(coder: ActorCoder, nlp, text: str) -> dict[str, str | None]:
    return {m.actor.text: m.actor.sector for m in coder.find(nlp(text), on=ON)}


# -- people of a civilian sector said to be armed are an unnamed armed group, UAF ------------------
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Armed youths burned a tax office in the market town.", "youths"),
        ("Heavily armed villagers attacked a police post at dawn.", "villagers"),
        ("Armed herders raided three farms near the river.", "herders"),
        ("Villagers armed with machetes and sticks chased the tax collectors.", "Villagers"),
        ("A group of youths, armed with spears, blocked the highway.", "youths"),
        ("Farmers armed with bows and arrows attacked the herders' camp.", "Farmers"),
        ("Armed civilians fired at a patrol on the main road.", "civilians"),
    ],
)  # fmt: skip
def test_armed_civilians_are_an_armed_group(coder, nlp, text, actor):
    assert sectors(coder, nlp, text)[actor] == "UAF"


@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        # no word says they bear arms: they keep their civilian sector
        ("Youths burned a tax office in the market town.", "Youths", "CVL"),
        ("Villagers fled when the soldiers arrived.", "Villagers", "CVL"),
        ("Herders raided three farms near the river.", "Herders", "AGR"),
        # the armed word is about someone else
        ("Villagers said armed men stole their cattle.", "Villagers", "CVL"),
        # a role with a sector of its own keeps it
        ("Armed police dispersed the students at the gate.", "police", "COP"),
        ("Armed robbers held up a bus on the highway.", "robbers", "CRM"),
    ],
)  # fmt: skip
def test_unarmed_or_armed_roles_keep_their_sector(coder, nlp, text, actor, sector):
    assert sectors(coder, nlp, text)[actor] == sector


def test_a_text_without_the_armed_word_is_returned_as_it_is(nlp):
    doc = nlp("Villagers fled.")
    drafts = [Draft(0, 1, sector="CVL")]
    assert with_armed_sector(doc, drafts) == drafts


# -- a member of a militia is the militia --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        ("Two militia members were killed in the ambush.", "militia members", "UAF"),
        ("Bandits killed three communal militia members.", "communal militia members", "UAF"),
        # "forces" alone are the state's; the militia's forces are the militia
        ("Militia forces attacked a village near the river.", "Militia forces", "UAF"),
        # CAMEO codes pro-government militias as the state's forces
        ("Insurgents killed two pro-government militia members.",
         "pro-government militia members", "MIL"),
    ],
)  # fmt: skip
def test_militia_members_are_the_militia(coder, nlp, text, actor, sector):
    assert sectors(coder, nlp, text)[actor] == sector


# -- a faction or side of a named group is the group --------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Two factions of Mayi Mayi clashed over the tax posts.", "factions of Mayi Mayi",
         "CODREBMAI"),
        ("A faction of Hamas fired rockets at the border.", "faction of Hamas", "PSEREBHMS"),
        ("The Houthi side shelled the border posts.", "The Houthi side", "YEMREBHTH"),
    ],
)  # fmt: skip
def test_a_faction_of_a_group_is_the_group(coder, nlp, text, actor, code):
    found = {m.actor.text: m.actor.code for m in coder.find(nlp(text), on=ON)}
    assert found[actor] == code


# -- the newswire abbreviation of government ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Militants threw a grenade at Govt forces near the market.", "Govt forces"),
        ("Gov't troops shelled the rebel positions.", "Gov't troops"),
        ("Two Govt soldiers were wounded in the attack.", "Govt soldiers"),
    ],
)
def test_govt_forces_are_the_military(coder, nlp, text, actor):
    assert sectors(coder, nlp, text)[actor] == "MIL"


# -- a role that takes an organisation's code takes its sector: code and sector agree ----------
@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        ("The UN envoy met the rebel leaders on Monday.", "The UN envoy", "IGO"),
        ("The Secretary-General condemned the shelling.", "The Secretary-General", "IGO"),
        ("European Union foreign ministers demanded a ceasefire.",
         "European Union foreign ministers", "IGO"),
    ],
)  # fmt: skip
def test_a_role_of_an_organisation_has_the_organisations_sector(coder, nlp, text, actor, sector):
    found = {m.actor.text: (m.actor.code, m.actor.sector) for m in coder.find(nlp(text), on=ON)}
    code, found_sector = found[actor]
    assert found_sector == sector and (code or "").startswith(sector), found


# -- leaders and officials of a named group are the group, one or many --------------------------
@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("A Hamas leader met the mediators on Monday.", "Hamas leader", "PSEREBHMS"),
        ("Hamas leaders met the mediators on Monday.", "Hamas leaders", "PSEREBHMS"),
        ("Houthi officials rejected the truce offer.", "Houthi officials", "YEMREBHTH"),
        # a word for the group's men is no title: the group before it still gives the code
        ("Hamas fighters fired rockets at the border posts.", "Hamas fighters", "PSEREBHMS"),
    ],
)  # fmt: skip
def test_leaders_of_a_group_are_the_group(coder, nlp, text, actor, code):
    found = {m.actor.text: m.actor.code for m in coder.find(nlp(text), on=ON)}
    assert found[actor] == code, found


# -- a country's homes, towns and farms stand for its civilians, not its state --------------------
@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Bulldozers demolished Palestinian homes near the border.", "Palestinian homes",
         "PSECVL"),
        ("Militants fired rockets at Israeli towns overnight.", "Israeli towns", "ISRCVL"),
        ("Iranian artillery shelled Iraqi farms near the border.", "Iraqi farms", "IRQCVL"),
        # a thing that is no home (a policy) is no civilian
        ("Turkish policy angered the Kurdish parties.", "Turkish", "TUR"),
    ],
)  # fmt: skip
def test_a_countrys_homes_are_its_civilians(coder, nlp, text, actor, code):
    found = {m.actor.text: m.actor.code for m in coder.find(nlp(text), on=ON)}
    assert found[actor] == code, found


# -- "armed" on a people's name in the phrase; descriptions that start a sentence name no group ----
@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        # the parser hangs a sentence-initial "Armed" on the name, not on the head noun
        ("Armed Fulani herdsmen killed three villagers in the valley.", "Fulani herdsmen", "UAF"),
        ("Armed Dogon hunters attacked a hamlet near the river.", "Dogon hunters", "UAF"),
        # capitalised only because they start the sentence: no group's name
        ("Unidentified gunmen attacked a farm near the town.", "Unidentified gunmen", "UAF"),
        ("Suspected militiamen burned a school in the village.", "militiamen", "UAF"),
        # a name the dictionaries do not know still names a group
        ("Zamba fighters attacked a farm near the town.", "Zamba fighters", "REB"),
    ],
)  # fmt: skip
def test_armed_names_and_sentence_initial_descriptions(coder, nlp, text, actor, sector):
    found = sectors(coder, nlp, text)
    assert found.get(actor) == sector, found
