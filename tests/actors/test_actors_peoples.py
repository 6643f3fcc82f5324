"""Peoples and regions inside a state (``data/actors/peoples.tsv``): forces named for them are an
armed group of the country (REB), not its army, as in the CAMEO actor codebook.

Sentences are our own. The actor stage alone, but for the whole-pipeline dyads at the end.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

ON = date(2021, 3, 2)


def found(actors, nlp, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # a people of one state: that state's armed group, whatever the word for the force
        ("Tigrayan forces shelled the town overnight.", "Tigrayan forces", "ETHREB"),
        ("Amhara militiamen burned a market near the border.", "Amhara militiamen", "ETHREB"),
        ("Arakan fighters seized a police outpost.", "Arakan fighters", "MMRREB"),
        ("Chechen fighters ambushed a convoy in the mountains.", "Chechen fighters", "RUSREB"),
        ("Abkhaz troops crossed the river at dawn.", "Abkhaz troops", "GEOREB"),
        # a people of several states takes the state named before it
        ("Syrian Kurdish forces took the dam on Tuesday.", "Syrian Kurdish forces", "SYRREB"),
        ("Iraqi Kurdish fighters entered the town.", "Iraqi Kurdish fighters", "IRQREB"),
        # other roles keep their sector: a regional official is the country's GOV, its
        # people are civilians, its police are police
        ("A Tigrayan official denied the report.", "Tigrayan official", "ETHGOV"),
        ("Tigrayans marched outside the embassy.", "Tigrayans", "ETHCVL"),
        ("Chechen police detained the blogger.", "Chechen police", "RUSCOP"),
        # a state's demonym still names the state's army
        ("Ethiopian troops shelled the town overnight.", "Ethiopian troops", "ETHMIL"),
    ],
)  # fmt: skip
def test_forces_named_for_a_people_are_an_armed_group_of_the_country(
    actors, nlp, text, phrase, code
):
    assert found(actors, nlp, text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the forces, fighters and militias of a province are armed men of a region ...
        ("Tigray forces captured the town.", "Tigray forces", "ETHREB"),
        ("Darfur militias attacked a camp.", "Darfur militias", "SDNREB"),
        # ... its police, troops and guards stay the state's, the province its government
        ("Punjab police arrested two men.", "Punjab police", "PAKCOP"),
        ("Texas National Guard troops arrived.", "Texas National Guard troops", "USAMIL"),
        ("Sichuan province sent aid.", "Sichuan province", "CHNGOV"),
    ],
)  # fmt: skip
def test_forces_named_for_a_province(actors, nlp, text, phrase, code):
    assert found(actors, nlp, text)[phrase] == code


def test_a_people_of_several_states_takes_the_country_from_context(actors, nlp):
    # no state named in the phrase: a role with no country, completed by the context stage
    codes = found(actors, nlp, "Kurdish gunmen fired on a patrol.")
    assert codes["Kurdish gunmen"] == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain fell across Rakhine State on Monday.",
        "Gunmen raided the Dogon village at night.",
        "Clashes broke out between rival Dinka sections.",
    ],
)
def test_a_people_or_region_alone_names_no_state(actors, nlp, text):
    codes = found(actors, nlp, text)
    assert not [code for code in codes.values() if code in ("MMR", "MLI", "SSD")]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the posts of a people are held by its armed group ...
        ("Army jets bombed Kachin posts in the hills.", "Kachin posts", "MMRREB"),
        ("Artillery hit Kurdish positions overnight.", "Kurdish positions", "REB"),
        # ... and one of its people is a civilian
        ("A Tigrayan was detained at the airport.", "A Tigrayan", "ETHCVL"),
    ],
)  # fmt: skip
def test_a_peoples_posts_and_one_of_its_people(actors, nlp, text, phrase, code):
    assert found(actors, nlp, text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "ethnic" + a state's demonym: a people, who may live in another state ...
        ("Ethnic Albanian rebels clashed with Macedonian police.", "Albanian rebels", "REB"),
        ("Ethnic Serbs blocked the bridge on Monday.", "Serbs", "CVL"),
        ("An ethnic Uzbek was beaten by the police.", "An ethnic Uzbek", "CVL"),
        # ... without it, the state's
        ("Albanian police detained the smugglers.", "Albanian police", "ALBCOP"),
        ("A Palestinian was wounded near the fence.", "A Palestinian", "PSECVL"),
    ],
)  # fmt: skip
def test_an_ethnic_group_takes_its_country_from_context(actors, nlp, text, phrase, code):
    assert found(actors, nlp, text)[phrase] == code


def test_an_ethnic_group_lives_in_the_state_of_its_context(pipeline):
    events = pipeline.code_text(
        "Ethnic Albanian rebels clashed with Macedonian police near the border.", published=ON
    )
    assert {e.source.code for e in events if e.source} <= {"MKDREB", "MKDCOP"}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the sponsor of a proxy is neither the group nor an actor of its own
        ("Iranian-backed militias fired rockets at the base.", "militias", "UAF"),
        ("Russia-funded separatists shelled the village.", "separatists", "SEP"),
        ("Rwandan-backed M23 rebels took the town.", "M23 rebels", "CODREBM23"),
        ("Iran's proxies fired rockets at the base.", "proxies", "UAF"),
        ("Russian proxy forces shelled the village.", "proxy forces", "UAF"),
    ],
)  # fmt: skip
def test_the_sponsor_of_a_proxy_is_no_actor(actors, nlp, text, phrase, code):
    codes = found(actors, nlp, text)
    assert codes[phrase] == code
    assert len(codes) == 1


def test_a_proxy_fights_where_it_is_not_in_its_sponsors_state(pipeline):
    text = "Iran-backed militias fired rockets at an American base in Iraq on Sunday."
    sources = {e.source.code for e in pipeline.code_text(text, published=ON) if e.source}
    assert sources == {"IRQUAF"}


def test_a_proxy_is_an_armed_group_only_in_the_plural(actors, nlp):
    assert found(actors, nlp, "Shareholders voted by proxy at the meeting.") == {}


def test_a_peoples_camps_are_no_armed_group(actors, nlp):
    assert found(actors, nlp, "Fire swept through Rohingya camps on Sunday.") == {}


def test_each_force_of_a_coordination_keeps_its_own_sector(actors, nlp):
    codes = found(actors, nlp, "Ethiopian and Tigrayan forces clashed near the airport.")
    assert codes == {"Ethiopian": "ETHMIL", "Tigrayan forces": "ETHREB"}
    codes = found(actors, nlp, "Tigrayan and Ethiopian forces clashed near the airport.")
    assert codes == {"Tigrayan": "ETHREB", "Ethiopian forces": "ETHMIL"}


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "army", "group"),
    [
        ("Federal troops of Ethiopia and Tigrayan forces agreed to a truce on Friday.",
         "ETHMIL", "ETHREB"),
        ("Ethiopian soldiers and Oromo fighters exchanged fire near the market.", "ETHMIL",
         "ETHREB"),
        ("Baloch insurgents attacked a Pakistani army convoy on the highway.", "PAKMIL",
         "PAKINS"),
    ],
)  # fmt: skip
def test_a_state_and_a_people_in_arms_are_no_self_dyad(pipeline, text, army, group):
    events = pipeline.code_text(text, published=ON)
    dyads = {(e.source.code, e.target.code) for e in events if e.source and e.target}
    assert (army, group) in dyads or (group, army) in dyads
    assert not [d for d in dyads if d[0] == d[1]]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # a known group's name inside a longer name is another group: of its own context
        ("The Karen National Liberation Army seized a hilltop base.",
         "The Karen National Liberation Army", "REB"),
        # the known group itself, alone or after a nationality
        ("The National Liberation Army bombed a pipeline.", "National Liberation Army",
         "COLREBELN"),
        ("Colombian National Liberation Army rebels bombed a pipeline.",
         "Colombian National Liberation Army", "COLREB"),
    ],
)  # fmt: skip
def test_a_group_name_inside_a_longer_name(actors, nlp, text, phrase, code):
    assert found(actors, nlp, text)[phrase] == code


def test_a_longer_name_takes_the_country_of_its_context(pipeline):
    text = "Myanmar troops and the Karen National Liberation Army clashed near the border."
    codes = {a.code for e in pipeline.code_text(text, published=ON) for a in (e.source, e.target)}
    assert codes == {"MMRMIL", "MMRREB"}


def test_an_acronym_in_brackets_names_the_same_actor_later(actors, nlp):
    text = "The Arakan Army (AA) raided a police post. Later troops and the AA clashed."
    mentions = [(m.actor.text, m.actor.code) for m in actors.find(nlp(text), on=ON)]
    assert ("AA", "MMRREBARA") in mentions
    text = "The Karen National Liberation Army (KNLA) took a base. The KNLA said so."
    assert found(actors, nlp, text)["The KNLA"] == "REB"


def test_an_acronym_after_a_country_is_not_the_country(actors, nlp):
    text = "Rebels of the Front for the Liberation of Rwanda (FLR) left. FLR members fled."
    assert "FLR" not in " ".join(found(actors, nlp, text))


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # a capital glued to anti/pro stands for its government: a war on it is fought there
        ("Iran armed anti-Baghdad rebels in the north.", "anti-Baghdad rebels", "IRQREB"),
        ("Pro-Damascus militias shelled the town.", "Pro-Damascus militias", "SYRMIL"),
        # unarmed roles keep their own sector and context
        ("Anti-Moscow protesters marched in the capital.", "Anti-Moscow protesters", "OPP"),
    ],
)  # fmt: skip
def test_armed_sides_of_a_capital(actors, nlp, text, phrase, code):
    assert found(actors, nlp, text)[phrase] == code
