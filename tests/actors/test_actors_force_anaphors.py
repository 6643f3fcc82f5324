"""A bare word for soldiers in a later sentence is the one state's force the story named:
"Israeli forces ... Soldiers also shot" is Israel's (``actors/force_anaphors.py``, #15).
Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.force_anaphors import with_force_antecedents

ON = date(2025, 6, 10)


def _codes(nlp, actors, text, phrase):
    return [m.actor.code for m in actors.find(nlp(text), on=ON) if m.actor.text == phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Israeli forces fired tear gas at farmers near Khan Younis on Monday. Soldiers also "
         "shot at a shepherd.", "Soldiers", "ISRMIL"),
        ("Russian forces shelled Kupiansk in the Kharkiv region. Troops also fired at a convoy "
         "of volunteers.", "Troops", "RUSMIL"),
        ("Rwandan troops crossed into North Kivu on Sunday. Soldiers looted shops in "
         "Bunagana.", "Soldiers", "RWAMIL"),
        ("Israeli troops raided the Jenin refugee camp on Tuesday. Palestinian gunmen fired at "
         "the soldiers.", "the soldiers", "ISRMIL"),
        ("Turkish forces entered a village in Hasakah province. Soldiers detained three "
         "farmers.", "Soldiers", "TURMIL"),
        ("Ethiopian troops crossed into Somalia's Gedo region on Friday. The soldiers set up "
         "a camp near Dolow.", "The soldiers", "ETHMIL"),
        ("Eritrean soldiers entered the town of Adwa in Tigray. Two soldiers were seen "
         "looting a clinic, residents said.", "soldiers", "ERIMIL"),
        ("Indian troops opened fire across the Line of Control in Kashmir. Soldiers shelled "
         "villages near Kotli, officials in Islamabad said.", "Soldiers", "INDMIL"),
        ("Kenyan troops raided a camp near the Somali border on Friday. The troops seized "
         "weapons and food.", "The troops", "KENMIL"),
        ("Russian soldiers occupied a school in the village overnight. Residents said the "
         "servicemen took away computers.", "the servicemen", "RUSMIL"),
    ],
)  # fmt: skip
def test_a_bare_soldiers_word_is_the_named_force(nlp, actors, text, phrase, code):
    assert code in _codes(nlp, actors, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # two states' forces named: the soldiers are either's
        ("Ukrainian forces fought Russian troops near Bakhmut on Monday. Soldiers also shot "
         "down two drones, officials said.", "Soldiers"),
        # the soldiers who answer the attack are the attacked side
        ("Russian forces shelled the town of Orikhiv on Monday. Soldiers returned fire from "
         "trenches outside the town.", "Soldiers"),
        # "regime forces", "government soldiers" say whose they are
        ("Turkish drones struck a Kurdish militia post near Qamishli. Regime forces were "
         "deployed in the town later.", "Regime forces"),
        # in its own sentence a bare word is as often the named force's foe
        ("Rwandan troops clashed with soldiers near Bunagana on Sunday.", "soldiers"),
        # no state force named before: the soldiers are left to the context stage
        ("Gunmen attacked a village in Zamfara state on Sunday. Soldiers later killed six of "
         "the attackers.", "Soldiers"),
    ],
)  # fmt: skip
def test_no_one_named_force_no_country_from_it(nlp, actors, text, phrase):
    assert _codes(nlp, actors, text, phrase) == ["MIL"]


def test_without_a_doc_drafts_are_kept():
    assert with_force_antecedents(None, []) == []
