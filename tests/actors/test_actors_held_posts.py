"""A named body's posts are the body's (issue 15, actors/held_posts.py): "a Hamas military post"
is Hamas's, not a Palestinian army post (PSEMIL); a country's name before the post is no body.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from eventscope.actors.drafts import Draft
from eventscope.actors.held_posts import with_owned_posts

ON = date(2020, 5, 9)


def _codes(actors, nlp, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Israeli forces shelled a Hamas military post in Gaza city.", "Hamas military post",
         "PSEREBHMS"),
        ("Saudi jets struck a Houthi military camp near Saada.", "Houthi military camp",
         "YEMREBHTH"),
        # a post of no armed word is the body alone already
        ("Israeli jets struck a Hamas post in Khan Younis.", "Hamas", "PSEREBHMS"),
    ],
)  # fmt: skip
def test_a_named_bodys_post_is_the_body(actors, nlp, text, actor, code):
    assert _codes(actors, nlp, text).get(actor) == code


def test_a_countrys_post_stays_the_states_force(actors, nlp):
    found = _codes(actors, nlp, "Rebels attacked a Syrian military post near Idlib.")
    assert found.get("military post", "").endswith("MIL"), found


def test_the_body_is_widened_over_the_force_it_owns():
    doc = Doc(
        spacy.blank("en").vocab,
        words=["a", "Hamas", "military", "post"],
        pos=["DET", "PROPN", "ADJ", "NOUN"],
        heads=[3, 3, 3, 3],
        deps=["det", "nmod", "amod", "ROOT"],
    )
    hamas = Draft(1, 2, country="PSE", sector="REB", code="PSEREBHMS", name="Hamas")
    force = Draft(2, 4, sector="MIL")
    widened = Draft(1, 4, country="PSE", sector="REB", code="PSEREBHMS", name="Hamas")
    assert with_owned_posts(doc, [hamas, force]) == [widened]
    # a code-less force with a country of its own (or a body not before it) is left alone
    assert with_owned_posts(doc, [hamas, Draft(2, 4, country="ISR", sector="MIL")])[1].end == 4
    assert len(with_owned_posts(doc, [force])) == 1
