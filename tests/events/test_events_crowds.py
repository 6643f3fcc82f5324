"""Protest shapes with no actor the actor stage knows (#15, branch protest11, events/crowds.py).

* A crowd that takes to the streets demonstrates: "thousands took to the streets" (CAMEO 141);
  one that pours into them may be celebrating, and water that does is no crowd.
* A sentence the parser reads as one noun phrase ("Some 5,000 miners downed tools near X") is
  still a strike (143): the participle before its own required object is the verb.
* A go-slow and a walkout are strikes (143); "staged" (lemmatised "stag") carries its event noun.
"""

from __future__ import annotations

import pytest

from eventscope.events.contentious import ContentiousCoder
from eventscope.events.crowds import destinations, glued_clause, object_fits


def codes(pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipeline.code_text(text, published="2021-03-10")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands took to the streets of Harare on Monday.", "141"),
        ("Thousands took to the streets of Lusaka on Monday to demand fresh elections.", "141"),
        ("Opposition supporters took to the streets of Kinshasa on Tuesday.", "141"),
        ("Some 5,000 miners downed tools near Rustenburg on Thursday.", "143"),
        ("Workers at the factory in Durban downed tools on Monday.", "143"),
        ("Nurses at the hospital in Soweto went on a go-slow on Tuesday.", "143"),
        ("Hundreds of nurses staged a walkout at the hospital in Soweto on Tuesday.", "143"),
    ],
)
def test_crowd_shapes_are_protests(pipeline, text, code):
    assert code in codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Water poured into the streets of Durban after the storm on Monday.",
        "Tourists poured into the streets of Cape Town for the carnival on Monday.",
        "The downed plane was found near Rustenburg on Thursday.",
        "Burning tyres blocked the view of the stadium in Soweto on Friday.",
    ],
)
def test_other_shapes_are_no_protest(pipeline, text):
    assert not {code for code in codes(pipeline, text) if code.startswith("14")}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Thousands took to the streets.", {"street"}),
        ("Fans poured into the stadium.", {"stadium"}),
        ("Thousands marched in the streets.", set()),
    ],
)
def test_destinations_are_the_objects_of_to_and_into(nlp, text, places):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert destinations(verb) == places


def test_a_glued_participle_is_the_verb_of_its_object(nlp):
    wanted = ContentiousCoder.load().book.objects["down"]
    doc = nlp("Some 5,000 miners downed tools near Rustenburg on Thursday.")
    downed = next(t for t in doc if t.lower_ == "downed")
    assert downed.dep_ == "amod"  # the parse this rule is for
    assert glued_clause(downed, wanted) and object_fits(downed, wanted)
    burning = next(t for t in nlp("Youths set burning tyres alight.") if t.lower_ == "burning")
    assert not glued_clause(burning, frozenset({"tyre"}))
    assert not object_fits(burning, None)
