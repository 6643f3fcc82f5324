"""A place described as lying in the next one with no comma between them ("Dogankoy village
of Pervari", "Al Bab city in the northern countryside of Aleppo"): the next one is its
container, so the event is put in the first (``places/apposition.py``
``described_container``, read by ``places/scene.py`` ``containers``). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.apposition import described_container, description_heads

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" village of ", True),
        (" town in ", True),
        (" city in the northern countryside of ", True),
        (" in the countryside of ", True),
        (" in the western outskirts of ", True),
        (" district of ", True),
        # a bare preposition, a list, a comma or a verb says nothing of containment
        (" in ", False),
        (" and ", False),
        (" village, ", False),
        (" to ", False),
        (" in the capital ", False),
        (" in the town of ", True),
        (" village where soldiers fired on the countryside of ", False),
        (" city in the far away and remote northern countryside of ", False),
    ],
)
def test_words_that_describe_a_place_inside_the_next(between, expected) -> None:
    assert described_container(between, description_heads()) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "On 3 May 2021, gunmen shot dead a shopkeeper in Al Bab city in the northern "
            "countryside of Aleppo.",
            "shot",
            ("Al Bab", "SYR"),
        ),
        (
            "On 12 June 2021, a roadside bomb exploded in Dogankoy village of Pervari, "
            "Siirt, wounding two soldiers.",
            "exploded",
            ("Dogankoy", "TUR"),
        ),
        (
            "On 2 July 2021, rival factions clashed in the town of Jarablus in the "
            "countryside of Aleppo. Two fighters were wounded.",
            "wounded",
            ("Jarablus", "SYR"),
        ),
    ],
)
def test_the_event_is_in_the_described_place_not_its_container(
    resolver, nlp, text, trigger, town
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "190", token.i, token.i + 1, index, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.place is not None
    assert (place.text, place.place.country) == town
