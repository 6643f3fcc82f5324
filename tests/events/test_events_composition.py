"""What a body is made of is no act of the body on its members (#15): the classifier's fill
guessed yields, appeals and intents from the body to each member named ("the GCC groups six
Gulf states": six 080 events). A verb of composition (``composition_verbs`` in
``frames.toml``, ``no_acts.composition``) whose subject is the body takes no fill; the rules'
own events stand. Sentences we
wrote.
"""

from __future__ import annotations

import pytest
from test_events_support import triples

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(
    "text",
    [
        "The GCC groups Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and the United Arab Emirates.",
        "The Gulf Cooperation Council comprises Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and"
        " the United Arab Emirates.",
        "The African Union counts Morocco and Egypt among its members.",
        "The Arab League includes Egypt, Jordan and Iraq.",
        "The eastern bloc consisted of Poland, Hungary and Czechoslovakia.",
    ],
)
def test_what_a_body_is_made_of_codes_nothing(pipeline, text):
    assert triples(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Egypt sent aid to Sudan.", ("EGYGOV", "SDNGOV", "070")),
        ("Georgia joined NATO.", ("GEOGOV", "IGOWSTNAT", "060")),
    ],
)
def test_acts_beside_them_are_still_coded(pipeline, text, event):
    assert event in triples(pipeline, text, PUBLISHED)


def test_a_subject_that_is_the_sources_act_keeps_the_fill(pipeline):
    # "China's aid package consisted of ...": the subject is China's act, not China: the
    # classifier's guess between the two stands (its root is the model's)
    text = "The Chinese government's aid package consisted of relief supplies for Sudan."
    pairs = [(s, t) for s, t, _ in triples(pipeline, text, PUBLISHED)]
    assert ("CHNGOV", "SDNGOV") in pairs
