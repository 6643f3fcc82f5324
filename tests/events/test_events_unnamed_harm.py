"""Harm with no named attacker and force by unarmed crowds (events/victims.py, domain.py), on
sentences we wrote (#15):

* a victim named by a role of armed conflict ("a civilian", "two soldiers") killed or wounded
  is news of violence by an unnamed attacker, unless an accident is named or another event of
  the story already accounts for the harm;
* the subject the parser hangs on a fronted place ("On 5 May, in Ruvuma, Tanzania, a man was
  found dead") is still the victim; a found body "with gunshot wounds" was harmed;
* CAMEO 190 is military force: a crowd named by an unarmed role that clashes or attacks uses
  unconventional violence (180), unless it fights an armed organisation; protesters and
  rioters who attack or beat someone protest violently (145).
"""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.victims import passive_subject, stranded_subject, unarmed_force
from eventscope.models import Actor, ActorMention, EventMention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 6 March, a civilian was killed in Aleppo, Syria.", ("SYRUAF", "SYRCVL", "1823")),
        (
            "On 6 March, two soldiers were wounded in Mopti, Mali.",
            ("MLIUAF", "MLIMIL", "182"),
        ),
        (
            "On 6 March, three police officers were injured in Kano, Nigeria.",
            ("NGAUAF", "NGACOP", "182"),
        ),
    ],
)
def test_a_combatant_role_harmed_is_violence_by_an_unnamed_attacker(pipeline, text, expected):
    assert expected in coded_codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 March, two soldiers were killed in a road accident in Mopti, Mali.",
        "On 6 March, a civilian was injured when a wall collapsed in Aleppo, Syria.",
        # a man is no role of conflict: killed may be by anything
        "On 6 March, a man was killed in Aleppo, Syria.",
    ],
)
def test_an_accident_or_a_plain_person_implies_no_attacker(pipeline, text):
    assert not any(
        source == "SYRUAF" or source == "MLIUAF" for source, *_ in coded_codes(pipeline, text)
    )


def test_the_toll_of_a_reported_attack_is_no_second_event(pipeline):
    found = coded_codes(
        pipeline,
        "On 6 March, rebels fired mortars at army positions near Gao, Mali. "
        "During the day, two soldiers were wounded.",
    )
    assert not any(source == "MLIUAF" for source, *_ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 6 March (as reported), in Songea, Ruvuma, a man and a woman were found dead.",
            ("TZAUAF", "TZACVL", "180"),
        ),
        (
            "On 6 March, in Tuxtla, Chiapas, a man who ran a small shop was shot dead.",
            ("MEXUAF", "MEXCVL", "193"),
        ),
        (
            "On 6 March, the bodies of two men with gunshot wounds were found in Homs, Syria.",
            ("SYRUAF", "SYRCVL", "180"),
        ),
    ],
)
def test_a_victim_after_a_fronted_place_is_the_victim(pipeline, text, expected):
    assert expected in coded_codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Around 6 March (as reported), in Songea, Ruvuma, a farmer and his son were found dead.",
        "On 6 March, in Tuxtla, Chiapas, a farmer who ran a small shop was shot dead.",
        "On 6 March, a farmer was found dead in Songea.",
    ],
)
def test_the_passive_subject_survives_a_fronted_date_and_place(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in ("found", "shot"))
    subject = passive_subject(verb)
    assert subject is not None and subject.lower_ == "farmer"


def test_a_relative_pronoun_strands_no_subject(nlp):
    doc = nlp("The farmer who was shot in Songea died.")
    verb = next(t for t in doc if t.lower_ == "shot")
    assert stranded_subject(verb) is None


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("On 6 March, a mob attacked police officers in Patna, India.", "INDCVL", "180"),
        ("On 6 March, villagers clashed with police in Patna, India.", "INDCVL", "180"),
        ("On 6 March, dozens of students clashed in Dhaka, Bangladesh.", "BGDEDU", "180"),
        ("On 6 March, demonstrators attacked a police station in Jos, Nigeria.", "NGAOPP", "145"),
    ],
)
def test_an_unarmed_crowd_uses_unconventional_violence(pipeline, text, source, code):
    found = coded_codes(pipeline, text)
    assert any(s == source and c == code for s, _, c in found), found
    assert not any(s == source and c == "190" for s, _, c in found), found


def _mention(sector: str, text: str = "them", resolution: str = "place") -> ActorMention:
    actor = Actor(
        text=text, start=0, end=len(text), country="KEN", sector=sector, code="KEN" + sector,
        resolution=resolution,
    )  # fmt: skip
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


@pytest.mark.parametrize(
    ("source", "target", "code"),
    [
        (_mention("CVL"), _mention("COP"), "180"),
        (_mention("CVL"), _mention("MIL"), "190"),  # a fight with soldiers is military force
        (_mention("REB"), _mention("CVL"), "190"),  # an armed group's force
        (_mention("CVL", text="", resolution="implied"), None, "190"),  # no named side
        (_mention("OPP", text="demonstrators"), _mention("COP"), "145"),  # a violent protest
        (_mention("CVL", text="rioters in Lagos"), None, "145"),
        (_mention("OPP", text="protesters"), _mention("MIL"), "190"),  # they fight soldiers
    ],
)
def test_unarmed_force_table(source, target, code):
    event = EventMention(
        source=source, target=target, cameo="190", trigger_start=0, trigger_end=1,
        sent_index=0, confidence=0.9,
    )  # fmt: skip
    assert unarmed_force(event).cameo == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs share the object: the victim of the first is that of the second
        (
            "On 6 March, Syrian soldiers shot and killed a civilian in Homs.",
            ("SYRMIL", "SYRCVL", "193"),
        ),
        # a civilian thing with no named owner: its civilian owners are the target
        (
            "On 6 March, soldiers torched three houses and a car in Kasese, Uganda.",
            ("UGAMIL", "UGACVL", "1712"),
        ),
        # a thing of a force: the side the rebels fight in the country where it happened
        # (events/foes.py)
        (
            "On 6 March, rebels shelled positions near Gao, Mali.",
            ("MLIREB", "MLIMIL", "194"),
        ),
    ],
)
def test_the_target_of_a_violent_act_that_names_none(pipeline, text, expected):
    found = coded_codes(pipeline, text)
    assert expected in found, found


def test_civilians_who_damage_things_are_not_their_own_target(pipeline):
    found = coded_codes(pipeline, "On 6 March, rioters looted shops in Durban, South Africa.")
    assert ("ZAFCVL", "ZAFCVL", "171") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 March, soldiers looted crops and torched a truck near Kasese, Uganda.",
            ("UGAMIL", "UGACVL", "171"),
        ),
        # the object names the event itself, not a thing acted on: the side rebels fight
        ("On 6 March, rebels carried out attacks near Gao, Mali.", ("MLIREB", "MLIMIL", "190")),
    ],
)
def test_a_civilian_thing_stands_for_its_owners(pipeline, text, expected):
    found = coded_codes(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong_source"),
    [
        # an actor phrase ending in a thing names what was hit or where, never who acted
        ("A car bomb went off near a police checkpoint in Kismayo, killing four people.", "COP"),
        ("A roadside bomb struck an army convoy near Gao, killing two soldiers.", "MIL"),
        ("An explosion near a military base in Herat killed three civilians.", "MIL"),
    ],
)
def test_a_thing_of_an_armed_force_is_no_attacker(pipeline, text, wrong_source):
    sources = {source for source, _, _ in coded_codes(pipeline, text)}
    assert not any(source.endswith(wrong_source) for source in sources if source), sources


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an attack noun that is the subject of a harm verb struck the verb's object
        ("A drone strike killed a senior Hezbollah commander near Tyre.", "LBNREBHZB"),
        ("An explosion killed a Pakistani police officer in Quetta.", "PAKCOP"),
    ],
)
def test_the_object_of_an_attack_nouns_harm_verb_is_its_target(pipeline, text, target):
    assert any(found == target for _, found, _ in coded_codes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon as the subject or the "by" agent of a harm verb is the means of an unnamed
        # attacker of the place's country, not an agent: a bombing (183) or shelling (194)
        (
            "A roadside bomb killed four Nigerien soldiers near Tillaberi.",
            ("NERUAF", "NERMIL", "183"),
        ),
        ("Three policemen were killed by a landmine in Kandahar.", ("AFGUAF", "AFGCOP", "183")),
        ("A mortar shell wounded two Syrian soldiers in Idlib.", ("SYRUAF", "SYRMIL", "194")),
    ],
)
def test_a_weapon_that_harms_is_an_unnamed_attackers_means(pipeline, text, expected):
    assert expected in coded_codes(pipeline, text)


def test_someone_named_by_the_agent_is_no_weapon(pipeline):
    found = coded_codes(pipeline, "Two soldiers were killed by gunmen in Gao, Mali.")
    assert not any(source.endswith("UAF") and code == "183" for source, _, code in found), found
