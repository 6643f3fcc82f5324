"""Forces led by a people or backed by another are no state's army (issue 15,
actors/proxies.py; sentences are our own): "Kurdish-led forces", "US-backed forces",
"Russian-backed troops" are rebels (REB) of the place's country, not its military (MIL). A
state that leads forces owns them, and so does a government or army that leads or backs them.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

ON = date(2024, 5, 9)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def sources(pipeline, text: str) -> set[str]:
    return {e.source.code for e in pipeline.code_text(text, published=ON) if e.source}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kurdish-led forces attacked Islamic State positions near Raqqa on Monday.", "SYRREB"),
        ("Kurdish-led forces shelled a town near Manbij in Syria on Monday.", "SYRREB"),
        ("Arab-led forces attacked two villages near Deir ez-Zor in Syria.", "SYRREB"),
        ("Tuareg-led forces attacked an army post near Kidal in Mali.", "MLIREB"),
        ("US-backed forces attacked Islamic State positions near Raqqa on Monday.", "SYRREB"),
        ("US-backed troops attacked a village near Hasakah in Syria on Monday.", "SYRREB"),
        ("Russian-backed troops shelled a village near Donetsk in Ukraine on Monday.", "UKRREB"),
        ("Iranian-backed forces fired rockets at a base near Erbil in Iraq.", "IRQREB"),
        ("Rwandan-backed forces seized the town of Bunagana in Congo.", "CODREB"),
        ("Emirati-backed forces attacked a checkpoint near Aden, Yemen.", "YEMREB"),
        ("Turkish-supported forces shelled a village near Afrin, Syria.", "SYRREB"),
    ],
)
def test_proxy_forces_are_rebels_of_the_place(pipeline, text, code):
    found = sources(pipeline, text)
    assert code in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the state's own: a government or army backs them, or no sponsor at all
        ("Government-backed forces shelled rebel positions near Idlib on Monday.", "SYRMIL"),
        ("Army-led units attacked rebel positions near Idlib in Syria on Monday.", "SYRMIL"),
        ("Forces attacked rebel positions near Idlib in Syria on Monday.", "SYRMIL"),
        ("Syrian forces, backed by Russian jets, attacked rebels near Idlib.", "SYRMIL"),
        ("Troops attacked Islamist fighters near Kidal in Mali on Monday.", "MLIMIL"),
        ("UN-backed forces attacked rebel positions near Beni in Congo on Monday.", "CODMIL"),
        ("Saudi-backed government forces shelled Houthi positions near Marib, Yemen.", "YEMMIL"),
    ],
)
def test_the_state_s_own_forces_stay_military(pipeline, text, code):
    found = sources(pipeline, text)
    assert code in found, found
