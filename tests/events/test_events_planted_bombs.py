"""Planting or detonating a bomb, an IED or a landmine is a bombing (CAMEO 183 "use improvised
explosives or makeshift bombs"); planting trees is none. Sentences written for these tests
(#15)."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 9, 3)


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2021, militants detonated an IED near an army checkpoint in Baqubah.",
        "On 4 June 2021, militants planted an IED near an army checkpoint in Baqubah.",
        "Militants detonated a landmine under a police van in Quetta on Friday.",
    ],
)
def test_bombs_planted_and_detonated(pipeline: Pipeline, text: str) -> None:
    assert "183" in {code for _, _, code in coded(pipeline, text)}


def test_trees_planted_are_no_bombing(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Volunteers planted trees along the river in Baqubah on Friday.")
    assert not any(code.startswith("18") for _, _, code in found), found
