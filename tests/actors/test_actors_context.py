"""Actors below the state: generic role agents, named armed groups, historical states, and the
country a generic actor takes from its context (modifier, place, dateline, article).

Sentences are our own. The model-based tests use the real English pipeline; the context rules
are also tested on hand-built mentions and places (no model, no gazetteer).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.actors import ActorCoder, ActorOptions
from eventscope.actors.context import dominant_country, needs_country, with_context_countries
from eventscope.models import Actor, ActorMention, Place, PlaceMention

ON = date(2020, 5, 9)


def coded(actors, nlp, text: str, on: date = ON) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=on)}


# -- every agent class of the generic lexicon (no country named: the code is the sector) -------
@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Protesters blocked the main road.", "Protesters", "OPP"),
        ("Demonstrators marched to the square.", "Demonstrators", "OPP"),
        ("Rioters torched two cars.", "Rioters", "CVL"),
        ("Students boycotted their exams.", "Students", "EDU"),
        ("Striking workers picketed the factory.", "Striking workers", "LAB"),
        ("The trade union called a strike.", "The trade union", "LAB"),
        ("Farmers dumped milk outside the ministry.", "Farmers", "AGR"),
        ("Nurses walked out of the clinic.", "Nurses", "HLH"),
        ("Medical interns staged a sit-in.", "Medical interns", "HLH"),
        ("Lawyers boycotted the hearings.", "Lawyers", "JUD"),
        ("Journalists rallied outside the court.", "Journalists", "MED"),
        ("Refugees crossed the river at dawn.", "Refugees", "REF"),
        ("A gang robbed the bus passengers.", "gang", "CRM"),
        ("Riot police fired tear gas.", "Riot police", "COP"),
        ("Security forces sealed off the area.", "Security forces", "COP"),
        ("Soldiers searched the houses.", "Soldiers", "MIL"),
        ("Government forces retook the town.", "Government forces", "MIL"),
        ("A pro-government militia raided the camp.", "pro-government militia", "MIL"),
        ("Intelligence agents detained a blogger.", "Intelligence agents", "SPY"),
        ("Rebels ambushed a convoy.", "Rebels", "REB"),
        ("Insurgents overran the outpost.", "Insurgents", "INS"),
        ("Separatists shelled the village.", "Separatists", "SEP"),
        ("Unidentified gunmen shot the driver.", "Unidentified gunmen", "UAF"),
        ("Armed men stormed the school.", "Armed men", "UAF"),
        ("Villagers fled the fighting.", "Villagers", "CVL"),
        ("Local officials closed the market.", "Local officials", "GOV"),
    ],
)
def test_every_agent_class_codes_its_sector(actors, nlp, text, phrase, sector):
    assert coded(actors, nlp, text).get(phrase) == sector


# -- named armed groups: codes, aliases, dated validity --------------------------------------
@pytest.mark.parametrize(
    ("text", "on", "phrase", "code"),
    [
        ("The Houthis fired a missile.", ON, "Houthis", "YEMREBHTH"),
        ("Ansar Allah fired a missile.", ON, "Ansar Allah", "YEMREBHTH"),
        ("Al-Shabaab attacked a base.", ON, "Al-Shabaab", "IMGMOSSHB"),
        ("ISWAP fighters raided the town.", ON, "ISWAP fighters", "IMGMOSISI"),
        ("JNIM claimed the ambush.", ON, "JNIM", "IMGMOSJNM"),
        ("The ELN freed two soldiers.", ON, "ELN", "COLREBELN"),
        ("M23 seized the border post.", ON, "M23", "CODREBM23"),
        ("Hezbollah fired rockets.", ON, "Hezbollah", "LBNREBHZB"),
        ("The Taliban captured the district.", date(2010, 6, 1), "Taliban", "AFGINSTAL"),
        ("The Taliban banned the broadcasts.", date(1998, 6, 1), "Taliban", "AFGGOVTAL"),
        ("The Taliban banned the broadcasts.", date(2022, 6, 1), "Taliban", "AFGGOVTAL"),
        ("FARC ambushed a patrol.", date(2005, 3, 1), "FARC", "COLREBFAR"),
        ("FARC criticised the budget.", date(2019, 3, 1), "FARC", "COLPTYFAR"),
    ],
)
def test_armed_groups_with_dated_codes(actors, nlp, text, on, phrase, code):
    assert coded(actors, nlp, text, on).get(phrase) == code


def test_a_user_adds_a_local_group_and_a_local_role(nlp, tmp_path):
    groups = tmp_path / "local.csv"
    groups.write_text("pattern,code,valid_from,valid_to\nRiver Lions,NGAREBRVL,,\n", "utf-8")
    roles = tmp_path / "local_agents.txt"
    roles.write_text("OKADA_RIDER [~LAB]\n", "utf-8")
    coder = ActorCoder.load(options=ActorOptions(user_files=(str(groups), str(roles))))
    found = coded(coder, nlp, "The River Lions attacked okada riders.")
    assert found == {"River Lions": "NGAREBRVL", "okada riders": "LAB"}


# -- historical states --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("Moscow rejected the proposal.", date(1987, 5, 1), "SUNGOV"),
        ("Moscow rejected the proposal.", date(2020, 5, 1), "RUSGOV"),
        ("Belgrade denied the report.", date(1995, 7, 1), "YUGGOV"),
        ("Belgrade denied the report.", date(2004, 7, 1), "SCGGOV"),
        ("Belgrade denied the report.", date(2012, 7, 1), "SRBGOV"),
        ("Prague protested.", date(1980, 1, 1), "CSKGOV"),
        ("Prague protested.", date(2000, 1, 1), "CZEGOV"),
    ],
)
def test_capitals_stand_for_the_state_of_the_day(actors, nlp, text, on, code):
    assert code in coded(actors, nlp, text, on).values()


def test_soviet_official_in_1987(actors, nlp):
    found = coded(actors, nlp, "Soviet Foreign Minister Eduard Shevardnadze arrived.",
                  date(1987, 9, 15))  # fmt: skip
    assert found == {"Soviet Foreign Minister Eduard Shevardnadze": "SUNGOV"}


# -- numbers stay out of actor names --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the Houthis' side, not the group itself (actors/stance.py)
        ("On Monday 20 pro-Houthi elements were killed.", "pro-Houthi", "YEMREB"),
        ("Nearly 300 protesters gathered.", "protesters", "OPP"),
        ("Two Iraqi soldiers were wounded.", "Iraqi soldiers", "IRQMIL"),
    ],
)
def test_counts_are_not_part_of_the_actor(actors, nlp, text, phrase, code):
    found = coded(actors, nlp, text)
    assert found.get(phrase) == code
    assert not any(ch.isdigit() for name in found for ch in name)


# -- country from context: the modifier (actor stage) ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Iraqi police arrested three men.", "Iraqi police", "IRQCOP"),
        ("Kenyan students marched.", "Kenyan students", "KENEDU"),
        ("Chilean truck drivers blocked the highway.", "Chilean truck drivers", "CHLLAB"),
    ],
)
def test_the_modifier_gives_the_country(actors, nlp, text, phrase, code):
    (mention,) = [m for m in actors.find(nlp(text), on=ON) if m.actor.text == phrase]
    assert (mention.actor.code, mention.actor.resolution) == (code, "modifier")


# -- country from context: hand-built mentions and places (no model) ---------------------
WORDS = ["Nurses", "protested", "in", "Haifa", ".", "Police", "watched", "."]


def _doc(vocab, words=WORDS) -> Doc:
    starts = [w[0].isupper() for w in words]
    return Doc(vocab, words=words, sent_starts=starts)


def _mention(doc: Doc, start: int, end: int, sector: str, sent: int, country=None) -> ActorMention:
    span = doc[start:end]
    actor = Actor(text=span.text, start=span.start_char, end=span.end_char, country=country,
                  sector=sector, code=(country or "") + sector)  # fmt: skip
    return ActorMention(actor=actor, start=start, end=end, sent_index=sent)


def _place(doc: Doc, i: int, country: str, sent: int) -> PlaceMention:
    token = doc[i]
    place = Place(name=token.text, country=country)
    return PlaceMention(text=token.text, start=token.idx, end=token.idx + len(token), place=place,
                        sent_index=sent)  # fmt: skip


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        # the place of the sentence, for the first; the article's only country for the second
        ([(3, "ISR", 0)], [("ISRHLH", "place"), ("ISRCOP", "article")]),
        # no place at all: nothing to go on
        ([], [("HLH", "dictionary"), ("COP", "dictionary")]),
    ],
)
def test_context_countries_on_hand_built_docs(vocab, places, expected):
    doc = _doc(vocab)
    mentions = [_mention(doc, 0, 1, "HLH", 0), _mention(doc, 5, 6, "COP", 1)]
    resolved = [_place(doc, i, c, s) for i, c, s in places]
    filled = with_context_countries(doc, mentions, resolved)
    assert [(m.actor.code, m.actor.resolution) for m in filled] == expected


def test_the_dateline_country_wins_over_the_article(vocab):
    words = ["BAGHDAD", ",", "May", "3", "-", "Police", "arrested", "Kenyans", "."]
    doc = Doc(vocab, words=words, sent_starts=[True, False, False, False, False, True, False,
                                               False, False])  # fmt: skip
    police = _mention(doc, 5, 6, "COP", 1)
    kenyans = _mention(doc, 7, 8, "CVL", 1, country="KEN")
    filled = with_context_countries(doc, [police, kenyans], [_place(doc, 0, "IRQ", 0)])
    assert (filled[0].actor.code, filled[0].actor.resolution) == ("IRQCOP", "dateline")
    assert filled[1] is kenyans  # already has its country


def test_a_stray_place_is_outvoted_by_the_article(vocab):
    words = ["Gunmen", "attacked", "Fulani", "near", "Tieba", "in", "Mopti", "."]
    doc = _doc(vocab, words)
    gunmen = _mention(doc, 0, 1, "UAF", 0)
    places = [_place(doc, 2, "FRA", 0), _place(doc, 4, "MLI", 0), _place(doc, 6, "MLI", 0)]
    (filled,) = with_context_countries(doc, [gunmen], places)
    assert filled.actor.code == "MLIUAF"


@pytest.mark.parametrize(
    ("country", "sector", "code", "resolution", "needs"),
    [
        (None, "COP", "COP", "dictionary", True),
        ("IRQ", "COP", "IRQCOP", "modifier", False),
        (None, "IMG", "IMGMOSISI", "dictionary", False),  # a fixed code has no country
        (None, "GOV", "GOV", "context", False),
    ],
)
def test_which_mentions_need_a_country(vocab, country, sector, code, resolution, needs):
    actor = Actor(text="x", start=0, end=1, country=country, sector=sector, code=code,
                  resolution=resolution)  # fmt: skip
    assert needs_country(ActorMention(actor=actor, start=0, end=1, sent_index=0)) is needs


@pytest.mark.parametrize(
    ("feature", "resolution", "code"),
    [
        # "Russia" is the protest's target, a party: the sentence's place is Paris
        ("PCLI", "dictionary", "FRAOPP"),
        # a context mention ("in Russia") is where the sentence is
        ("PCLI", "context", "RUSOPP"),
        # a town named as an actor ("Moscow" for the Russian state) still says where it is
        ("PPLC", "dictionary", "RUSOPP"),
    ],
)
def test_a_country_named_as_a_party_is_no_place_of_the_sentence(vocab, feature, resolution, code):
    words = ["Protesters", "rallied", "against", "Russia", "in", "Paris", "."]
    doc = _doc(vocab, words)
    protesters = _mention(doc, 0, 1, "OPP", 0)
    russia = _mention(doc, 3, 4, "GOV", 0, country="RUS")
    russia = replace(russia, actor=replace(russia.actor, resolution=resolution))
    target = _place(doc, 3, "RUS", 0)
    target = replace(target, place=replace(target.place, feature_code=feature, score=0.9))
    paris = _place(doc, 5, "FRA", 0)
    paris = replace(paris, place=replace(paris.place, score=0.6))
    filled, _ = with_context_countries(doc, [protesters, russia], [target, paris])
    assert filled.actor.code == code


def test_dominant_country_counts_places_and_actors(vocab):
    doc = _doc(vocab)
    places = [_place(doc, 3, "ISR", 0)]
    mentions = [_mention(doc, 0, 1, "GOV", 0, country="PSE"), _mention(doc, 5, 6, "GOV", 1, "PSE")]
    assert dominant_country(mentions, places) == "PSE"


# -- a role's "from"/"of" object names its country ("officials from France") ----------------------
@pytest.mark.parametrize(
    ("text", "role", "country", "where", "there"),
    [
        ("Officials from France visited the camps in Chad.", "Officials", "FRA", "Chad", "TCD"),
        ("Soldiers from Niger patrolled the border near Gao.", "Soldiers", "NER", "Gao", "MLI"),
        (
            "Delegates from Peru arrived in Santiago on Monday.",
            "Delegates",
            "PER",
            "Santiago",
            "CHL",
        ),
    ],
)
def test_a_role_takes_the_country_of_its_from_object(
    actors, nlp, text, role, country, where, there
):
    doc = nlp(text)
    mentions = actors.find(doc, on=ON)
    # the sentence's place is of another country: without the "from" rule it would win
    places = [_place(doc, next(t.i for t in doc if t.text == where), there, 0)]
    filled = with_context_countries(doc, mentions, places)
    found = {doc[m.start : m.end].text: m.actor for m in filled}
    assert found[role].country == country and found[role].resolution == "modifier"


# -- a nationality before the first noun of a list qualifies each noun ---------------------------
@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        (
            "In Dubai, Washington froze the assets of six Iranian banks and shipping firms.",
            "firms",
            "IRN",
        ),
        ("In Mombasa, Chinese officials and businessmen toured the port.", "businessmen", "CHN"),
    ],
)
def test_a_listed_role_shares_the_nationality_of_the_first(actors, nlp, text, role, country):
    doc = nlp(text)
    mentions = actors.find(doc, on=ON)
    # the sentence's place is elsewhere: without the shared nationality it would win
    places = [_place(doc, 1, "ARE", 0)]
    filled = with_context_countries(doc, mentions, places)
    found = {doc[m.start : m.end].text: m.actor for m in filled}
    assert found[role].country == country and found[role].resolution == "modifier"


def test_a_listed_role_without_a_nationality_keeps_the_place(actors, nlp):
    doc = nlp("In Mombasa, government officials and businessmen toured the port.")
    mentions = actors.find(doc, on=ON)
    filled = with_context_countries(doc, mentions, [_place(doc, 1, "KEN", 0)])
    found = {doc[m.start : m.end].text: m.actor for m in filled}
    assert found["businessmen"].country == "KEN" and found["businessmen"].resolution == "place"
