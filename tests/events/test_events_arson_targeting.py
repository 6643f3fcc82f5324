"""Burning buildings and villages, "targeted X with" a weapon or sanctions, and hyphenated words
the parser reads as verbs (issue 15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.clauses import hyphen_half

PUBLISHED = date(2024, 3, 14)


def _top(pipeline, text: str) -> tuple[str, str, str]:
    """(source code, target country, CAMEO) of the most confident event."""
    events = pipeline.code_text(text, published=PUBLISHED)
    if not events:
        return ("-", "-", "-")
    best = max(events, key=lambda e: e.confidence)
    target = best.target.country if best.target and best.target.country else "-"
    return best.source.code, target, best.cameo


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's arson destroys property (1712); the classifier guessed a protest
        ("On 3 May 2020, Boko Haram fighters burned down a village in Borno, Nigeria.",
         ("IMGMOSBKH", "NGA", "1712")),
        # protesters who burn a building riot (145, the arson [[recode]])
        ("The demonstrators burned the Bamako police station.", ("MLIOPP", "MLI", "145")),
        # the weapon names the code of the attack
        ("On 3 May 2020, al-Shabaab militants targeted a Somali army base with mortars.",
         ("IMGMOSSHB", "SOM", "194")),
        ("On 3 May 2020, Islamic State militants targeted an Iraqi army patrol with an IED near "
         "Kirkuk.", ("IMGMOSISI", "IRQ", "183")),
        ("Russia targeted Ukrainian energy facilities with missiles.", ("RUSMIL", "UKR", "194")),
        # sanctions are no attack
        ("The EU targeted Russian banks with new sanctions.", ("IGOEUREEC", "RUS", "163")),
    ],
)  # fmt: skip
def test_arson_and_targeting(pipeline, text, expected):
    assert _top(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a protest's props are no one's property
        "Protesters burned tyres on the main road in Lagos.",
        # no weapon named: "targeted" alone is left to the other coders
        "The new Kenyan policy targeted Somali refugees.",
    ],
)
def test_no_destruction_or_attack(pipeline, text):
    assert _top(pipeline, text)[2] not in ("1712", "190", "194", "195", "183")


@pytest.mark.parametrize(
    ("words", "spaces", "expected"),
    [
        # "inflation-targeting": a noun compound
        (["on", "inflation", "-", "targeting"], [True, False, False, False], True),
        # "co-host", "counter-attacked": a prefixed verb
        (["will", "co", "-", "host"], [True, False, False, False], False),
        (["army", "counter", "-", "attacked"], [True, False, False, False], False),
        # "talks - targeting": a dash between words
        (["talks", "-", "targeting"], [True, True, False], False),
        # a verb at the start
        (["targeting"], [False], False),
    ],
)
def test_hyphen_half(nlp, words, spaces, expected):
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert hyphen_half(doc[len(words) - 1]) is expected
