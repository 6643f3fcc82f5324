"""The post or force that fire came from is the source of shelling (issue 15;
``events/origins.py``). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 9)


def sources(pipeline, text: str) -> set[str]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {e.source.code for e in events if e.source is not None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Four shells were fired from a checkpoint belonging to the Egyptian army near Arish.",
         "EGYMIL"),
        ("Shells fired from Russian positions hit a school in Kharkiv.", "RUSMIL"),
        ("Shells were fired from a Turkish base at the village near Afrin.", "TURMIL"),
    ],
)  # fmt: skip
def test_fire_from_an_armed_post_has_its_source(pipeline, text, source):
    assert source in sources(pipeline, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a place the fire came from is no shooter
        ("Shells fired from Syria hit a village near Kilis.", "SYRGOV"),
        # not a firing verb: no source from the "from" phrase
        ("Shells removed from Russian positions were destroyed near Kharkiv.", "RUSMIL"),
    ],
)  # fmt: skip
def test_other_origins_name_no_source(pipeline, text, wrong):
    assert wrong not in sources(pipeline, text)
