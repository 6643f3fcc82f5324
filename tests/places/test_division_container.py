"""A district's container is the province of that name, not its seat town (places/seat.py):
on sentences and readings written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import EventMention, Place
from eventscope.places import place_for_event
from eventscope.places.gazetteer import Candidate
from eventscope.places.seat import division_holder

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _candidate(name: str, code: str, key: str, row: int) -> Candidate:
    place = Place(name, "HOX", name, 10.0, 10.0, None, code)
    return Candidate(place, 50_000, key, row, 1)


DISTRICT = _candidate("Riverside", "ADM2", "HO.03", 1)
SEAT = _candidate("Hometown", "PPL", "HO.03", 2)
PROVINCE = _candidate("Hometown", "ADM1", "HO.03", 3)
FAR_PROVINCE = _candidate("Hometown", "ADM1", "HO.07", 4)
TOWN = _candidate("Riverside", "PPL", "HO.03", 5)


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        # "Riverside district (Hometown)": the province that holds the district
        (DISTRICT, [SEAT, PROVINCE], PROVINCE),
        # a province elsewhere holds nothing of it: the container keeps its choice
        (DISTRICT, [SEAT, FAR_PROVINCE], None),
        # a town inside a town ("Riverside, Hometown") is a quarter of it: no change
        (TOWN, [SEAT, PROVINCE], None),
        # the container already read as the province
        (DISTRICT, [PROVINCE, SEAT], None),
    ],
)
def test_division_holder(inner, outer, expected) -> None:
    pool = [(candidate, 0.5) for candidate in outer]
    held = division_holder((inner, 1.0, [(inner, 1.0)]), (outer[0], 0.5, pool))
    assert (held[0] if held is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On 3 May 2020, rebels shelled army positions in Al Jubah district (Marib). "
            "No casualties were reported.",
            "shelled",
            ("Al Jubah", "ADM2"),
        ),
        (
            "On 3 May 2020, tribesmen clashed with rebel fighters in Mukayras district "
            "(Al Bayda), leaving two dead.",
            "clashed",
            ("Mukayras", "ADM2"),
        ),
    ],
)
def test_the_district_is_the_event_s_place(resolver, nlp, text, trigger, expected) -> None:
    doc = nlp(text)
    places = resolver.find(doc)
    province = places[-1].place
    assert province is not None and province.feature_code == "ADM1"  # not the seat town
    token = next(t for t in doc if t.text == trigger)
    event = EventMention(None, None, "190", token.i, token.i + 1, 0, 1.0)
    place, _ = place_for_event(doc, event, places)
    assert place is not None and (place.text, place.place.feature_code) == expected
