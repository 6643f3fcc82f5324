"""Nationals, citizens and residents of a country are its civilians ("a French national" is
FRA CVL, not the French state); the word "national" as an adjective or inside a name is none;
communities named by their people ("Iraqi Kurds") are civilians too.

Sentences are our own; the actor stage alone.
"""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2020, 5, 9)


# -- nationals, citizens and residents of a country are its civilians ---------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("A French national was arrested in Tehran.", "French national", "FRACVL"),
        ("Iranian police detained two British nationals.", "British nationals", "GBRCVL"),
        ("Police arrested an American citizen in Moscow.", "American citizen", "USACVL"),
        ("Gunmen kidnapped a Canadian resident near Bamako.", "Canadian resident", "CANCVL"),
        # the word qualifies a state body: still the state
        ("The Iraqi national government condemned the attack.", "The Iraqi national government",
         "IRQGOV"),
        ("The Iraqi national security adviser met envoys.",
         "The Iraqi national security adviser", "IRQGOV"),
        # a word needing a nationality before a state title describes the holder
        ("The Kenyan woman minister visited the camp.", "The Kenyan woman minister", "KENGOV"),
    ],
)  # fmt: skip
def test_nationals_of_a_country_are_its_civilians(actors, nlp, text, phrase, code):
    found = {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}
    assert found[phrase] == code


def test_a_capitalised_national_is_part_of_a_name(actors, nlp):
    doc = nlp("Pro-Houthi forces shelled the anti-Houthi National Resistance Forces near Hays.")
    codes = [m.actor.code for m in actors.find(doc, on=ON)]
    assert not any(code.endswith("CVL") for code in codes)


def test_a_national_needs_a_nationality(actors, nlp):
    doc = nlp("A national was arrested on Monday.")
    assert not [m for m in actors.find(doc, on=ON) if m.actor.sector == "CVL"]


# -- communities named by their people are civilians of the country named or of the context ------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Thousands of Iraqi Kurds marched in Kirkuk.", "Iraqi Kurds", "IRQCVL"),
        ("Hindus and Muslims clashed in Delhi on Friday.", "Muslims", "CVL"),
    ],
)
def test_communities_are_civilians(actors, nlp, text, phrase, code):
    found = {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}
    assert found[phrase] == code


def test_a_community_word_alone_in_the_singular_is_no_actor(actors, nlp):
    doc = nlp("A Kurdish singer and a Shiite cleric's son met in Kirkuk.")
    assert "Kurdish" not in {m.actor.text for m in actors.find(doc, on=ON)}
