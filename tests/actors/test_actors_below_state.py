"""Actors below the state (issue 15): a body that rules led by the armed forces is the
government ("the military regime" GOV, data/actors/rules.toml ``ruling_bodies``), while a
force's other titles keep the force ("army spokesman" MIL). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest


def _codes(actors, nlp, text):
    return [m.actor.code for m in actors.find(nlp(text), on=date(2024, 5, 6))]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The military government of Myanmar arrested opposition leaders.", "MMRGOV"),
        ("The military regime in Myanmar jailed two reporters.", "MMRGOV"),
        # a junta is the army in power: its acts are the military's
        ("The military junta in Mali expelled the ambassador.", "MLIMIL"),
        ("The Malian army spokesman denied the report.", "MLIMIL"),
        ("Kenyan police spokesmen denied the report.", "KENCOP"),
        ("Military authorities in Sudan arrested ten protesters.", "SDNMIL"),
    ],
)
def test_a_ruling_body_of_the_military_is_the_government(actors, nlp, text, code):
    found = _codes(actors, nlp, text)
    assert found[0] == code, found


@pytest.mark.parametrize(
    ("text", "actors_found"),
    [
        # neither name is in the dictionaries: two militias
        (
            "Hutu and Tutsi militias clashed near the lake.",
            [("Hutu", "UAF"), ("Tutsi militias", "UAF")],
        ),
        # the second is a people of the dictionaries: the first shares its word
        (
            "Fellata and Rizeigat communal militias clashed in South Darfur.",
            [("Fellata", "SDNREB"), ("Rizeigat communal militias", "SDNREB")],
        ),
        (
            "Kamajor and Donso fighters attacked a village.",
            [("Kamajor", "UAF"), ("Donso fighters", "UAF")],
        ),
        # not a list of names: one actor
        ("State and federal police arrested ten men.", [("police", "COP")]),
        ("Kenyan police arrested ten men.", [("Kenyan police", "KENCOP")]),
        # dictionary words are the phrase builder's business, even when they make no actor
        ("Military and Police forces dispersed the crowd.", [("Police forces", "COP")]),
    ],
)
def test_unknown_names_share_the_agent_word(actors, nlp, text, actors_found):
    found = [(m.actor.text, m.actor.code) for m in actors.find(nlp(text), on=date(2024, 5, 6))]
    assert found[: len(actors_found)] == actors_found, found


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ('"Our forces will not retreat," the Ethiopian army chief said.', "forces", "ETHMIL"),
        (
            '"Our troops killed 50 rebels," a spokesman for the Congolese army said.',
            "troops",
            "CODMIL",
        ),
        ('The Sudanese army spokesman said: "Our forces repelled the attack."', "forces", "SDNMIL"),
        (
            '"Our soldiers shelled the town," said the Kenyan defence minister.',
            "soldiers",
            "KENMIL",
        ),
        # outside a quotation, or said by no one with a country: left to the context stage
        ("Our forces will not retreat, the Ethiopian army chief said.", "forces", "MIL"),
        ('"Our forces will not retreat," a spokesman said.', "forces", "MIL"),
        # not first person: the speaker's enemy may be meant
        ('"Their forces will retreat," the Ethiopian army chief said.', "forces", "MIL"),
    ],
)
def test_quoted_first_person_actors_are_the_speakers(actors, nlp, text, word, code):
    found = {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=date(2024, 5, 6))}
    assert found.get(word) == code, found


def test_places_before_an_actor_are_no_names_of_it(actors, nlp):
    # a misparse hangs "Tlacotalpan, Veracruz" on "men": a list of places, not of groups
    doc = nlp("On 9 May, in Tlacotalpan, Veracruz, armed men shot a trader.")
    found = [m.actor.text for m in actors.find(doc, on=date(2024, 5, 6))]
    assert "Tlacotalpan" not in found and "Veracruz" not in found, found
