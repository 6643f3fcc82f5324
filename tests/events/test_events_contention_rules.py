"""Contentious events in and out of other clauses (issue 15, GLOCON): verbal attacks between
people (111), forces sent to support (074), crowds gathering to make demands (141), strikes
nobody makes, protest verbs whose object is the head of their relative clause, generic
infinitives, and protests told of the people a peaceful act involves. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.protection import purpose_lemmas
from eventscope.events.reported import told_of_participants
from eventscope.events.stories import object_gap
from eventscope.pipeline import Pipeline

PUBLISHED = date(2016, 6, 1)
LEMMAS = {"had": "have", "marched": "march", "deployed": "deploy", "demonstrated": "demonstrate"}


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipeline.code_text(text, published=PUBLISHED)}


def _doc(vocab, words, heads, deps, tags) -> Doc:
    pos = ["VERB" if t.startswith("VB") else "NOUN" for t in tags]
    lemmas = [LEMMAS.get(w, w) for w in words]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(
    "text",
    [
        "Obama continued his attacks on Romney over the tax plan.",
        "Merkel attacked Schulz in a speech in Berlin on Monday.",
        "Macron has been attacked on his pension plans by Le Pen.",
    ],
)
def test_a_person_attacking_a_person_criticises(pipeline, text):
    codes = _codes(pipeline, text)
    assert "111" in codes
    assert not {c for c in codes if c[:2] in ("18", "19")}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the mayor of Kandahar on Monday.",
        "Russian troops attacked Ukrainian positions near Donetsk.",
        "A man attacked Merkel with a knife in Berlin, wounding her.",
    ],
)
def test_armed_or_harmful_attacks_stay_material(pipeline, text):
    assert "111" not in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("France deployed troops to Mali to support the government against the rebels.", "074"),
        ("Kenya sent troops to Somalia to help the government fight al-Shabaab.", "074"),
        ("Russia deployed troops on the border with Ukraine.", "154"),
    ],
)
def test_forces_sent_to_support_protect(pipeline, text, code):
    codes = _codes(pipeline, text)
    assert code in codes
    assert not (code == "074" and {c for c in codes if c[:2] == "15"})


def test_money_mobilised_is_no_force_posture(pipeline):
    text = "The European Commission mobilized two billion euros to help farmers in Poland."
    assert not {c for c in _codes(pipeline, text) if c[:2] == "15"}


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Hundreds of residents gathered outside the municipal offices to demand houses.", True),
        ("Farmers converged on the capital on Monday to demand higher prices.", True),
        ("Thousands of people gathered in the square to mourn the victims.", False),
        ("Fans gathered at the stadium to watch the final.", False),
        ("Residents gathered outside the council offices on Monday.", False),
    ],
)
def test_a_crowd_gathering_to_demand_protests(pipeline, text, protest):
    assert ("141" in _codes(pipeline, text)) is protest


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Disaster struck when the bridge collapsed in Durban.", False),
        ("The blackout that struck shortly after noon left Durban without power.", False),
        ("Municipal workers in Johannesburg struck for a third day.", True),
        ("Thousands struck on Monday in Durban.", True),
    ],
)
def test_a_labour_strike_needs_people_striking(pipeline, text, strike):
    assert ("143" in _codes(pipeline, text)) is strike


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("The confidence our members have demonstrated in the party is humbling.", False),
        ("Residents who demonstrated outside the council offices were dispersed.", True),
        ("To march without a permit is illegal in Cape Town.", False),
        ("Students marched to the Union Buildings in Pretoria on Monday.", True),
    ],
)
def test_protest_verbs_in_relative_and_subject_clauses(pipeline, text, protest):
    assert ("141" in _codes(pipeline, text)) is protest


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("President Zuma met students who had marched to the Union Buildings.", {"040", "141"}),
        ("President Zuma met students who plan to march to the Union Buildings.", {"040"}),
        (
            "During a rally in Ohio on Friday, Clinton attacked Trump for his remarks.",
            {"111", "141"},
        ),
    ],
)
def test_a_protest_told_of_the_people_or_the_setting_of_a_peaceful_act(pipeline, text, codes):
    found = _codes(pipeline, text)
    assert codes <= found
    assert ("141" in found) is ("141" in codes)


# "students who had marched": 0 students, 1 who, 2 had, 3 marched (relcl of students)
MARCHED = (["students", "who", "had", "marched"], [0, 3, 3, 0], ["ROOT", "nsubj", "aux", "relcl"],
           ["NNS", "WP", "VBD", "VBN"])  # fmt: skip
# "students who plan": the relative clause's verb is present, no act told
PLAN = (["students", "who", "plan"], [0, 2, 0], ["ROOT", "nsubj", "relcl"], ["NNS", "WP", "VBP"])
# "confidence people demonstrated": own subject, no object, so the head is the object
GAP = (["confidence", "people", "demonstrated"], [0, 2, 0], ["ROOT", "nsubj", "relcl"],
       ["NN", "NNS", "VBD"])  # fmt: skip


@pytest.mark.parametrize(("parse", "token", "told"), [(MARCHED, 3, True), (PLAN, 2, False)])
def test_told_of_participants_on_hand_built_parses(vocab, parse, token, told):
    assert told_of_participants(_doc(vocab, *parse)[token]) is told


@pytest.mark.parametrize(("parse", "token", "gap"), [(GAP, 2, True), (MARCHED, 3, False)])
def test_object_gap_on_hand_built_parses(vocab, parse, token, gap):
    assert object_gap(_doc(vocab, *parse)[token]) is gap


def test_purpose_lemmas_reads_the_infinitive_clause(vocab):
    # "force deployed to back the mission": 0 force, 1 deployed, 2 to, 3 back, 4 the, 5 mission
    doc = _doc(
        vocab,
        ["force", "deployed", "to", "back", "the", "mission"],
        [0, 0, 3, 1, 5, 3],
        ["ROOT", "acl", "aux", "xcomp", "det", "dobj"],
        ["NN", "VBN", "TO", "VB", "DT", "NN"],
    )
    assert purpose_lemmas(doc[1]) == {"back"}


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Officials blamed the phenomenon of violent protests on unemployment.", False),
        ("The mayor warned against a culture of violent protests in the township.", False),
        ("Officials blamed the violent protests on unemployment.", True),
    ],
)
def test_a_kind_of_protest_is_no_protest(pipeline, text, protest):
    assert ("141" in _codes(pipeline, text)) is protest


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Three protesters were arrested in Durban on Monday.", ("ZAF", "ZAF")),
        ("Two journalists were detained in Harare on Friday.", ("ZWE", "ZWE")),
        ("A suspect was arrested in Durban on Monday.", None),
    ],
)
def test_people_arrested_with_no_agent_are_held_by_their_state(pipeline, text, dyad):
    arrests = [
        (e.source.country, e.target.country if e.target else None)
        for e in pipeline.code_text(text, published=PUBLISHED)
        if e.cameo[:2] == "17" and e.source is not None
    ]
    assert arrests == ([dyad] if dyad else [])


@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        ("Police arrest them when they find them selling goods in the streets.", False),
        ("Police arrested three protesters in Durban when they blocked the road.", True),
    ],
)
def test_a_habit_is_no_event(pipeline, text, arrest):
    assert ("173" in _codes(pipeline, text)) is arrest


@pytest.mark.parametrize(
    ("text", "riot"),
    [
        ("Students refused to disperse and threw stones at the police.", True),
        ("Students refused to disperse and throw stones at the police.", False),
    ],
)
def test_a_past_act_after_a_refusal_is_real(pipeline, text, riot):
    assert ("145" in _codes(pipeline, text)) is riot


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("The attack took place on Tuesday near the market in Gao.", True),
        ("Clashes broke out in the township on Monday.", True),
        ("An explosion occurred at the mine in Rustenburg on Monday.", False),
        ("A heart attack occurred during the meeting in Durban.", False),
    ],
)
def test_an_attack_that_happened_is_an_event(pipeline, text, violent):
    found = {c for c in _codes(pipeline, text) if c[:2] in ("18", "19")}
    assert bool(found) is violent
