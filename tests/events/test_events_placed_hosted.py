"""Acts named by what a verb puts its object under, and visits hosted (#15).

"Placed X under house arrest" arrests X (CAMEO 173, ``events/placed.py``); receiving or
welcoming a visitor hosts the visit (043 "host or receive a visitor"), while welcoming a decision
still praises it (051). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2025, 10, 2))
    return {
        (e.source.code, e.target.code if e.target else "-", e.cameo) for e in events if e.source
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The junta put former president Mohamed Bazoum under house arrest.",
            ("NERGOV", "NERELI", "173"),
        ),
        (
            "Kenyan police took two British tourists into custody on Friday.",
            ("KENCOP", "GBRCVL", "173"),
        ),
        (
            "Soldiers seized power in Gabon and placed President Ali Bongo under house arrest.",
            ("GABMIL", "GABGOV", "173"),
        ),
        (
            "Egypt's President Abdel Fattah al-Sisi received Qatar's Emir Sheikh Tamim bin Hamad"
            " in Cairo.",
            ("EGYGOV", "QATGOV", "043"),
        ),
        (
            "Vietnam's president welcomed US President Joe Biden to Hanoi on Sunday.",
            ("VNMGOV", "USAGOV", "043"),
        ),
        (
            "Ukraine welcomed the EU's decision to open accession talks.",
            ("UKRGOV", "IGOEUREEC", "051"),
        ),
    ],
)
def test_coded(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The government took the proposal into account.",
        "The ministry put the new rules into force on Monday.",
        "A prisoner died in Kenyan police custody on Monday.",
    ],
)
def test_no_arrest(pipeline: Pipeline, text: str) -> None:
    assert not any(code == "173" for _, _, code in _coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dutch government approved the delivery of F-16 jets to Ukraine.",
            ("NLDGOV", "UKRGOV", "072"),
        ),
        (
            "Germany authorised the shipment of 18 Leopard tanks to Poland.",
            ("DEUGOV", "POLGOV", "072"),
        ),
        # "over" before a number is the verb's particle, not "more than"
        (
            "Azerbaijan handed over 15 Armenian prisoners to Armenia on Monday.",
            ("AZEGOV", "ARMGOV", "0841"),
        ),
        ("Hamas handed over four hostages to the Red Cross.", ("PSEREBHMS", "IGOIRC", "0841")),
    ],
)
def test_deliveries_and_handovers(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    found = _coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya welcomed the delivery of food aid to Somalia.",
        "Russia condemned the delivery of F-16 jets to Ukraine.",
    ],
)
def test_a_reaction_to_a_delivery_does_not_deliver(pipeline: Pipeline, text: str) -> None:
    assert not any(code.startswith("07") for _, _, code in _coded(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States sent Abrams tanks to Ukraine in January.", ("USAGOV", "UKRGOV", "072")),
        # promised, it is intent to give military aid (0332), not a threat of force (13)
        ("Germany promised to send Leopard tanks to Ukraine.", ("DEUGOV", "UKRGOV", "0332")),
    ],
)
def test_weapons_sent_to_a_state_are_aid(pipeline: Pipeline, text: str, expected) -> None:
    found = _coded(pipeline, text)
    assert expected in found, found
