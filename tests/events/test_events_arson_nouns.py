"""Arson named by a noun ("the arson", "the torching") destroys property (1712) unless a crowd
does it (145; events/arson.py). Sentences we wrote (#15)."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.arson import rioted
from eventscope.pipeline import Pipeline

PUBLISHED = date(2023, 3, 8)


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.cameo, e.trigger) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March 2023, the arson of a mosque in Bradford shocked the town.", "1712"),
        ("On 3 March 2023, the arson of a bus by rioters in Lagos angered the governor.", None),
        ("On 3 March 2023, rioters torched several cars in Marseille.", "145"),
        ("On 3 March 2023, unidentified men torched a mobile phone mast in Leeds.", "1712"),
    ],
)
def test_arson_is_damage_unless_a_crowd_riots(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    codes = {code for code, _ in coded(pipeline, text)}
    if expected is None:  # a riot's arson is no destruction of property by unknown arsonists
        assert "1712" not in codes, codes
    else:
        assert expected in codes, codes
        assert not codes & ({"145", "1712"} - {expected}), codes


@pytest.mark.parametrize(
    ("shape", "words", "expected"),
    [
        (("1712", "UAF", 0.55), {"the", "arson", "of", "a", "mosque"}, ("1712", "UAF", 0.55)),
        (("1712", "UAF", 0.55), {"rioters", "torched", "cars"}, ("145", "CVL", 0.55)),
        (("1712", "UAF", 0.6), {"torching", "during", "a", "protest"}, ("145", "CVL", 0.6)),
        (("183", "UAF", 0.55), {"rioters", "bomb"}, ("183", "UAF", 0.55)),
    ],
)
def test_rioted(shape, words, expected) -> None:
    assert rioted(shape, words, frozenset({"rioters", "protest", "mob"})) == expected
