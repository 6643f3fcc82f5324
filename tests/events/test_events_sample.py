"""The event coder on the real Azernews sample (read from ../shared at run time, never copied)."""

from __future__ import annotations

import time

import pytest
from test_events_support import mentions_for

from eventscope.events import EventCoder

SAMPLE = "samples/azernews-2020-08-20-azerbaijan-china.txt"
# People and role nouns of the sample, as the actor stage would resolve them.
PEOPLE = {"Bayramov": "AZE", "Guo Min": "CHN", "the ambassador": "CHN", "the minister": "AZE"}
COLLECTIVES = {"the sides": ("AZE", "CHN"), "the two countries": ("AZE", "CHN")}


@pytest.fixture(scope="module")
def sample(nlp, shared_dir):
    doc = nlp((shared_dir / SAMPLE).read_text(encoding="utf-8"))
    return doc, mentions_for(doc, extra=PEOPLE, collectives=COLLECTIVES)


@pytest.fixture(scope="module")
def events(sample):
    doc, mentions = sample
    return EventCoder.load().find(doc, mentions)


@pytest.mark.parametrize(
    ("source", "target", "prefixes", "what"),
    [
        ("AZE", "CHN", ("04",), "the foreign minister meets the ambassador"),
        ("CHN", "AZE", ("04",), "the sides exchange views (both directions)"),
        ("AZE", "CHN", ("07",), "Azerbaijan sends medical supplies to China"),
        ("CHN", "AZE", ("07",), "China sends medical supplies to Azerbaijan"),
        ("ARM", "AZE", ("18", "19"), "the provocation by Armenian forces"),
        ("CHN", "AZE", ("042", "043"), "Chinese doctors visit Azerbaijan"),
        ("AZE", "CHN", ("051",), "Azerbaijan thanks and praises China"),
        ("CHN", "AZE", ("051",), "China supports Azerbaijan's sovereignty"),
        ("AZE", "ARM", ("11",), "Azerbaijan accuses Armenia"),
        ("AZE", "CHN", ("057", "05", "06"), "the assistance agreement"),
    ],
)
def test_sample_events(events, source, target, prefixes, what):
    found = {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo)
        for e in events
    }
    assert any(s == source and t == target and c.startswith(prefixes) for s, t, c in found), what


def test_sample_has_no_event_without_a_source_and_no_self_events(events):
    assert events
    assert all(e.source is not None for e in events)
    assert all(e.target is None or e.source.actor.country != e.target.actor.country for e in events)


def test_find_is_cheap_next_to_parsing(nlp, sample, shared_dir):
    doc, mentions = sample
    text = (shared_dir / SAMPLE).read_text(encoding="utf-8")
    coder = EventCoder.load()
    started = time.perf_counter()
    nlp(text)
    parse = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(5):
        coder.find(doc, mentions)
    find = (time.perf_counter() - started) / 5
    assert find < 0.15 * parse, (find, parse)
