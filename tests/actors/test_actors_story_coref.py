"""Coreference across a story: a subject "he" is the subject person the story carries on, "the
two leaders" are the two last persons of two countries, and capitals named as the parties of a
relation are no event place (``actors/coref.py``, ``places/party.py``, #15). Stories are our
own."""

from __future__ import annotations

from datetime import date

import pytest
from test_actors_origin_and_owners import pipeline

__all__ = ["pipeline"]  # the module's fixture, shared

ON = date(2026, 12, 1)

SUMMIT = (
    "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on Monday. "
    "Erdogan urged Putin to extend the deal and said Turkey would continue to mediate between "
    "Moscow and Kyiv. The two leaders also discussed the war in Syria, the Kremlin said."
)


def _found(pipeline, text):
    return [
        (e.sentence_index, e.source.code, e.target.code if e.target else "-", e.cameo,
         e.location.name if e.location else "-")
        for e in pipeline.code_text(text, published=ON)
    ]  # fmt: skip


def test_the_two_leaders_are_the_two_persons(pipeline):
    found = {(s, src, tgt) for s, src, tgt, _, _ in _found(pipeline, SUMMIT) if s == 2}
    assert found == {(2, "RUSGOV", "TURGOV"), (2, "TURGOV", "RUSGOV")}, found


def test_capitals_named_as_parties_are_no_place(pipeline):
    mediations = [item for item in _found(pipeline, SUMMIT) if item[3] == "045"]
    assert mediations and all(place == "-" for *_, place in mediations), mediations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on "
         "Monday. He urged Macron to oppose new European tariffs.", ("CHNGOV", "FRAGOV", "020")),
        ("Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Fumio Kishida in "
         "Delhi. He thanked Kishida for Japan's support.", ("INDGOV", "JPNGOV", "051")),
    ],
)  # fmt: skip
def test_a_subject_pronoun_carries_the_subject_on(pipeline, text, expected):
    found = [(src, tgt, code) for s, src, tgt, code, _ in _found(pipeline, text) if s == 1]
    assert expected in found, found
