"""A place named with its containers is where the event happened even when the parse ties
no place to the event (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _actor, cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.listed import LISTED, listed_place
from eventscope.places.tie import place_for_event as clause_place_for_event

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _event(doc, trigger: str) -> EventMention:
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    return EventMention(None, None, "141", token.i, token.i + 1, index, 1.0)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "X, Y state,": the town before its state
        (
            "On 3 June 2021, Barquisimeto, Lara state, teachers protested over unpaid wages.",
            "protested",
            ("Barquisimeto", "VEN"),
        ),
        # kind words close the names of the list ("X Town, Y State")
        (
            "On 2 May 2021, near Sittwe Town, Rakhine State, the army and rebels clashed.",
            "clashed",
            ("Sittwe", "MMR"),
        ),
        # "X (Y, Z)"
        (
            "Gunmen fired rockets at a camp in Gao (Gao, Mali) and the shells fell on a market.",
            "fired",
            ("Gao", "MLI"),
        ),
    ],
)
def test_a_listed_place_is_the_events(resolver, nlp, text, trigger, expected) -> None:
    doc = nlp(text)
    places = resolver.find(doc)
    found = listed_place(doc, _event(doc, trigger), places)
    assert found is not None and (found.text, found.place.country) == expected
    place, _ = place_for_event(doc, _event(doc, trigger), places)
    assert place is not None and (place.text, place.place.country) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials sent aid after riots erupted in Baku.", "sent"),  # no container named
        ("Washington said it would answer the attack.", "said"),  # a government speaking
        ("Officials in Ankara and Baku met on Friday.", "met"),  # a list of two capitals
    ],
)
def test_names_without_a_container_are_no_list(resolver, nlp, text, trigger) -> None:
    doc = nlp(text)
    assert listed_place(doc, _event(doc, trigger), resolver.find(doc)) is None


def test_a_fronted_address_before_the_subject_places_the_event(resolver, nlp) -> None:
    # The parse hangs the address off the subject: the tie finds only actors there.
    doc = nlp("On 4 June 2021, Barquisimeto, Lara state, bus drivers protested to demand fuel.")
    bus = next(t.i for t in doc if t.text == "bus")
    trigger = next(t.i for t in doc if t.text == "protested")
    event = EventMention(_actor(bus, bus + 2, "VEN"), None, "140", trigger, trigger + 1, 0, 1.0)
    places = resolver.find(doc)
    assert clause_place_for_event(doc, event, places)[0] is None
    place, reason = place_for_event(doc, event, places)
    assert place is not None and (place.text, reason) == ("Barquisimeto", LISTED)
