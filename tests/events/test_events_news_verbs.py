"""Common verbs of the news that had no row (``data/events/verbs.tsv``, #15), each coded as the
CAMEO codebook names its act. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar brokered a deal between Israel and Hamas.", ("QATGOV", "ISRGOV", "045")),
        ("Japan loaned 2 billion dollars to Indonesia.", ("JPNGOV", "IDNGOV", "071")),
        ("The United States equipped the Ukrainian army with tanks.", ("USAGOV", "UKRMIL", "072")),
        ("Beijing reprimanded Tokyo over the visit.", ("CHNGOV", "JPNGOV", "111")),
        ("China summoned the US ambassador.", ("CHNGOV", "USAGOV", "114")),
        ("The EU tightened sanctions on Iran.", ("IGOEUREEC", "IRNGOV", "163")),
        (
            "Chinese coast guard ships rammed a Philippine supply vessel.",
            ("CHNMIL", "PHLGOV", "190"),
        ),
        ("Israeli forces encircled Gaza City.", ("ISRMIL", "PSEGOV", "191")),
        ("Serbia and Hungary renewed their energy agreement.", ("SRBGOV", "HUNGOV", "057")),
    ],
)
def test_news_verbs(pipeline: Pipeline, text, expected):
    events = pipeline.code_text(text, published=date(2025, 10, 2))
    found = {
        (e.source.code, e.target.code if e.target else "-", e.cameo) for e in events if e.source
    }
    assert expected in found, found
