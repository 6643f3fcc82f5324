"""Stance prefixes ("anti-X forces", "pro-X militias"), civilian role words (voters, passengers,
pensioners ...) and local officials (district commissioners, governors, mayors).

Sentences are our own. The actor stage alone codes the phrases; the pipeline tests check that
a local official takes the country of the place named with the office.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_actors_substate import codes_of, pipeline

from eventscope.actors.lexicon import Entry, Hit
from eventscope.actors.stance import stance_hits

__all__ = ["pipeline"]  # the pipeline fixture shared from test_actors_substate

ON = date(2020, 5, 9)


def coded(actors, nlp, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


# -- anti-X: the side against X, never X -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # against the state: armed opposition (REB); protesters stay protesters
        ("Anti-government forces overran a checkpoint.", "Anti-government forces", "REB"),
        ("The anti-regime militia shelled the airport.", "The anti-regime militia", "REB"),
        ("Anti-government protesters blocked the highway.", "Anti-government protesters", "OPP"),
        # against a domestic armed group: fighters of no stated allegiance in its country
        ("Anti-Taliban militias ambushed a convoy.", "Anti-Taliban militias", "AFGUAF"),
        ("Anti-Houthi fighters seized the hill.", "Anti-Houthi fighters", "YEMUAF"),
        # modifiers between the group and the agent word are part of the phrase
        ("Anti-Houthi Southern Resistance forces shelled the town.",
         "Anti-Houthi Southern Resistance forces", "YEMUAF"),
        # against a country: the agent word alone, no country of its own here
        ("An anti-Russian journalist was beaten.", "anti-Russian journalist", "MED"),
    ],
)  # fmt: skip
def test_anti_x_is_not_x(actors, nlp, text, phrase, code):
    found = coded(actors, nlp, text)
    assert found.get(phrase) == code
    assert not any(c.startswith(("AFGINS", "YEMREBHTH", "RUS")) for c in found.values())


def test_an_anti_group_adjective_alone_names_no_actor(actors, nlp):
    assert coded(actors, nlp, "The anti-Taliban offensive stalled in the hills.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Paris dispersed a pro-Palestinian rally on Saturday.",
        "Pro-Russian demonstrations took place in the capital.",
    ],
)
def test_a_pro_country_adjective_alone_names_no_actor(actors, nlp, text):
    """ "a pro-Palestinian rally" is no act of or on the Palestinians; "anti-American
    protests" keep America as what they are against."""
    assert not any(c.startswith(("PSE", "RUS")) for c in coded(actors, nlp, text).values())


def test_an_anti_country_adjective_alone_stays_the_context(actors, nlp):
    found = coded(actors, nlp, "Anti-American protests spread across the city.")
    assert "USA" in found.values()


# -- pro-X: aligned with X, not X ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # with the state: its forces (CAMEO codes pro-government militias as MIL)
        ("Pro-government gunmen fired on the crowd.", "Pro-government gunmen", "MIL"),
        ("Pro-government militias attacked the village.", "Pro-government militias", "MIL"),
        # with a domestic armed group: its country and sector, not the group's own code
        ("Pro-Houthi fighters shelled the port.", "Pro-Houthi fighters", "YEMREB"),
        ("Pro-Taliban gunmen burned a school.", "Pro-Taliban gunmen", "AFGINS"),
        # with a foreign country: the agent word alone; the country comes from the context
        ("Pro-Russian separatists shelled the town.", "Pro-Russian separatists", "SEP"),
        ("Pro-Iranian militias fired rockets.", "Pro-Iranian militias", "UAF"),
    ],
)
def test_pro_x_is_aligned_not_x(actors, nlp, text, phrase, code):
    assert coded(actors, nlp, text).get(phrase) == code


def test_a_foreign_stance_takes_the_country_of_the_place(pipeline):
    found = codes_of(pipeline, "Pro-Russian separatists shelled a village near Donetsk, Ukraine.")
    assert found.get("Pro-Russian separatists") == "UKRSEP"


def test_stance_needs_the_hyphen_glued_to_the_name(actors, nlp):
    # "pro" as a word of its own is no stance: the group keeps its code
    found = coded(actors, nlp, "Houthi fighters shelled the port.")
    assert found.get("Houthi fighters") == "YEMREBHTH"


def test_stance_hits_passes_unmarked_hits_through(vocab):
    from spacy.tokens import Doc

    doc = Doc(vocab, words=["Houthi", "forces", "attacked"])
    hits = [Hit(0, 1, Entry("org", code="YEMREBHTH")), Hit(1, 2, Entry("agent", sector="MIL"))]
    assert stance_hits(doc, hits, ON) == hits


# -- civilian roles -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Angry voters blocked the polling station.", "voters", "CVL"),
        ("Kenyan voters queued for hours.", "Kenyan voters", "KENCVL"),
        ("Passengers stormed the bus depot.", "Passengers", "CVL"),
        ("Pensioners marched on parliament.", "Pensioners", "CVL"),
        ("Worshippers barricaded the mosque.", "Worshippers", "CVL"),
        ("The families of the missing men held a vigil.", "The families", "CVL"),
        ("Parents blocked the school gate.", "Parents", "CVL"),
        ("Tribal elders met the commander.", "Tribal elders", "CVL"),
        ("A blogger was detained.", "blogger", "MED"),
        ("Professors refused to teach.", "Professors", "EDU"),
        ("Aid workers were abducted.", "Aid workers", "NGO"),
        ("Unknown arsonists torched a mast.", "arsonists", "UAF"),
        ("An unidentified group fired shots at a car.", "unidentified group", "UAF"),
    ],
)
def test_civilian_and_other_role_words(actors, nlp, text, phrase, code):
    assert coded(actors, nlp, text).get(phrase) == code


# -- local officials ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The district commissioner banned the rally.", "The district commissioner", "GOV"),
        ("The provincial governor imposed a curfew.", "The provincial governor", "GOV"),
        ("The deputy mayor resigned.", "The deputy mayor", "GOV"),
        ("The prefect ordered the market closed.", "The prefect", "GOV"),
        ("The city council approved the budget.", "The city council", "GOV"),
        ("A traditional chief was kidnapped.", "traditional chief", "GOV"),
        ("Kenyan district commissioner Ali Said met the elders.",
         "Kenyan district commissioner Ali Said", "KENGOV"),
    ],
)  # fmt: skip
def test_local_officials_are_the_government(actors, nlp, text, phrase, code):
    assert coded(actors, nlp, text).get(phrase) == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The governor of Kandahar province condemned the attack on Monday.",
         "The governor", "AFGGOV"),
        ("Gunmen killed a district commissioner in Marsabit, Kenya.",
         "district commissioner", "KENGOV"),
    ],
)  # fmt: skip
def test_local_officials_take_the_country_of_their_place(pipeline, text, phrase, code):
    assert codes_of(pipeline, text).get(phrase) == code


# -- a named government's posts; the group a role word belongs to --------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Rebel drones struck GNA positions south of the capital.", "GNA positions", "LBYMIL"),
        ("Rebels overran a GNA checkpoint.", "GNA checkpoint", "LBYMIL"),
    ],
)
def test_a_named_governments_posts_are_held_by_its_forces(actors, nlp, text, phrase, code):
    assert coded(actors, nlp, text).get(phrase) == code


def test_a_named_government_alone_stays_the_government(actors, nlp):
    assert coded(actors, nlp, "The GNA rejected the truce.").get("GNA") == "LBYGOV"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Owners and workers of transport companies protested.",
         "workers of transport companies", "LAB"),
        ("Relatives of the soldiers blocked the road.", "Relatives of the soldiers", "CVL"),
        # a generic title takes the sector of the group it leads or speaks for
        ("The leader of the rebels was killed.", "The leader of the rebels", "REB"),
        ("The commander of the militia surrendered.", "The commander of the militia", "UAF"),
        ("A spokesman for the army denied it.", "spokesman for the army", "MIL"),
        ("The spokesman of the ministry denied it.", "The spokesman of the ministry", "GOV"),
    ],
)  # fmt: skip
def test_the_group_a_role_belongs_to_is_no_second_actor(actors, nlp, text, phrase, code):
    found = coded(actors, nlp, text)
    assert found == {phrase: code}


# -- a mission names the country it works in ---------------------------------------------------
def test_a_mission_is_its_organisations_actor(actors, nlp):
    found = coded(actors, nlp, "UNAMA condemned the attack.")
    assert found == {"UNAMA": "IGOUNO"}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the villages are unknown to the gazetteer: the mission says where the story is
        ("The OSCE SMM said gunmen fired at Zholobokivka on Sunday.", "gunmen", "UKRUAF"),
        ("UNAMA said gunmen killed two aid workers on Sunday.", "gunmen", "AFGUAF"),
        ("AMISOM reported that militants attacked a convoy near Bulo Marerta.", "militants",
         "SOMUAF"),
    ],
)  # fmt: skip
def test_a_missions_host_country_is_context(pipeline, text, phrase, code):
    assert codes_of(pipeline, text).get(phrase) == code


def test_a_place_outweighs_the_missions_host(pipeline):
    found = codes_of(pipeline, "UNAMA said gunmen killed two aid workers in Peshawar, Pakistan.")
    assert found.get("gunmen") == "PAKUAF"


# -- a demonym used as a noun after "a"/"an" is one person of that country -------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Soldiers opened fire at a Palestinian near the wall.", "a Palestinian", "PSECVL"),
        ("An Afghan was killed by the police.", "An Afghan", "AFGCVL"),
        # a modifier of an agent word stays the country of that agent
        ("A Palestinian official said the talks failed.", "Palestinian official", "PSEGOV"),
    ],
)
def test_a_demonym_noun_is_a_civilian_of_its_country(actors, nlp, text, phrase, code):
    assert coded(actors, nlp, text).get(phrase) == code
