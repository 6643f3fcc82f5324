"""A place an actor comes from is not where the event happened when the clause names another
(``places/origin.py``, read by ``places/narrow.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import _actor, cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _place(resolver, nlp, text: str, trigger: str, target: str):
    """The event's place, its target the word ``target`` (the noun "from X" may hang on)."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    noun = next(t for t in doc if t.text == target)
    victim = _actor(noun.i, noun.i + 1, "XXX")
    event = EventMention(None, victim, "173", token.i, token.i + 1, index, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    return place


@pytest.mark.parametrize(
    ("text", "trigger", "target", "town"),
    [
        # "from X" after an actor's noun: where the actor comes from; the scene wins
        ("On 3 May 2021, police arrested a man from Kayes in Bamako.", "arrested", "man", "Bamako"),
        ("On 3 May 2021, gunmen killed a trader from Afrin in Idlib.", "killed", "trader", "Idlib"),
        (
            "Police detained three students from Kano at a checkpoint in Abuja.",
            "detained",
            "students",
            "Abuja",
        ),
        # the origin stays when the clause names no other place
        ("On 3 May 2021, police arrested a man from Kayes.", "arrested", "man", "Kayes"),
        # a thing's "from" is where the blow came from, not an actor's home: the tie decides
        (
            "On 3 May 2021, police arrested a man near a truck from Kayes in Bamako.",
            "arrested",
            "man",
            "Kayes",
        ),
    ],
)
def test_an_origin_gives_way_to_the_scene(resolver, nlp, text, trigger, target, town) -> None:
    place = _place(resolver, nlp, text, trigger, target)
    assert place is not None and place.text == town
