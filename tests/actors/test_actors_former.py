"""Former office holders are CAMEO's elites, ELI (issue 15; actors/former.py).

Sentences are our own. The CAMEO agent codebook puts former government officials under ELI,
and PETRARCH's dictionaries and unit records do the same ("former security officials" ELI).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.actors import ActorCoder
from eventscope.actors.drafts import Draft
from eventscope.actors.former import with_former_elites

ON = date(2020, 5, 9)


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def codes(coder: ActorCoder, nlp, text: str) -> dict[str, tuple[str | None, str]]:
    return {m.actor.text: (m.actor.sector, m.actor.code) for m in coder.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("A former minister was arrested at the airport.", "minister", "ELI"),
        ("Ghana's former finance minister was released on bail.",
         "Ghana's former finance minister", "GHAELI"),
        ("The ex-president of Zambia criticised the budget.", "president of Zambia", "ZMBELI"),
        ("An ex-minister of Peru condemned the decree.", "minister of Peru", "PERELI"),
        ("Kenyan former officials denied the charges.", "Kenyan former officials", "KENELI"),
        ("Former senators and former judges signed the letter.", "senators", "ELI"),
        ("Former senators and former judges signed the letter.", "judges", "ELI"),
        ("A former army general was shot dead outside his house.", "army general", "ELI"),
        # the title before a name: the person is a former holder too
        ("Former Prime Minister Mara Okonjo called for early elections.",
         "Prime Minister Mara Okonjo", "ELI"),
    ],
)  # fmt: skip
def test_former_office_holders_are_elites(coder, nlp, text, actor, code):
    sector, found = codes(coder, nlp, text)[actor]
    assert sector == "ELI" and (found or "").endswith(code), (sector, found)


@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        # the same titles in office keep the state's sector
        ("A minister was arrested at the airport.", "minister", "GOV"),
        ("The president of Zambia criticised the budget.", "The president of Zambia", "GOV"),
        # a body, not people; groups that held no office; veterans
        ("The former government signed the deal.", "government", "GOV"),
        ("Former rebels blocked the road to the camp.", "rebels", "REB"),
        ("Former soldiers protested outside the ministry.", "soldiers", "MIL"),
        ("Retired police officers demanded their pensions.", "police officers", "COP"),
        # "former" is about something else: the headquarters of the former
        ("Rebels shelled the former's headquarters near the minister's house.",
         "the minister", "GOV"),
    ],
)  # fmt: skip
def test_holders_in_office_and_other_groups_keep_their_sector(coder, nlp, text, actor, sector):
    assert codes(coder, nlp, text)[actor][0] == sector


def test_coreference_passes_the_elite_code_on(coder, nlp):
    found = codes(coder, nlp, "The former minister Ali Waziri arrived. The minister spoke.")
    assert found["The minister"][0] == "ELI"


def _doc(nlp, words: list[str], deps: list[str], heads: list[int], spaces: list[bool]) -> Doc:
    doc = Doc(nlp.vocab, words=words, spaces=spaces, deps=deps, heads=heads)
    return doc


@pytest.mark.parametrize(
    ("words", "spaces", "sector"),
    [
        # "an ex-minister": the hyphen joins the prefix to the title, whatever the parse says
        (["an", "ex", "-", "minister"], [True, False, False, False], "ELI"),
        # "ex" not written onto the title ("the ex - minister") is no prefix
        (["an", "ex", "-", "minister"], [True, True, True, False], "GOV"),
    ],
)
def test_the_ex_prefix_is_read_from_the_spelling(nlp, words, spaces, sector):
    doc = _doc(nlp, words, ["det", "nsubj", "nsubj", "ROOT"], [3, 3, 3, 3], spaces)
    drafts = [Draft(3, 4, sector="GOV", person=True)]
    assert with_former_elites(doc, drafts)[0].sector == sector


def test_a_fixed_code_is_kept(nlp):
    doc = _doc(nlp, ["former", "envoy"], ["amod", "ROOT"], [1, 1], [True, False])
    drafts = [Draft(1, 2, sector="GOV", code="IGOUNO", person=True)]
    assert with_former_elites(doc, drafts) == drafts
