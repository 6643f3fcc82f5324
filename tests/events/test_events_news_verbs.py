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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Singapore executed a Malaysian man on Wednesday.", ("MYSCVL", "1823")),
        ("Turkey raised tariffs on Chinese electric vehicles.", ("CHNGOV", "163")),
        ("The United States hiked duties on Canadian lumber.", ("CANGOV", "163")),
        ("The World Bank suspended its lending to Uganda.", ("UGAGOV", "162")),
        ("Hungary's parliament ratified Sweden's NATO membership on Monday.", ("SWEGOV", "057")),
    ],
)
def test_more_news_verbs(pipeline: Pipeline, text, expected):
    """Executions kill by assault (1823), tariffs raised sanction (163), lending suspended
    cuts aid (162), a membership ratified is a formal agreement (057)."""
    events = pipeline.code_text(text, published=date(2025, 10, 2))
    found = {(e.target.code if e.target else "-", e.cameo) for e in events}
    assert expected in found, found


def test_a_plan_executed_is_no_killing(pipeline: Pipeline):
    events = pipeline.code_text(
        "The company executed its new plan in Asia.", published=date(2025, 10, 2)
    )
    assert not any(e.cameo.startswith("18") for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India's election commission barred the opposition leader from campaigning.",
            ("INDOPP", "1722"),
        ),
        (
            "President Museveni banned Ugandan opposition candidates from the election.",
            ("UGAOPP", "1722"),
        ),
    ],
)
def test_politicians_barred(pipeline: Pipeline, text, expected):
    """CAMEO 1722 "prevent ... activities of political parties or politicians"."""
    events = pipeline.code_text(text, published=date(2025, 10, 2))
    found = {(e.target.code if e.target else "-", e.cameo) for e in events}
    assert expected in found, found


def test_a_player_banned_is_no_politician(pipeline: Pipeline):
    events = pipeline.code_text(
        "The club banned the player for three matches.", published=date(2025, 10, 2)
    )
    assert not any(e.cameo == "1722" for e in events)
