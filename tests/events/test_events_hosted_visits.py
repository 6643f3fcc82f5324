"""A visit that names no host takes the government of the country visited (CAMEO 042's target
is the host; ``events/hosts.py``, #15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _visits(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2025, 10, 2))
    return {(e.source.code, e.target.code if e.target else "-") for e in events if e.cameo == "042"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Foreign Minister Wang Yi arrived in Canberra on Wednesday.",
            ("CHNGOV", "AUSGOV"),
        ),
        (
            "The Indian prime minister arrived in Kyiv on Friday for a one-day visit.",
            ("INDGOV", "UKRGOV"),
        ),
        ("Rubio flew to Tel Aviv on Thursday.", ("USAGOV", "ISRGOV")),
        # out of office on the story's day: an elite (actors/elites.py), still a visit to Israel
        ("Blinken flew to Tel Aviv on Thursday.", ("USAELI", "ISRGOV")),
        # a capital that names the host as an actor still does
        ("The German chancellor travelled to Beijing on Sunday.", ("DEUGOV", "CHNGOV")),
    ],
)
def test_the_host_is_the_country_visited(pipeline: Pipeline, text: str, expected) -> None:
    assert expected in _visits(pipeline, text)


def test_a_trip_at_home_hosts_nobody(pipeline: Pipeline) -> None:
    found = _visits(pipeline, "Kenya's president arrived in Mombasa on Monday.")
    assert found and all(target == "-" for _, target in found), found
