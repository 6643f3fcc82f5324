"""End to end through the real pipeline on the sample article in ../shared/samples.

The article (not in the repository: someone else's text) reports a meeting of Azerbaijan's
foreign minister with China's ambassador on August 19, aid sent by Azerbaijan to China
(Xi'an) in February, and an Armenian attack in the Tovuz district on July 12. Those key
events must come out with the right code family, dyad, date and place. Skips without
../shared, fails without it under EVENTSCOPE_REQUIRE_SERVICES=1.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.models import Event
from eventscope.pipeline import Pipeline

pytestmark = pytest.mark.shared
SAMPLE = "samples/azernews-2020-08-20-azerbaijan-china.txt"
PUBLISHED = date(2020, 8, 20)


@pytest.fixture(scope="module")
def events(shared_dir, nlp) -> list[Event]:
    path = shared_dir / SAMPLE
    if not path.is_file():
        from services import unavailable

        unavailable(f"{path} is missing")
    text = path.read_text(encoding="utf-8")
    return Pipeline(nlp=nlp).code_text(text, published=PUBLISHED, article_id="sample")


def _country(actor) -> str | None:
    return actor.country if actor is not None else None


def _found(events: list[Event], *, roots: tuple[str, ...], source: str, target: str | None):
    return [
        e
        for e in events
        if e.root in roots
        and _country(e.source) == source
        and (target is None or _country(e.target) == target)
    ]


def test_the_meeting_on_august_19(events) -> None:
    meetings = _found(events, roots=("04",), source="AZE", target="CHN")
    assert any(e.cameo == "040" and e.date == date(2020, 8, 19) for e in meetings), [
        (e.cameo, e.date, e.sentence[:60]) for e in meetings
    ]


def test_aid_to_china_on_february_12_at_xian(events) -> None:
    aid = _found(events, roots=("07",), source="AZE", target="CHN")
    assert any(
        e.cameo == "070"
        and e.date == date(2020, 2, 12)
        and e.location is not None
        and e.location.country == "CHN"
        and e.location.name.replace("’", "'").lower() == "xi'an"
        for e in aid
    ), [(e.cameo, e.date, e.location and e.location.name) for e in aid]


def test_the_armenian_attack_on_july_12_at_tovuz(events) -> None:
    attacks = _found(events, roots=("18", "19"), source="ARM", target=None)
    assert any(
        e.date == date(2020, 7, 12)
        and e.location is not None
        and e.location.country == "AZE"
        and "tovuz" in e.location.name.lower()
        for e in attacks
    ), [(e.cameo, e.date, e.location and e.location.name) for e in attacks]
