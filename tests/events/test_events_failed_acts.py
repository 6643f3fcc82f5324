"""Agreements reached and failed, and acts that failed (#15). The codebook's usage note of 164
"halt negotiations" codes failed negotiations ("X and Y failed to reach agreement": two
reciprocal events); reaching an agreement concludes it (057) as striking one does; an act that
"failed to" happen is no event, for the rules nor for the classifier's fill. Sentences we
wrote."""

from __future__ import annotations

import pytest


def coded(pipeline, text):
    return {
        (
            (e.source.code or "")[:3] if e.source else None,
            (e.target.code or "")[:3] if e.target else None,
            e.cameo,
        )
        for e in pipeline.code_text(text, published="2024-03-01")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain and the European Union failed to reach a deal on fishing rights.",
            {("GBR", "IGO", "164"), ("IGO", "GBR", "164")},
        ),
        ("Chile and Peru failed to agree on a new border.", {("CHL", "PER", "164")}),
        ("Ghana has failed to reach agreement with Togo on the dam.", {("GHA", "TGO", "164")}),
        (
            "Armenia and Azerbaijan failed to reach a ceasefire after two days of talks.",
            {("ARM", "AZE", "164"), ("AZE", "ARM", "164")},
        ),
    ],
)
def test_failed_agreement_is_halted_negotiation(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected <= found, found
    assert not any(code[:2] in ("05", "03") for _, _, code in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia and Kosovo reached a compromise on licence plates.",
            {("SRB", "XKX", "057"), ("XKX", "SRB", "057")},
        ),
        ("Chile reached an agreement with Peru on fishing.", {("CHL", "PER", "057")}),
        ("Armenia and Azerbaijan reached a ceasefire.", {("ARM", "AZE", "0871")}),
    ],
)
def test_reached_agreement_is_concluded(pipeline, text, expected):
    assert expected <= coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police failed to arrest the suspects.",
        "Russia failed to capture Kyiv.",
        "The Ghanaian government failed to pay its teachers.",
        "Nigerian troops failed to rescue the hostages from Boko Haram.",
    ],
)
def test_failed_act_is_no_event(pipeline, text):
    assert coded(pipeline, text) == set()


def test_talks_that_failed_are_not_dropped_as_a_failed_act(pipeline):
    """A failure with no complement is no frame: the rules' other events stand."""
    found = coded(pipeline, "Ghana and Togo held talks in Accra, which failed.")
    assert any(code.startswith("04") for _, _, code in found), found
