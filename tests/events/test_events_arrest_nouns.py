"""An arrest or a deportation is done to the noun's "of" object or possessor, by its "by" agent
or, with an "of" object, by its possessor (``nouns.tsv`` ``oftarget``, ``events/nominal.py``).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2025, 2, 11))
    return {
        (e.source.code, e.target.code if e.target else "-", e.cameo) for e in events if e.source
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's arrest of two French tourists angered Paris.", ("IRNGOV", "FRACVL", "173")),
        ("The arrest of two French tourists by Iran angered Paris.", ("IRNGOV", "FRACVL", "173")),
        (
            "Pakistan's deportation of Afghan refugees began on Monday.",
            ("PAKGOV", "AFGREF", "174"),
        ),
    ],
)
def test_the_arrested_are_acted_on(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found
    arrested = expected[1]
    assert not any(source == arrested for source, _, _ in found), found
