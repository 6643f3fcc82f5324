"""Two towns joined by a dash before a road word are the road's ends, not the event's place,
when the sentence names another town or division (``places/road_ends.py``, read by
``places/narrow.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.road_ends import pair_end

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("words", "start", "end", "expected"),
    [
        (["the", "Dhaka", "-", "Mymensingh", "highway"], 1, 2, True),
        (["the", "Dhaka", "-", "Mymensingh", "highway"], 3, 4, True),
        (["the", "Kabul", "–", "Jalalabad", "Road"], 1, 2, True),
        (["the", "Pune", "-", "Nashik", "stretch"], 3, 4, True),
        (["the", "Pune", "-", "Navi", "Mumbai", "expressway"], 1, 2, True),
        # a word, not a name, after the dash: "Dhaka-based"
        (["in", "Dhaka", "-", "based", "groups"], 1, 2, False),
        # no road word after the pair
        (["the", "Dhaka", "-", "Mymensingh", "border"], 1, 2, False),
        # a road named after one town only
        (["the", "Dhaka", "highway"], 1, 2, False),
        (["-", "Dhaka", "highway"], 1, 2, False),
    ],
)
def test_a_town_at_one_end_of_a_road(words, start, end, expected) -> None:
    assert pair_end(words, start, end) is expected


def _place(resolver, nlp, text: str, trigger: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "143", token.i, token.i + 1, index, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    return place


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "On 3 June 2021, hundreds of garment workers blocked the Dhaka-Mymensingh "
            "highway in Gazipur city demanding unpaid wages.",
            "blocked",
            "Gazipur",
        ),
        (
            "On 4 June 2021, stranded labourers protested at the Pune-Nashik stretch of "
            "the national highway near Sinnar, demanding buses home.",
            "protested",
            "Sinnar",
        ),
    ],
)
def test_the_event_is_where_the_sentence_puts_it_on_the_road(
    resolver, nlp, text, trigger, town
) -> None:
    place = _place(resolver, nlp, text, trigger)
    assert place is not None and place.text == town


@pytest.mark.parametrize(
    ("text", "trigger", "towns"),
    [
        # no other place: an end of the road is the best the sentence gives
        (
            "On 5 June 2021, gunmen ambushed a convoy on the Kabul-Jalalabad highway.",
            "ambushed",
            {"Kabul", "Jalalabad"},
        ),
        # a country says less than the road's ends
        (
            "On 6 June 2021, truck drivers blocked the Dhaka-Mymensingh highway in Bangladesh.",
            "blocked",
            {"Dhaka", "Mymensingh"},
        ),
    ],
)
def test_a_road_end_stays_when_the_sentence_names_no_smaller_place(
    resolver, nlp, text, trigger, towns
) -> None:
    place = _place(resolver, nlp, text, trigger)
    assert place is not None and place.text in towns
