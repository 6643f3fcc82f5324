"""Compounds joined by "as well as" (issue 15): the parser often leaves "X as well as Y" as two
subjects or two objects of the verb, or hangs Y on the second "as"; every item still takes part.
Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.compounds import as_well_as_partners
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 1, 10)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two subjects
        ("Kenya as well as Uganda sent troops to Somalia.", {("KEN", "SOM"), ("UGA", "SOM")}),
        (
            "The Kenyan army as well as Ugandan troops attacked Somali villages.",
            {("KEN", "SOM"), ("UGA", "SOM")},
        ),
        ("Iran as well as Syria condemned the Israeli strike.", {("IRN", "ISR"), ("SYR", "ISR")}),
        (
            "The United States as well as Britain imposed sanctions on Russia.",
            {("USA", "RUS"), ("GBR", "RUS")},
        ),
        (
            "Egypt as well as Qatar urged Israel to halt the offensive.",
            {("EGY", "ISR"), ("QAT", "ISR")},
        ),
        (
            "The French president as well as the German chancellor met Zelensky in Kyiv.",
            {("FRA", "UKR"), ("DEU", "UKR")},
        ),
        (
            "Chad said on Monday that Sudan as well as Libya had attacked its border posts.",
            {("SDN", "TCD"), ("LBY", "TCD")},
        ),
        # two objects
        (
            "Washington accused Iran as well as Syria of backing the militants.",
            {("USA", "IRN"), ("USA", "SYR")},
        ),
        (
            "Beijing warned Manila as well as Tokyo against interference.",
            {("CHN", "PHL"), ("CHN", "JPN")},
        ),
        (
            "Nigeria deported Ghanaian traders as well as Togolese workers.",
            {("NGA", "GHA"), ("NGA", "TGO")},
        ),
        # the second item hung on the second "as"
        (
            "Turkey criticized Greece as well as Cyprus on Tuesday.",
            {("TUR", "GRC"), ("TUR", "CYP")},
        ),
        (
            "Algeria recalled its envoys to Spain as well as Morocco.",
            {("DZA", "ESP"), ("DZA", "MAR")},
        ),
        # the usual coordination still works
        ("Iran, as well as Syria, condemned the Israeli strike.", {("IRN", "ISR"), ("SYR", "ISR")}),
        (
            "Mali expelled diplomats from France as well as Germany.",
            {("MLI", "FRA"), ("MLI", "DEU")},
        ),
    ],
)
def test_each_item_joined_by_as_well_as_takes_part(pipeline, text, expected):
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word", "partners"),
    [
        ("Kenya as well as Uganda sent troops to Somalia.", "Uganda", ["Kenya"]),
        ("Kenya as well as Uganda sent troops to Somalia.", "Kenya", ["Uganda"]),
        ("Washington accused Iran as well as Syria of plotting.", "Iran", ["Syria"]),
        # two subjects with other words between them are no compound
        ("Kyiv, Sept. 14, Russia launched drones at Ukraine.", "Russia", []),
        # a word with no sibling of its kind has no partner
        ("Kenya sent troops to Somalia.", "Kenya", []),
        ("Kenya sent troops to Somalia.", "troops", []),
    ],
)
def test_as_well_as_partners_are_only_siblings_joined_by_it(nlp, text, word, partners):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert [t.text for t in as_well_as_partners(token)] == partners
