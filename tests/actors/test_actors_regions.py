"""Groups named for a region or a group of states (issue 15): "Arab foreign ministers",
"European diplomats in Kyiv", "Gulf states" take CAMEO's region code, not the country of the
town they are in; and company names that name a place or a thing here ("the Amazon").

Sentences are our own. The actor stage alone, except where the pipeline's dyad is the point.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.drafts import Draft
from eventscope.actors.lexicon import Entry, Hit
from eventscope.actors.namesakes import without_namesakes
from eventscope.actors.regions import region_codes, with_regions
from eventscope.pipeline import Pipeline

ON = date(2020, 5, 9)


def codes(actors, nlp, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


def countries(actors, nlp, text: str) -> dict[str, str | None]:
    return {m.actor.text: m.actor.country for m in actors.find(nlp(text), on=ON)}


# -- a regional adjective before a role of the state -------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Arab foreign ministers met in Riyadh on Sunday.", "Arab foreign ministers", "ARBGOV"),
        ("European diplomats in Kyiv criticised the delay.", "European diplomats in Kyiv",
         "EURGOV"),
        ("African leaders in Addis Ababa urged calm.", "African leaders in Addis Ababa", "AFRGOV"),
        ("Western diplomats said the talks had failed.", "Western diplomats", "WSTGOV"),
        ("Nordic ministers met in Oslo.", "Nordic ministers", "SCNGOV"),
        ("Gulf Arab envoys arrived in Doha on Monday.", "Gulf Arab envoys", "PGSGOV"),
        ("Latin American leaders met in Lima.", "Latin American leaders", "LAMGOV"),
        ("North African ministers gathered in Tunis.", "North African ministers", "NAFGOV"),
        ("European troops left Mali last year.", "European troops", "EURMIL"),
        ("Arab lawmakers voted against the plan.", "Arab lawmakers", "ARBLEG"),
    ],
)  # fmt: skip
def test_a_regional_group_of_state_roles_takes_the_region_code(actors, nlp, text, phrase, code):
    found = codes(actors, nlp, text)
    assert found[phrase] == code
    assert countries(actors, nlp, text)[phrase] is None


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Gulf states condemned Iran for the attack.", "Gulf states", "PGSGOV"),
        ("Western powers urged Russia to withdraw.", "Western powers", "WSTGOV"),
        ("African countries asked the IMF for debt relief.", "African countries", "AFRGOV"),
        ("European allies backed the sanctions.", "European allies", "EURGOV"),
        # the demonym ending the adjective is no country of its own ("American": USA)
        ("Venezuela expelled diplomats from seven Latin American countries.",
         "Latin American countries", "LAMGOV"),
        ("South American countries condemned the coup.", "South American countries", "SAMGOV"),
    ],
)  # fmt: skip
def test_a_regional_adjective_before_a_word_for_states(actors, nlp, text, phrase, code):
    found = codes(actors, nlp, text)
    assert found[phrase] == code
    assert "USA" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # a country word decides
        ("Saudi ministers met in Riyadh.", "Saudi ministers", "SAUGOV"),
        ("American leaders met in Lima.", "American leaders", "USAGOV"),
        # a named body keeps its own code
        ("EU foreign ministers condemned Belarus.", "EU foreign ministers", "IGOEUREEC"),
        # people of a country, not officials of a region: the place's country
        ("Arab residents of Jerusalem clashed with Israeli police.", "residents of Jerusalem",
         "ISRCVL"),
    ],
)  # fmt: skip
def test_country_words_bodies_and_people_are_not_regional(actors, nlp, text, phrase, code):
    assert codes(actors, nlp, text)[phrase] == code


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested five activists in the Western Cape.",  # a name, no role word after it
        "Arab militias attacked villages in Darfur.",  # no state sector
        "Arab mayors protested outside the ministry.",  # a local office of one state
    ],
)
def test_names_armed_groups_and_local_offices_get_no_region_code(actors, nlp, text):
    regions = set(region_codes().values())
    assert not any(code[:3] in regions for code in codes(actors, nlp, text).values())


def test_with_regions_on_hand_built_drafts():
    import spacy

    doc = spacy.blank("en")("Gulf ministers and Arab residents met")
    drafts = [Draft(1, 2, sector="GOV", resolution="place"), Draft(4, 5, sector="CVL")]
    recoded = with_regions(doc, drafts)
    assert [(d.start, d.code, d.country) for d in recoded] == [(0, "PGSGOV", None), (4, None, None)]


def test_a_regional_group_makes_no_self_dyad_with_its_host(nlp):
    pipeline = Pipeline(nlp=nlp)
    text = "Arab foreign ministers met Saudi Arabia's king in Riyadh on Sunday."
    pairs = {(e.source.code, e.target.code) for e in pipeline.code_text(text, published=ON)
             if e.source is not None and e.target is not None}  # fmt: skip
    assert ("ARBGOV", "SAUGOV") in pairs
    assert not any(s[:3] == t[:3] == "SAU" for s, t in pairs)


# -- company names that name a place or a thing ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Farmers set fires in the Amazon to clear land for cattle.",
        "The Amazon is burning and Brazil's government does nothing.",
        "Indigenous leaders of the Amazon region met Brazilian officials.",
        "Shell fragments wounded two soldiers near the front line.",
    ],
)
def test_a_company_namesake_is_no_company(actors, nlp, text):
    assert not any(code.endswith("BUS") for code in codes(actors, nlp, text).values())


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Amazon fired two workers in Seattle.", "Amazon", "USABUS"),
        ("Shell said profits fell sharply.", "Shell", "GBRBUS"),
        ("Activists protested against Shell in The Hague.", "Shell", "GBRBUS"),
    ],
)  # fmt: skip
def test_the_company_stays_a_company(actors, nlp, text, phrase, code):
    assert codes(actors, nlp, text)[phrase] == code


def test_without_namesakes_keeps_a_companys_role_words():
    import spacy

    doc = spacy.blank("en")("the Amazon workers struck")
    company = Hit(1, 2, Entry("org", code="USABUS", country="USA", sector="BUS"))
    workers = Hit(2, 3, Entry("agent", sector="LAB"))
    assert without_namesakes(doc, [company, workers]) == [company, workers]
