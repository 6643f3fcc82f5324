"""A town's name after "City", "Town" or "Village" closes a building's or body's name ("the
City Hall", "Town Hall"): the event is never put there (``places/building.py``, read by
``places/narrow.py``); names of their own that end in such a word ("Kansas City", "Cape
Town") are no building. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.building import opens_building

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("words", "start", "expected"),
    [
        (["the", "City", "Hall"], 2, True),
        (["The", "Town", "Hall"], 2, True),
        (["at", "Village", "Hall"], 2, True),
        (["City", "Hall"], 1, True),
        # a name before the city word: the longer name is a place of its own
        (["Kansas", "City", "Hall"], 2, False),
        (["Cape", "Town", "Hall"], 2, False),
        (["in", "Hall"], 1, False),
        (["Hall"], 0, False),
    ],
)
def test_a_city_word_opening_a_building_s_name(words, start, expected) -> None:
    assert opens_building(words, start) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "On 6 May 2021, in Rafaela (Santa Fe), a group of teachers protested in the "
            "City Hall to demand unpaid wages.",
            "protested",
            "Rafaela",
        ),
        (
            "On 9 June 2021, in General Pico (La Pampa), shopkeepers gathered outside the "
            "Town Hall to demand longer opening hours.",
            "gathered",
            "General Pico",
        ),
    ],
)
def test_the_event_is_in_the_town_not_its_hall(resolver, nlp, text, trigger, town) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "141", token.i, token.i + 1, index, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.text == town


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "On 3 March 2021, in Rosario (Santa Fe), nurses protested in Moreno Square to "
            "demand masks.",
            "protested",
            "Rosario",
        ),
        (
            "On 12 July 2021, hundreds of people marched down Baghdad Street in Damascus "
            "to demand bread.",
            "marched",
            "Damascus",
        ),
    ],
)
def test_the_event_is_in_the_town_not_a_street_named_after_another(
    resolver, nlp, text, trigger, town
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "141", token.i, token.i + 1, index, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.text == town
