"""Calling someone names is criticism, CAMEO 111 ("defame, denigrate"); naming a thing is no
event (``events/labels.py``). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.labels import label_lemmas
from eventscope.events.patterns import PatternBook
from eventscope.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2025, 1, 9))
    return {
        (e.source.code, e.target.code if e.target else "-", e.cameo) for e in events if e.source
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia's leader called Israel's premier a war criminal.", ("COLGOV", "ISRGOV", "111")),
        ("Turkey's president described Israel as a terrorist state.", ("TURGOV", "ISRGOV", "111")),
        ("Venezuela's president called his US counterpart a liar.", ("VENGOV", "USAGOV", "111")),
        ("North Korea labelled South Korea a puppet of Washington.", ("PRKGOV", "KORGOV", "111")),
    ],
)  # fmt: skip
def test_an_insult_is_criticism(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Greek minister called the talks with Turkey a success.",
        "He condemned what he called hostile statements.",
    ],
)
def test_naming_a_thing_is_no_criticism(pipeline, text):
    found = coded(pipeline, text)
    assert not any(code == "111" for _, _, code in found), found


@pytest.mark.parametrize(
    ("text", "verb", "labels"),
    [
        ("They called him a war criminal.", 1, {"criminal", "war"}),
        ("She described Israel as a terrorist state.", 1, {"terrorist", "state"}),
        ("They met him in Paris.", 1, set()),
    ],
)
def test_label_lemmas(nlp, text, verb, labels):
    naming = PatternBook.load().naming  # "call", "describe" ... of frames.toml
    assert label_lemmas(nlp(text)[verb], naming) == labels
