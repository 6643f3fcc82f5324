"""Letting a party act is a yielding (CAMEO 08: events/permits.py): a protest allowed eases
restrictions on the freedom of assembly (0811), a withdrawal allowed is a retreat (0874), a
visit allowed lets international actors in (086), aid let in allows humanitarian access
(0863); the party allowed is the target and the act allowed is no event of its own. Planting or detonating a bomb, an IED or a landmine is a
bombing (183). Sentences written for these tests (#15)."""

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
    ("text", "expected"),
    [
        (
            "The Thai government allowed opposition parties to hold rallies in Bangkok.",
            ("THAGOV", "THAOPP", "0811"),
        ),
        (
            "The Kenyan government allowed the opposition to protest in Nairobi.",
            ("KENGOV", "KENOPP", "0811"),
        ),
        ("Police in Minsk let the protesters march to the square.", ("BLRCOP", "BLROPP", "0811")),
        (
            "The Russian government allowed its troops to withdraw from the town.",
            ("RUSGOV", "RUSMIL", "0874"),
        ),
        (
            "Iran allowed IAEA inspectors to visit the Natanz plant.",
            ("IRNGOV", "IGOUNOIAE", "086"),
        ),
        ("Syria allowed the UN to deliver food aid to Aleppo.", ("SYRGOV", "IGOUNO", "0863")),
        ("Israel allowed humanitarian aid into Gaza on Sunday.", ("ISRGOV", "PSEGOV", "0863")),
        (
            "The Egyptian government allowed a protest outside parliament.",
            ("EGYGOV", "EGY", "0811"),
        ),
    ],
)
def test_an_act_allowed_is_a_yielding(pipeline: Pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    assert expected in found, found
    assert not any(code.startswith("14") for _, _, code in found), found


def test_a_law_that_allows_is_no_act(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The new law allows police to detain suspects for 30 days.")
    assert not any(code[:2] in ("14", "17", "08") for _, _, code in found), found


def test_urging_is_no_permission(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The Thai government urged opposition parties to hold rallies.")
    assert ("THAGOV", "THAOPP", "020") in found, found
    assert not any(code.startswith("08") for _, _, code in found), found


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
