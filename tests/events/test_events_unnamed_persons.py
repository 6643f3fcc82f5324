"""Coercion or force done to a person the text does not name as an actor ("police detained a
man", "a rapper who had backed the protests") falls on a civilian of the country where it
happened, not on the state that a domestic act with no target falls on (#15). Sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _dyads(pipeline: Pipeline, text: str, root: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2025, 6, 2))
    return {
        (e.source.code, e.target.code if e.target else "-")
        for e in events
        if e.cameo.startswith(root) and e.source
    }


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        ("Iranian police detained a man on Sunday.", "17", ("IRNCOP", "IRNCVL")),
        ("Turkish police detained a woman in Ankara.", "17", ("TURCOP", "TURCVL")),
        (
            "Iranian police detained a singer who had supported the strikes.",
            "17",
            ("IRNCOP", "IRNCVL"),
        ),
        ("Belarusian police arrested a teenager in Minsk.", "17", ("BLRCOP", "BLRCVL")),
        # a person with a sector of their own keeps it
        ("Turkish police detained a journalist on Monday.", "17", ("TURCOP", "TURMED")),
        # a domestic act on no one still falls on the state or the country
        ("Kenyan police opened an investigation on Friday.", "09", ("KENCOP", "KENGOV")),
    ],
)
def test_who_is_acted_on(pipeline: Pipeline, text: str, root: str, dyad: tuple[str, str]) -> None:
    found = _dyads(pipeline, text, root)
    assert dyad in found, found
