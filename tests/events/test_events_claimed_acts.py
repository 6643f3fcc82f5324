"""Who claims responsibility for an act is its author: "X claimed responsibility for the
attack" codes X's attack beside the claim (015). ``events/nominal.claimed_act``, issue 15.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.nominal import claimed_act
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
    ],
)
def test_no_author_without_a_claim(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(code[:2] in ("18", "19") for *_, code in found), found


@pytest.mark.parametrize(
    ("verb", "noun", "prep", "expected"),
    [
        ("claimed", "responsibility", "for", True),
        ("admitted", "responsibility", "for", True),
        ("denied", "responsibility", "for", False),
        ("claimed", "credit", "for", False),
        ("claimed", "responsibility", "after", False),
    ],
)
def test_claimed_act(nlp, verb, noun, prep, expected):
    lemma = {"claimed": "claim", "admitted": "admit", "denied": "deny"}[verb]
    doc = Doc(
        nlp.vocab,
        words=["Rebels", verb, noun, prep, "the", "attack"],
        heads=[1, 1, 1, 2, 5, 3],
        deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
        pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
        lemmas=["rebel", lemma, noun, prep, "the", "attack"],
    )
    assert claimed_act(doc[5]) is expected
