"""Arson is damage to property unless a crowd does it: CAMEO 1712 against 145.

CONTRACT:

    code, sector, confidence = rioted(shape, words, riot_cues)

CAMEO 1712 "destroy property" codes the burning of a house, a car or a mast by whoever did it;
145 "protest violently, riot" codes protesters or a mob who burn things ("rioters torched
cars", "protesters set fire to the embassy"). The contentious coder's arson triggers ("arson",
"torching") are 1712 with an unidentified armed actor as their generic source; a sentence that
names protesters, rioters, a mob or a protest makes them a riot by a crowd (sector CVL). The
verb coder draws the same line with frames.toml's ``[[recode]]`` of 1712 to 145.

Example:
    >>> rioted(("1712", "UAF", 0.55), {"rioters", "torched", "cars"}, frozenset({"rioters"}))
    ('145', 'CVL', 0.55)
    >>> rioted(("1712", "UAF", 0.55), {"arsonists", "torched", "a", "mast"}, frozenset({"mob"}))
    ('1712', 'UAF', 0.55)
"""

from __future__ import annotations

from collections.abc import Collection

DAMAGE = "1712"
RIOT = ("145", "CVL")


def rioted(
    shape: tuple[str, str, float], words: Collection[str], riot_cues: frozenset[str]
) -> tuple[str, str, float]:
    """``shape`` (code, generic sector, confidence) made a riot by a crowd when it is damage to
    property in a sentence with a word of ``riot_cues`` (lower-case words); else as it was."""
    code, sector, confidence = shape
    if code == DAMAGE and not riot_cues.isdisjoint(words):
        return (*RIOT, confidence)
    return code, sector, confidence
