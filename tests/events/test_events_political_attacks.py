"""A political body's "attack" on another over an issue is criticism (CAMEO 111), not force
(:func:`eventscope.events.verbal.verbal_attack`). All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parties and governments attack with words over an issue
        ("The AKP attacked the HDP over its stance on refugees.",
         ("TURPTYAKP", "TURPTYHDP", "111")),
        ("The Democratic Alliance attacked the ANC over power cuts.",
         ("ZAFPTYDAL", "ZAFPTYANC", "111")),
        ("Kenya's opposition attacked the government over rising fuel prices.",
         ("KENOPP", "KENGOV", "111")),
        # a speech clause names the issue
        ("The Awami League attacked the Bangladesh Nationalist Party, saying it had incited "
         "violence.",
         ("BGDPTYAWL", "BGDPTYBNP", "111")),
        # an issue about the army is no armed attack
        ("The Congress party attacked the BJP over its remarks about the army.",
         ("INDPTYINC", "INDPTYBJP", "111")),
    ],
)  # fmt: skip
def test_political_attack_over_an_issue_is_criticism(pipeline, text, expected):
    events = pipeline.code_text(text, published=date(2024, 5, 6))
    coded = {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
             for e in events}  # fmt: skip
    assert expected in coded


@pytest.mark.parametrize(
    "text",
    [
        # armed actors, a time rather than an issue, or harm named: force
        "Rebels attacked a police station over the weekend.",
        "Kenya's opposition supporters attacked police officers with stones over fuel prices.",
        "Turkish troops attacked Kurdish positions over the border.",
    ],
)
def test_armed_or_harmful_attacks_stay_material(pipeline, text):
    events = pipeline.code_text(text, published=date(2024, 5, 6))
    assert events and all(e.cameo[:2] in ("18", "19") for e in events)
