"""Closing a border (191), suspending a member or one's own membership (160) and extending a
state of emergency (1724), from the CAMEO codebook's descriptions (#15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2026, 3, 4))
    return {(e.source.code[:3], e.target.code[:3] if e.target else "-", e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO 191 "prevent entry into and/or exit from a territory"
        ("The Armenian government closed its border with Azerbaijan.", ("ARM", "AZE", "191")),
        (
            "Finland closed all crossings on its border with Russia on Thursday.",
            ("FIN", "RUS", "191"),
        ),
        ("Poland shut its airspace to Belarusian aircraft on Monday.", ("POL", "BLR", "191")),
        ("Uganda sealed its border with South Sudan after the clashes.", ("UGA", "SSD", "191")),
        # CAMEO 160 "reduce relations": a bloc and a member state
        ("The African Union suspended Niger's membership after the coup.", ("IGO", "NER", "160")),
        ("ECOWAS suspended Guinea from the bloc on Friday.", ("IGO", "GIN", "160")),
        (
            "Armenia froze its participation in the Collective Security Treaty Organization.",
            ("ARM", "IGO", "160"),
        ),
    ],
)
def test_codebook_rows(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(pipeline, text)


def test_extending_an_emergency_falls_on_the_country_not_its_own_government(
    pipeline: Pipeline,
) -> None:
    found = _coded(pipeline, "The junta extended the state of emergency in Myanmar for a year.")
    assert ("MMR", "MMR", "1724") in found, found
    events = pipeline.code_text("The junta extended the state of emergency in Myanmar.")
    assert all(e.source.code != (e.target.code if e.target else None) for e in events)


def test_suspending_talks_is_still_halting_negotiations(pipeline: Pipeline) -> None:
    found = _coded(pipeline, "Ethiopia suspended talks with Egypt over the dam on Tuesday.")
    assert ("ETH", "EGY", "164") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sides trading accusations accuse each other (112, reciprocal)
        (
            "Ethiopia and Eritrea traded accusations over the border clashes.",
            {("ETH", "ERI", "112"), ("ERI", "ETH", "112")},
        ),
        # a sanctions list (163)
        ("The US Treasury blacklisted three Iranian shipping firms.", {("USA", "IRN", "163")}),
        # a head of state's seat stands for the government
        ("Gunmen attacked the presidential palace in Mogadishu.", {("SOM", "SOM", "190")}),
    ],
)
def test_more_rows(pipeline: Pipeline, text: str, expected: set) -> None:
    assert expected <= _coded(pipeline, text)
