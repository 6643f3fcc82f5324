"""A country as the event's place gives way to a smaller place of it that the event's
sentence names (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _actor, cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.listed import place_for_event as listed_place_for_event
from eventscope.places.narrow import NARROWED

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _event(doc, trigger: str, subject: str | None = None) -> EventMention:
    """An event on ``trigger`` whose source, when given, runs from the sentence's first word
    to the word ``subject`` (the actor coder's span of "officials in X")."""
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    source = None
    if subject is not None:
        end = next(t.i for t in doc if t.text == subject) + 1
        source = _actor(doc[token.i].sent.start, end, "XXX")
    return EventMention(source, None, "141", token.i, token.i + 1, index, 1.0)


@pytest.mark.parametrize(
    ("text", "trigger", "subject", "country", "expected"),
    [
        # the actors' own address, after "in", inside the actor coder's span
        (
            "Fishermen in Shibam district (Hadramawt) rallied for self-rule across Yemen.",
            "rallied",
            ")",
            "YEM",
            "Shibam",
        ),
        # inside the actors' span, opened by a preposition of place
        (
            "Farmers in Kisumu rallied against the new taxes across Kenya.",
            "rallied",
            "Kisumu",
            "KEN",
            "Kisumu",
        ),
    ],
)
def test_a_country_gives_way_to_a_smaller_place_of_it(
    resolver, nlp, text, trigger, subject, country, expected
) -> None:
    doc = nlp(text)
    places = resolver.find(doc)
    event = _event(doc, trigger, subject)
    before, _ = listed_place_for_event(doc, event, places)
    assert before is not None and before.place.feature_code == "PCLI"
    place, reason = place_for_event(doc, event, places)
    assert place is not None and reason == NARROWED
    assert (place.text, place.place.country) == (expected, country)


@pytest.mark.parametrize(
    ("text", "trigger", "subject", "expected"),
    [
        # a place in a clause of its own, with its own subject: another event's scene
        (
            "Protesters marched across Yemen after gunmen attacked a checkpoint in Aden.",
            "marched",
            None,
            "Yemen",
        ),
        # a smaller place abroad never replaces the country
        ("Troops were deployed to Turkey from bases in Germany.", "deployed", None, "Turkey"),
        # where the actors come from, not where they are
        (
            "Teachers from Kandy went on strike in Sri Lanka on Monday.",
            "strike",
            "Kandy",
            "Sri Lanka",
        ),
        # a city's name speaking for its government is in the actor's slot
        (
            "Nairobi officials rallied support across Kenya on Monday.",
            "rallied",
            "officials",
            "Kenya",
        ),
    ],
)
def test_a_country_keeps_its_place_without_a_smaller_scene(
    resolver, nlp, text, trigger, subject, expected
) -> None:
    doc = nlp(text)
    place, reason = place_for_event(doc, _event(doc, trigger, subject), resolver.find(doc))
    assert place is not None and place.text == expected and reason != NARROWED
