"""The person acted on, described by a clause that names another country: that country is no
party to the act and is not guessed as its target (``events/patients.py``, #15). Sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _pairs(pipeline: Pipeline, text: str, root: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2026, 3, 4))
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "-")
        for e in events
        if e.cameo.startswith(root)
    }


@pytest.mark.parametrize(
    ("text", "root", "source", "accused"),
    [
        ("Iran hanged a man convicted of spying for Israel on Saturday.", "18", "IRN", "ISR"),
        ("Iran executed a woman accused of working for Britain.", "18", "IRN", "GBR"),
        ("Belarus jailed an activist who had campaigned for Poland.", "17", "BLR", "POL"),
    ],
)
def test_the_country_in_the_description_is_not_the_target(
    pipeline: Pipeline, text: str, root: str, source: str, accused: str
) -> None:
    found = _pairs(pipeline, text, root)
    assert found and all(s == source for s, _ in found), found
    assert all(t != accused for _, t in found), found


def test_a_named_object_is_still_the_target(pipeline: Pipeline) -> None:
    found = _pairs(pipeline, "Iran detained a British diplomat accused of spying.", "17")
    assert ("IRN", "GBR") in found, found
