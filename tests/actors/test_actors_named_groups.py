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
