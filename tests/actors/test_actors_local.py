"""Actors of local conflict and protest notes: more generic agents, named groups with a word for
their fighters, and which places may give a generic actor its country.

Sentences are our own. Place mentions are built by hand (no gazetteer) so that each rule of
:mod:`eventscope.actors.where` and of the country choice is tested on its own; the end-to-end
table runs the whole pipeline once per country source.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.context import context_country, country_votes, with_context_countries
from eventscope.actors.rules import ContextRules
from eventscope.actors.where import place_weight, usable_places
from eventscope.models import Actor, ActorMention, Place, PlaceMention
from eventscope.pipeline import Pipeline

ON = date(2020, 5, 9)


def coded(actors, nlp, text: str, on: date = ON) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=on)}


# -- generic agents added for local news (no country named: the code is the sector) ------------
@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Firemen blocked the avenue.", "Firemen", "LAB"),
        ("Firefighters marched to the town hall.", "Firefighters", "LAB"),
        ("Street vendors refused to leave the market.", "Street vendors", "LAB"),
        ("Merchants closed their shops in protest.", "Merchants", "BUS"),
        ("Locals beat up a suspected thief.", "Locals", "CVL"),
        ("Inmates set mattresses on fire.", "Inmates", "CVL"),
        ("Relatives of the victim blocked the road.", "Relatives of the victim", "CVL"),
        ("Foreign nationals were attacked at the market.", "Foreign nationals", "CVL"),
        ("Unidentified individuals torched the office.", "Unidentified individuals", "UAF"),
        ("Unknown assailants shot a teacher.", "Unknown assailants", "UAF"),
        ("Raiders stole forty cows.", "Raiders", "UAF"),
        ("A tribal militia stormed the checkpoint.", "tribal militia", "UAF"),
        ("A sniper wounded a farmer.", "sniper", "MIL"),
        ("Police personnel dispersed the crowd.", "Police personnel", "COP"),
        ("Cattle rustlers attacked the herders.", "Cattle rustlers", "CRM"),
    ],
)
def test_local_agents_code_their_sector(actors, nlp, text, phrase, sector):
    assert coded(actors, nlp, text).get(phrase) == sector


# -- a named group before a word for its fighters takes the group's code -------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Taliban militants attacked a checkpoint.", "Taliban militants", "AFGINSTAL"),
        ("Al-Shabaab gunmen ambushed a convoy.", "Al-Shabaab gunmen", "IMGMOSSHB"),
        ("Houthi fighters shelled the village.", "Houthi fighters", "YEMREBHTH"),
        # a state's forces keep the state's sector: "Houthi forces" is not the same shape
        ("Iraqi militants attacked a checkpoint.", "Iraqi militants", "IRQUAF"),
    ],
)
def test_group_fighters_take_the_group_code(actors, nlp, text, phrase, code):
    assert coded(actors, nlp, text).get(phrase) == code


def test_forces_of_an_unrecognised_state(actors, nlp):
    text = "Military forces of Artsakh fired on the positions of the military forces of Azerbaijan."
    found = coded(actors, nlp, text)
    assert found["Military forces of Artsakh"] == "ARMMIL"
    assert found["the military forces of Azerbaijan"] == "AZEMIL"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the world's reference currency says nothing about the United States
        ("Protesters denounced the high US dollar exchange rate.", []),
        # a currency symbol after the name is the same dollar ("US $50 million")
        ("The minister was accused of misusing up to US $50 million in public funds.", []),
        # a country's own currency stays context: it names the story's country
        ("Protesters denounced the fall of the Lebanese pound.", [("LBN", "context")]),
    ],
)
def test_a_currency_names_no_actor(actors, nlp, text, kept):
    mentions = actors.find(nlp(text), on=ON)
    found = [(m.actor.code, m.actor.resolution) for m in mentions if m.actor.country]
    assert found == kept


# -- which places may give a country ----------------------------------------------------------
def _place(doc, text: str, country: str, score: float | None = None, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    place = Place(name=text, country=country, score=score)
    return PlaceMention(text=text, start=start, end=start + len(text), place=place, sent_index=0)


def _generic(doc, text: str, sector: str) -> ActorMention:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    actor = Actor(text=text, start=start, end=start + len(text), country=None, sector=sector,
                  code=sector)  # fmt: skip
    return ActorMention(actor=actor, start=span.start, end=span.end, sent_index=0)


RULES = ContextRules.load()


@pytest.mark.parametrize(
    ("text", "place", "usable"),
    [
        # a name that modifies a thing is no location
        ("Rioters threw Molotov cocktails in Beirut.", "Molotov", False),
        # ... unless the thing is a place word
        ("Rioters burned tyres in the Hamra district.", "Hamra", True),
        # one word glued to a capitalised word: a piece of a longer name
        ("Gunmen opened fire in Al Karaa market.", "Al", False),
        ("Militiamen raided a camp in Central Darfur.", "Central", False),
        ("Rebels attacked a camp in Sud-Kivu.", "Sud", False),
        # ... even when the gazetteer knows the other word too
        ("A woman was found dead in Tijuana, Baja California.", "Baja", False),
        # two names joined by a hyphen are each a place
        ("A grenade exploded in Mogadishu-Hodan district.", "Mogadishu", True),
        # ... but not when the next word is a place noun ("LGA")
        ("Gunmen attacked Kagara in Rafi LGA.", "Rafi", True),
        # a name before a particle and a capitalised word starts a longer name
        ("Soldiers shelled Jabal al-Zawiya.", "Jabal", False),
        ("Armed men killed a farmer in Leon de los Aldama.", "Leon", False),
        ("Gunmen killed a trader in Aden on Monday.", "Aden", True),
    ],
)
def test_usable_places(nlp, text, place, usable):
    doc = nlp(text)
    mention = _place(doc, place, "XXX")
    kept = usable_places(doc, [mention], [], RULES.place_nouns, RULES.name_particles)
    assert (kept == [mention]) is usable


def test_a_role_word_read_as_a_town_is_no_place(nlp):
    doc = nlp("Police dispersed the crowd in Sidon.")
    police = _generic(doc, "Police", "COP")
    places = [_place(doc, "Police", "POL", 0.9), _place(doc, "Sidon", "LBN", 1.0)]
    kept = usable_places(doc, places, [police], RULES.place_nouns, RULES.name_particles)
    assert [p.text for p in kept] == ["Sidon"]


@pytest.mark.parametrize(
    ("places", "country"),
    [
        # the surer place wins over a doubtful one, whatever the order
        ([("Pesqueria", "MEX", 0.6), ("Colonia", "URY", 0.15)], "MEX"),
        ([("Colonia", "URY", 0.15), ("Pesqueria", "MEX", 0.6)], "MEX"),
        # two places of one country outweigh a single surer one
        ([("Pesqueria", "MEX", 0.5), ("Colonia", "URY", 0.7), ("Monterrey", "MEX", 0.5)], "MEX"),
        # no score: each place counts 0.5
        ([("Pesqueria", "MEX", None), ("Colonia", "URY", 0.15)], "MEX"),
    ],
)
def test_the_surest_country_of_the_sentence(nlp, places, country):
    doc = nlp("Gunmen killed a man in Pesqueria, near Monterrey, in Colonia Bivalvo.")
    gunmen = _generic(doc, "Gunmen", "UAF")
    resolved = [_place(doc, name, code, score) for name, code, score in places]
    (filled,) = with_context_countries(doc, [gunmen], resolved)
    assert (filled.actor.code, filled.actor.resolution) == (country + "UAF", "place")
    assert context_country(0, 0, [gunmen], resolved, doc) == (country, "place")


def test_votes_weigh_places_actors_and_context():
    aden = Place(name="Aden", country="YEM", score=0.6)
    place = PlaceMention(text="Aden", start=0, end=4, place=aden, sent_index=0)
    named = Actor(text="Saudi forces", start=10, end=22, country="SAU", sector="MIL", code="SAUMIL")
    context = Actor(text="Lebanese", start=30, end=38, country="LBN", sector=None, code="LBN",
                    resolution="context")  # fmt: skip
    mentions = [ActorMention(actor=a, start=0, end=1, sent_index=0) for a in (named, context)]
    assert country_votes(mentions, [place]) == {"YEM": 0.6, "SAU": 1.0, "LBN": 0.25}
    assert place_weight(place) == 0.6


# -- end to end: each source of a generic actor's country ----------------------------------------
@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "phrase", "code", "resolution"),
    [
        ("Iraqi police arrested three protesters on Monday.", "Iraqi police", "IRQCOP",
         "modifier"),
        ("Nurses protested in Nairobi on Monday.", "Nurses", "KENHLH", "place"),
        ("NAIROBI, May 4 - Nurses marched on Monday. They demanded higher pay.", "Nurses",
         "KENHLH", "dateline"),
    ],
)  # fmt: skip
def test_country_sources_end_to_end(pipeline, text, phrase, code, resolution):
    events = pipeline.code_text(text, published=ON)
    sources = {(e.source.text, e.source.code, e.source.resolution) for e in events if e.source}
    assert (phrase, code, resolution) in sources


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the sentence names the town's province: the town outweighs a surer stray name
        ("Gunmen shot a man in Joao Pessoa, Paraiba, in Rangel neighborhood.", "BRA"),
        # no province named: the surer name wins
        ("Gunmen shot a man in Joao Pessoa, in Rangel neighborhood.", "AGO"),
    ],
)
def test_a_town_confirmed_by_its_province(nlp, text, country):
    doc = nlp(text)
    gunmen = _generic(doc, "Gunmen", "UAF")
    town = Place(name="João Pessoa", country="BRA", admin1="Paraíba", score=0.43)
    stray = Place(name="Rangel", country="AGO", admin1="Luanda", score=1.0)
    places = []
    for name, place in (("Joao Pessoa", town), ("Rangel", stray)):
        start = doc.text.index(name)
        places.append(PlaceMention(text=name, start=start, end=start + len(name), place=place,
                                   sent_index=0))  # fmt: skip
    (filled,) = with_context_countries(doc, [gunmen], places)
    assert filled.actor.country == country
