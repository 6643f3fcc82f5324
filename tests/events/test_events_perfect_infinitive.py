"""A perfect infinitive reports a done act: "X claimed to have killed Y" codes the killing by X,
as "X is believed / was reported to have seized Y" codes the seizure; a plain infinitive is
still a purpose or a plan that codes nothing of its own (``events/perfect.py``, #15).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.perfect import perfect_infinitive, purpose_infinitive
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 5, 20)


def _roots(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo[:2])
            for e in events}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels claimed to have killed four soldiers near the border.", ("REB", "MIL", "19")),
        ("The militia claimed to have shot down an army helicopter.", ("UAF", "MIL", "19")),
        ("The guerrillas are believed to have killed six policemen.", ("REB", "COP", "19")),
        ("The army was reported to have shelled rebel positions in the north.",
         ("MIL", "REB", "19")),
    ],
)  # fmt: skip
def test_a_claimed_act_is_coded(pipeline, text, expected):
    found = _roots(pipeline, text)
    assert expected in found, found
    assert not any(root == "02" for *_, root in found), found  # a claim is no appeal


@pytest.mark.parametrize(
    "text",
    [
        "The rebels sent fighters to attack the army base.",  # a purpose
        "The rebels are preparing to attack the army base.",  # a plan
    ],
)
def test_a_plain_infinitive_is_no_done_act(pipeline, text):
    found = _roots(pipeline, text)
    assert not any(root in ("18", "19") for *_, root in found), found


@pytest.mark.parametrize(
    ("text", "word", "perfect"),
    [
        ("The rebels claimed to have killed four soldiers.", "killed", True),
        ("The rebels sent fighters to attack the base.", "attack", False),
        ("The rebels have killed four soldiers.", "killed", False),
    ],
)
def test_perfect_infinitive(nlp, text, word, perfect):
    verb = next(t for t in nlp(text) if t.text == word)
    assert perfect_infinitive(verb) is perfect
    assert purpose_infinitive(verb) is (word == "attack")
