"""Named armed movements and parties of world news, and region demonyms (our own sentences).

Each names its home country: the event's dyad needs it ("the Tamil Tigers attacked ..." is an
LKA rebel act). Parties code PTY (or OPP for banned movements), armed movements REB.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Tamil Tigers ambushed an army convoy.", "LKAREBLTT"),
        ("UNITA rejected the new peace proposal.", "AGOREBUNT"),
        ("The Khmer Rouge shelled the town overnight.", "KHMREBKRG"),
        ("The Kosovo Liberation Army attacked a police post.", "XKXREBKLA"),
        ("The Lord's Resistance Army abducted dozens of children.", "UGAREBLRA"),
        ("Sinn Fein welcomed the statement.", "GBRPTYSNF"),
        ("Fatah accused its rivals of treason.", "PSEPTYFTH"),
        ("The Islamic Salvation Front called for a boycott.", "DZAOPPFIS"),
        ("ECOWAS sent observers to the election.", "IGOWAFECW"),
        ("Chechen rebels attacked a convoy.", "RUSREB"),
    ],
)
def test_named_groups_have_a_country(nlp, actors, text, code):
    doc = nlp(text)
    assert code in {m.actor.code for m in actors.find(doc)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # who comes "from" a city or a country belongs to it; "in" a big city is there
        ("A nurse from Toronto was detained in Egypt.", "CANHLH"),
        ("Refugees from Aleppo crossed into Turkey.", "SYRREF"),
        ("Protesters in Lagos blocked the main road.", "NGAOPP"),
        # religious agents (CAMEO REL)
        ("Police detained a Coptic priest in Cairo.", "EGYREL"),
        ("Two British missionaries were expelled from Sudan.", "GBRREL"),
        ("Pope John Paul II arrived in Warsaw.", "VATGOV"),
    ],
)
def test_agents_take_the_country_of_their_place(nlp, actors, text, code):
    doc = nlp(text)
    assert code in {m.actor.code for m in actors.find(doc)}


@pytest.mark.parametrize(
    ("on", "code"),
    [("1995-03-01", "SDN"), ("2015-03-01", "SSD")],
)
def test_juba_names_the_state_of_its_day(nlp, actors, on, code):
    # Juba was Sudan's southern regional capital until South Sudan's independence (2011-07-09)
    from datetime import date

    doc = nlp("Juba said it would reopen the border crossing.")
    countries = {m.actor.country for m in actors.find(doc, on=date.fromisoformat(on))}
    assert code in countries, countries


def _found(actors, nlp, text: str) -> list[tuple[str, str]]:
    """(text, code) of the actor mentions, leaving out those flagged as mere context."""
    mentions = actors.find(nlp(text))
    return [(m.actor.text, m.actor.code) for m in mentions if m.actor.resolution != "context"]


# (sentence, [(mention, code)]): named groups before a word for fighters or forces take the
# group's code; "A and B forces" shares the agent word, each name keeping its own standing.
NAMED_FORCES = [
    ("Taliban forces attacked the base.", [("Taliban forces", "AFGINSTAL")]),
    ("Hezbollah troops crossed the line.", [("Hezbollah troops", "LBNREBHZB")]),
    (
        "GNA and LNA forces clashed south of the capital.",
        [("GNA", "LBYMIL"), ("LNA forces", "LBYREBLNA")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_FORCES)
def test_named_forces(nlp, actors, text, expected):
    mentions = _found(actors, nlp, text)
    for pair in expected:
        assert pair in mentions


def test_forces_of_two_countries(nlp, actors):
    mentions = _found(actors, nlp, "The armed forces of Chad and Niger attacked the camp.")
    assert ("The armed forces of Chad", "TCDMIL") in mentions
    assert ("Niger", "NERMIL") in mentions


def test_an_armed_unit_is_no_titled_person(nlp, actors):
    # "Sultan" is a title, but a run ending in "Division" names an armed unit
    mentions = _found(actors, nlp, "Fighters of the Sultan Murad Division shelled the village.")
    assert all(code != "GOV" for _, code in mentions)
