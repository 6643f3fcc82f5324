"""Weapons a possessive pronoun makes someone's ("its aircraft", "their drones": the owner's
force, MIL; actors/armed_weapons.owned_weapon), and craft named by a nationality (#15).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

from eventscope.pipeline import Pipeline

ON = date(2026, 3, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


OWNED = [
    ("The Israeli military said its aircraft had struck Hezbollah targets.", "ISRMIL", "LBNREBHZB"),
    ("Israel said its warplanes had struck Hezbollah positions in Lebanon.", "ISRMIL", "LBNREBHZB"),
    ("Turkey said its warplanes had bombed Kurdish militant targets in northern Iraq.",
     "TURMIL", None),
    ("Ukraine said its drones had hit an oil refinery in Russia's Ryazan region.", "UKRMIL", None),
    # "jets" alone (plural, like "warplanes") is a craft word of rules.toml need_country
    ("Israel said its jets had struck Hamas positions in the Gaza Strip.", "ISRMIL", "PSEREBHMS"),
    ("Israel said its jets struck Gaza overnight.", "ISRMIL", None),
    ("The Saudi-led coalition said its jets had bombed Houthi targets in Yemen.", None, None),
    ("Pakistan said its jets had struck militant hideouts in Afghanistan.", "PAKMIL", None),
    ("Turkey said its jets had hit PKK shelters in northern Iraq.", "TURMIL", None),
    ("The Syrian army said its jets had pounded rebel positions in Idlib.", "SYRMIL", None),
    # so are "bombers", "fighter planes", "gunboats"
    ("Russia said its bombers had struck Ukrainian positions near Bakhmut.", "RUSMIL", None),
    ("The Pentagon said its bombers had struck Houthi targets in Yemen.", "USAMIL", None),
    ("Turkey said its fighter planes had bombed PKK camps in northern Iraq.", "TURMIL", None),
    ("India said its gunboats had fired on Pakistani boats in the Sir Creek.", "INDMIL", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), OWNED)
def test_its_weapons_are_the_speakers_force(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    attacks = [t for t in found if t[2][:2] in ("18", "19")]
    assert any(
        (source is None or t[0] == source) and (target is None or t[1] == target) for t in attacks
    ), found


NATIONAL_CRAFT = [
    ("Israeli jets struck Hezbollah positions in southern Lebanon.", "ISRMIL"),
    ("A Syrian army helicopter dropped barrel bombs on Idlib.", "SYRMIL"),
    ("Russian warplanes bombed a market in Idlib province.", "RUSMIL"),
    ("Chinese fighter planes fired flares at a Philippine patrol boat.", "CHNMIL"),
    ("Indian gunboats fired on Pakistani fishing boats off Gujarat.", "INDMIL"),
]


@pytest.mark.parametrize(("text", "source"), NATIONAL_CRAFT)
def test_a_national_craft_is_the_force(pipeline, text, source):
    found = triples(pipeline, text, ON)
    assert any(t[0] == source and t[2][:2] == "19" for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The president flew to Paris on a private jet.",
        "Jet fuel prices rose sharply in Asia.",
        "Two passenger jets landed in Athens after the storm.",
        "Suicide bombers struck a market in the city.",
        "Their women marched through the capital.",
    ],
)
def test_no_force_without_a_nationality_or_an_owner(actors, nlp, text):
    doc = nlp(text)
    assert not [m for m in actors.find(doc, on=ON) if m.actor.sector == "MIL"]


def test_a_reuters_spelling_of_a_leader_is_known(pipeline):
    text = "Zelenskiy met Trump at the White House on Friday."
    assert ("UKRGOV", "USAGOV", "040") in triples(pipeline, text, ON)
