"""The place an attack noun is "on" is where the blow fell: a drone strike on Odesa happened in
Odesa, whatever the NER tagged the name, and in whatever slot of the clause the noun stands
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _resolved, cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the small model tags these lone names ORG or NORP, or nothing
        ("A Russian drone strike on Odesa killed three civilians overnight.", "Odesa", "UKR"),
        ("A strike on Odessa killed three people.", "Odessa", "UKR"),
        ("The missile attack on Aleppo lasted an hour.", "Aleppo", "SYR"),
        ("The assault on Mosul began at dawn.", "Mosul", "IRQ"),
        ("A rocket barrage against Haifa wounded two people.", "Haifa", "ISR"),
        ("The shelling of Kharkiv continued overnight.", "Kharkiv", "UKR"),
        # the city word between the verb and the name
        ("Russian forces shelled the city of Kherson on Tuesday.", "Kherson", "UKR"),
        ("Rebels attacked the town of Goma at dawn.", "Goma", "COD"),
    ],
)
def test_the_place_an_attack_is_on_is_found(resolver, nlp, text, name, country) -> None:
    found = _resolved(resolver, nlp, text)
    assert found.get(name) is not None and found[name][1] == country


@pytest.mark.parametrize(
    "text",
    [
        # an attack noun's "on" a day or a thing, not a place
        "A strike on Monday closed the ports.",
        "The attack on Tuesday left two people dead.",
    ],
)
def test_no_place_is_made_of_other_attack_phrases(resolver, nlp, text) -> None:
    found = _resolved(resolver, nlp, text)
    assert not any(value is not None for value in found.values())


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("A Russian drone strike on Odesa killed three civilians overnight.", "killed", "Odesa"),
        ("An air strike on Aleppo killed ten people on Sunday.", "killed", "Aleppo"),
        ("A rocket attack on Haifa wounded two people.", "wounded", "Haifa"),
    ],
)
def test_an_attack_on_a_place_in_the_subject_happens_there(
    resolver, nlp, text, trigger, place
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    event = EventMention(None, None, "195", token.i, token.i + 1, 0, 1.0)
    found, _ = place_for_event(doc, event, resolver.find(doc))
    assert found is not None and found.text == place
