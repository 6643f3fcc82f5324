"""Who claims responsibility for an act is its author: "X claimed responsibility for the
attack" and "X claimed the bombing" code X's act beside the claim (015), and the classifier's
dispute does not rank one of the two below the other (``events/nominal.claimed_act``,
``owns_claimed_act``; issue 15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.nominal import claimed_act, owns_claimed_act
from eventscope.models import EventMention
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 3, 14)


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
            for e in events}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban claimed responsibility for an attack on a police station in Kunduz.",
         ("AFGGOVTAL", "AFGCOP", "190")),
        ("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.",
         ("IMGMOSSHB", "SOM", "183")),
        ("Boko Haram claimed the kidnapping of 40 pupils in Kaduna.",
         ("IMGMOSBKH", "NGAEDU", "181")),
        ("Islamic State claimed the bombing of a bus station in Baghdad.",
         ("IMGMOSISI", "IRQ", "183")),
    ],
)  # fmt: skip
def test_the_claimer_is_the_author(pipeline, text, expected):
    found = _coded(pipeline, text)
    assert expected in found, found
    assert any(code == "015" for *_, code in found), found  # the claim stays


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the attack on a hotel in Mogadishu.",  # a stance, no authorship
        "The group denied responsibility for the attack.",  # a denial owns nothing
        "No group has claimed responsibility for the attack on the army base in Niger.",
    ],
)
def test_no_author_without_a_claim(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(code[:2] in ("18", "19") for *_, code in found), found


def _parsed(nlp, verb: str, lemma: str, words: list[str], heads, deps, pos, lemmas) -> Doc:
    return Doc(
        nlp.vocab,
        words=["Rebels", verb, *words],
        heads=[1, 1, *heads],
        deps=["nsubj", "ROOT", *deps],
        pos=["NOUN", "VERB", *pos],
        lemmas=["rebel", lemma, *lemmas],
    )


@pytest.mark.parametrize(
    ("verb", "noun", "prep", "act", "expected"),
    [
        ("claimed", "responsibility", "for", "attack", True),
        ("admitted", "responsibility", "for", "bombing", True),
        ("denied", "responsibility", "for", "attack", False),
        ("claimed", "credit", "for", "attack", False),
        ("claimed", "responsibility", "after", "attack", False),
        ("claimed", "responsibility", "for", "meeting", False),  # no hostile act
    ],
)
def test_claimed_act_under_responsibility(nlp, events, verb, noun, prep, act, expected):
    lemma = {"claimed": "claim", "admitted": "admit", "denied": "deny"}[verb]
    doc = _parsed(nlp, verb, lemma, [noun, prep, "the", act], [1, 2, 5, 3],
                  ["dobj", "prep", "det", "pobj"], ["NOUN", "ADP", "DET", "NOUN"],
                  [noun, prep, "the", act])  # fmt: skip
    assert claimed_act(doc[5], events.book) is expected


@pytest.mark.parametrize(
    ("verb", "lemma", "act", "expected"),
    [
        ("claimed", "claim", "bombing", True),
        ("admitted", "admit", "killing", True),
        ("condemned", "condemn", "attack", False),  # a stance
        ("accepted", "accept", "attack", False),  # endured, not owned
        ("claimed", "claim", "victory", False),  # no act
    ],
)
def test_claimed_act_as_object(nlp, events, verb, lemma, act, expected):
    doc = _parsed(nlp, verb, lemma, ["the", act], [3, 1], ["det", "dobj"], ["DET", "NOUN"],
                  ["the", act])  # fmt: skip
    assert claimed_act(doc[3], events.book) is expected


def _mention(code: str, trigger: int, pattern: str) -> EventMention:
    return EventMention(None, None, code, trigger, trigger + 1, 0, 0.8, pattern)


def test_a_claim_and_its_act_stand_together(nlp, events):
    doc = _parsed(nlp, "claimed", "claim", ["the", "bombing"], [3, 1], ["det", "dobj"],
                  ["DET", "NOUN"], ["the", "bombing"])  # fmt: skip
    claim, act = _mention("015", 1, "verb:claim"), _mention("183", 3, "noun:bombing")
    assert owns_claimed_act(doc, [claim, act], events.book)
    assert not owns_claimed_act(doc, [act], events.book)  # no claim beside it
    other = _mention("190", 0, "noun:attack")  # an act that is not the claimed one
    assert not owns_claimed_act(doc, [claim, other], events.book)
