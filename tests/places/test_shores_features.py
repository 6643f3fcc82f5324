"""Names after shore and compass words, divisions spelt a letter off, and towns read through a
river's name, and the event's place among a town and its province (issue 15), on sentences
written for these tests: "off the coast of Zuwara" and
"30 km north of Kharkiv" name places the model tags PERSON (``places/slot.py``); "North
Sinai" is the Egyptian governorate, not a hamlet "Sinai" in Ecuador (``places/spelling.py``);
"on the Dnipro River near Kherson" is Kherson, not the city of Dnipro upstream
(``places/feature.py``); a province of ``regions.tsv`` ("Haut-Katanga", "Ituri") is no town
nearer the trigger, and "the village of X" opens a place as "in X" does (``places/scene.py``)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, named_places, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Coast guards fired on a migrant boat off the coast of Zuwara.", "Zuwara", "LBY"),
        ("A boat capsized off the coast of Zuwara, and the crew was arrested.", "Zuwara", "LBY"),
        ("Russian missiles struck a village 30 km north of Kharkiv on Friday.", "Kharkiv", "UKR"),
    ],
)
def test_a_name_after_a_shore_or_compass_word_is_a_place(resolver, nlp, text, name, country):
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Egyptian troops killed ten militants in North Sinai on Friday.", "North Sinai", "EGY"),
        ("Militants attacked a checkpoint in South Sinai on Friday.", "South Sinai", "EGY"),
        ("Militias attacked a camp in West Darfur on Friday.", "West Darfur", "SDN"),
    ],
)
def test_a_division_named_with_its_position_word_stays_whole(resolver, nlp, text, name, country):
    found = named_places(resolver, nlp, text)
    assert "Sinai" not in found
    assert found.get(name) is not None and found[name][1] == country


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "Russian forces attacked Ukrainian positions on the Dnipro River near Kherson.",
            "attacked",
            "Kherson",
        ),
        ("Police arrested smugglers on the Kabul River near Jalalabad.", "arrested", "Jalalabad"),
    ],
)
def test_a_town_read_through_a_river_s_name_gives_way(resolver, nlp, text, trigger, town):
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == trigger)
    event = EventMention(None, None, "190", index, index + 1, 0, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.text == town


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        # the province is nearer the trigger, but a town is more specific
        (
            "On 8 May 2020, two rival groups clashed in Mokambo (Sakania, Haut-Katanga), "
            "injuring three people.",
            "injuring",
            "Mokambo",
        ),
        # "the village of X": where the attack was, not the province after "in"
        (
            "Militiamen attacked the village of Djugu in Ituri, killing five civilians.",
            "killing",
            "Djugu",
        ),
    ],
)
def test_the_town_before_its_province(resolver, nlp, text, trigger, town) -> None:
    doc = nlp(text)
    index = next(t.i for t in doc if t.text == trigger)
    sent = next(k for k, s in enumerate(doc.sents) if s.start <= index < s.end)
    event = EventMention(None, None, "190", index, index + 1, sent, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.text == town
