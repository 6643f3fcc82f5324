"""Victims of passive harm verbs and crowd-control repression (events/victims.py, domain.py,
the 175 rows of data/events/verbs.tsv), end to end on sentences we wrote."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.stories import protest_first
from eventscope.events.victims import sectored_victim
from eventscope.models import Actor, ActorMention, EventMention


def test_a_named_victim_of_a_passive_harm_verb_is_the_target(pipeline) -> None:
    # the victims are no source: an unnamed attacker of the place's country acts on them
    found = coded_codes(
        pipeline, "On 6 March, two French nationals were killed in an attack near Gao in Mali."
    )
    assert found == {("MLIUAF", "FRACVL", "1823")}


def test_a_victim_wounded_in_a_shooting_is_the_target(pipeline) -> None:
    found = coded_codes(
        pipeline, "On 6 March, a Kenyan trader was wounded in a shooting in Mombasa."
    )
    assert found == {("KENUAF", "KENBUS", "182")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 6 March, Dominican police dispersed protesters in Santiago.", ("DOMCOP", "DOMOPP")),
        (
            "On 6 March, police fired tear gas at demonstrators in Nairobi, Kenya.",
            ("KENCOP", "KENOPP"),
        ),
        (
            "On 6 March, Bolivian police fired teargas on supporters of the opposition.",
            ("BOLCOP", "BOLOPP"),
        ),
        (
            "On 6 March, soldiers broke up a protest by farmers in Lagos, Nigeria.",
            ("NGAMIL", "NGAAGR"),
        ),
        (
            "On 6 March, riot police used tear gas to disperse students in Kampala, Uganda.",
            ("UGACOP", "UGAEDU"),
        ),
    ],
)
def test_crowd_control_is_violent_repression(pipeline, text: str, expected: tuple) -> None:
    assert (*expected, "175") in coded_codes(pipeline, text)


def test_a_chemical_gas_is_no_crowd_control(pipeline) -> None:
    found = coded_codes(pipeline, "Syrian troops used chlorine gas against villagers in Idlib.")
    assert all(code != "175" for *_, code in found)
    assert any(code == "2041" for *_, code in found)


def test_a_passive_subject_shot_dead_is_the_target(pipeline) -> None:
    # "dead" is the state the victim is left in, not the thing shot
    found = coded_codes(
        pipeline, "On 6 March, a soldier was shot dead by gunmen in Kaduna, Nigeria."
    )
    assert ("NGAUAF", "NGAMIL", "193") in found


def test_a_victim_known_by_its_sector_keeps_it() -> None:
    class _Tok:
        def __init__(self, i, dep, children=()):
            self.i, self.dep_, self.children, self.lower_ = i, dep, list(children), ""

    victim = _Tok(2, "nsubjpass")
    trigger = _Tok(4, "ROOT", [victim])
    police = Actor(text="policeman", start=0, end=9, country=None, sector="COP", code="COP")
    mention = ActorMention(actor=police, start=2, end=3, sent_index=0)
    assert sectored_victim(trigger, [mention]) == (victim, "COP")
    named = ActorMention(
        actor=Actor(text="Kenya", start=0, end=5, country="KEN", sector=None, code="KEN"),
        start=2,
        end=3,
        sent_index=0,
    )
    assert sectored_victim(trigger, [named]) is None


def test_the_protest_leads_its_policing() -> None:
    def event(cameo: str, confidence: float) -> EventMention:
        return EventMention(None, None, cameo, 0, 1, 0, confidence)

    ranked = protest_first([event("175", 0.9), event("141", 0.6), event("190", 0.8)])
    assert [e.confidence for e in ranked] == [0.59, 0.6, 0.8]
    alone = [event("175", 0.9)]
    assert protest_first(alone) == alone  # no protest in the story: the repression leads
