"""'X and Y urged their citizens': a role owned by "its"/"their" whose country the sentence only
guessed belongs to each source of the compound, not to the partner nearest to it (#15).
Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            e.source.actor.code if e.source else None,
            e.target.actor.code if e.target else None,
            e.cameo[:2],
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany and Italy urged their citizens to leave Libya.",
            {("DEUGOV", "DEUCVL", "02"), ("ITAGOV", "ITACVL", "02")},
        ),
        (
            "Kenya and Uganda evacuated their nationals from Sudan.",
            {("KENGOV", "KENCVL", "07"), ("UGAGOV", "UGACVL", "07")},
        ),
        (
            "Peru and Chile criticised their own police.",
            {("PERGOV", "PERCOP", "11"), ("CHLGOV", "CHLCOP", "11")},
        ),
    ],
)
def test_each_source_acts_on_its_own(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected <= found, found
    crossed = {(s[:3], t[:3]) for s, t, _ in found if s and t and s[:3] != t[:3]}
    assert not crossed, found


def test_a_single_source_keeps_its_own(nlp, actors, events):
    found = coded(nlp, actors, events, "China urged its citizens to leave Ukraine.")
    assert ("CHNGOV", "CHNCVL", "02") in found, found


def test_a_role_without_a_possessive_is_left_to_context(nlp, actors, events):
    # no "their": who the nationals are is the sentence's guess, not the sources'
    found = coded(nlp, actors, events, "Kenya and Uganda evacuated nationals from Sudan.")
    assert not any(t in ("KENCVL", "UGACVL") for _, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        # whose diplomats, the sentence does not say: not the expelling state's own
        ("Ethiopia expelled its diplomats on Monday.", "ETHGOV", "16"),
        ("The United States imposed sanctions on its officials.", "USAGOV", "16"),
        ("Iran accused Britain of spying. Tehran summoned its ambassador.", "IRNGOV", "11"),
    ],
)
def test_a_state_acting_on_its_own_officials_has_no_target(nlp, actors, events, text, source, root):
    found = coded(nlp, actors, events, text)
    assert (source, None, root) in found, found
    assert not any(s == t for s, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another sector of the state, and people, are second parties
        ("Turkey criticised its own police for the raid.", ("TURGOV", "TURCOP", "11")),
        ("Egypt arrested its former president.", ("EGYGOV", "EGYELI", "17")),
    ],
)
def test_a_states_other_bodies_stay_targets(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)


def _pipeline_codes(pipeline, text):
    events = pipeline.code_text(text, published=date(2024, 1, 10))
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany and France warned their citizens about Iran.",
            {("DEUGOV", "DEUCVL", "01"), ("FRAGOV", "FRACVL", "01")},
        ),
        (
            "Kenya and Uganda evacuated their nationals from Sudan.",
            {("KENGOV", "KENCVL", "07"), ("UGAGOV", "UGACVL", "07")},
        ),
        (
            "Peru and Chile criticised their own police.",
            {("PERGOV", "PERCOP", "11"), ("CHLGOV", "CHLCOP", "11")},
        ),
        (
            "Norway and Sweden urged their citizens to leave Lebanon.",
            {("NORGOV", "NORCVL", "02"), ("SWEGOV", "SWECVL", "02")},
        ),
        (
            "Ghana and Togo evacuated their students from Ukraine.",
            {("GHAGOV", "GHAEDU", "07"), ("TGOGOV", "TGOEDU", "07")},
        ),
        (
            "Brazil and Argentina criticized their own soldiers.",
            {("BRAGOV", "BRAMIL", "11"), ("ARGGOV", "ARGMIL", "11")},
        ),
    ],
)
def test_the_whole_pipeline_gives_each_source_its_own(pipeline, text, expected):
    # the actors stage reads "their" as the first subject's: the events stage splits it again
    found = _pipeline_codes(pipeline, text)
    assert expected <= found, found
    crossed = {(s[:3], t[:3]) for s, t, _ in found if s and t and s[:3] != t[:3]}
    assert not crossed, found


def test_a_compound_recalling_its_own_envoys_acts_on_no_one(pipeline):
    # "Japan and South Korea summoned their ambassadors": each state's own diplomats
    found = _pipeline_codes(pipeline, "Japan and South Korea summoned their ambassadors to China.")
    assert {s for s, _, _ in found} == {"JPNGOV", "KORGOV"}, found
    assert not {(s, t) for s, t, _ in found if t is not None and s[:3] == t[:3]}, found
