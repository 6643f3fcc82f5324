"""The traps of issue 17, on sentences written for these tests: the obvious reading of a name,
places that are not towns, places that are actors (metonymy, co-actors), the dateline."""

from __future__ import annotations

import pytest
from test_places import _actor, _doc, cache_dir, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.tie import DATELINE, ONLY_ACTORS

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _found(resolver, nlp, text: str) -> dict[str, tuple]:
    return {
        m.text: (m.place.name, m.place.country, m.place.feature_code) if m.place else None
        for m in resolver.find(nlp(text))
    }


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        # "the Gulf" in Middle East news is the Persian Gulf, not Gulf Province (PNG)
        ("Two tankers were struck by mines in the Gulf on Monday.", "Gulf", None, "GULF"),
        ("Warships from six navies gathered in the Black Sea.", "Black Sea", None, "SEA"),
        ("Trade across the Middle East slowed sharply this year.", "Middle East", None, "RGN"),
        ("Shelling resumed overnight in Nagorno-Karabakh.", "Nagorno-Karabakh", "AZE", "ADMD"),
        ("Tourism in Crimea collapsed after the war began.", "Crimea", "UKR", "ADMD"),
        ("Grain exports from the Soviet Union fell in 1972.", "Soviet Union", "SUN", "PCLH"),
        ("Fishing boats were seized in the South China Sea.", "South China Sea", None, "SEA"),
        ("Refugees crossed the Balkans on foot.", "Balkans", None, "RGN"),
    ],
)
def test_places_that_are_not_towns(resolver, nlp, text, name, country, code) -> None:
    found = _found(resolver, nlp, text)
    assert found[name] is not None and found[name][1:] == (country, code)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Officials in Paris said the plan was fair.", "FRA", "PPLC"),  # the obvious reading
        ("The festival moved from Paris, Texas to Dallas.", "USA", "PPL"),  # explicit container
        # no container, but the article's other places are in north-east Texas
        (
            "A tornado hit Paris on Monday; Clarksville, Sulphur Springs and Texarkana also "
            "reported damage.",
            "USA",
            "PPL",
        ),
    ],
)
def test_paris_is_paris_unless_the_text_points_to_texas(resolver, nlp, text, country, code):
    found = _found(resolver, nlp, text)
    assert found["Paris"][1:] == (country, code)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("The minister will fly to Moscow next week.", "RUS", "PPLC"),
        ("The delegation arrived in Washington on Tuesday.", "USA", "PPLC"),
        ("Talks resumed in Geneva after a pause.", "CHE", "PPL"),
        ("Protesters marched through London on Saturday.", "GBR", "PPLC"),
    ],
)
def test_capitals_and_big_cities_beat_small_namesakes(resolver, nlp, text, country, code):
    [place] = [m.place for m in resolver.find(nlp(text))]
    assert place is not None and (place.country, place.feature_code) == (country, code)


def test_every_resolved_place_has_a_score(resolver, nlp) -> None:
    places = [m.place for m in resolver.find(nlp("Talks were held in Baku and in Tovuz."))]
    assert places and all(p is not None and 0.0 < p.score <= 1.0 for p in places)


# -- places that are actors, on hand-built parses ----------------------------------------------

WASHINGTON_SAID = (
    ["Washington", "said", "it", "would", "respond", "."],
    [1, 1, 4, 4, 1, 1],
    ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
    ["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
    ["B-GPE", "O", "O", "O", "O", "O"],
)
BEIJING_OFFICIALS = (
    ["Beijing", "officials", "warned", "Tokyo", "."],
    [1, 2, 2, 2, 2],
    ["compound", "nsubj", "ROOT", "dobj", "punct"],
    ["PROPN", "NOUN", "VERB", "PROPN", "PUNCT"],
    ["B-GPE", "O", "O", "B-GPE", "O"],
)
CO_ACTORS = (
    ["The", "United", "States", "and", "Britain", "vetoed", "the", "resolution", "."],
    [2, 2, 5, 2, 2, 5, 7, 5, 5],
    ["det", "compound", "nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
    ["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    ["O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O", "O"],
)
TROOPS_IN_BAKU = (
    ["Troops", "in", "Baku", "fired", "shots", "."],
    [3, 0, 1, 3, 3, 3],
    ["nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
    ["NOUN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"],
    ["O", "O", "B-GPE", "O", "O", "O"],
)
DATELINE_LEAD = (
    ["BAKU", ",", "Aug", "20", "-", "Officials", "met", "."],
    [6, 0, 0, 2, 6, 6, 6, 6],
    ["npadvmod", "punct", "appos", "nummod", "punct", "nsubj", "ROOT", "punct"],
    ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "NOUN", "VERB", "PUNCT"],
    ["B-GPE", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"],
)


@pytest.mark.parametrize(
    ("parse", "trigger", "source", "expected", "reason"),
    [
        (WASHINGTON_SAID, 1, None, None, ONLY_ACTORS),  # a government speaking, not a place
        (BEIJING_OFFICIALS, 2, None, None, ONLY_ACTORS),  # Tokyo is the target: an actor
        (CO_ACTORS, 5, (1, 3, "USA"), None, ONLY_ACTORS),  # Britain is a co-actor
        (TROOPS_IN_BAKU, 3, None, "Baku", None),  # "in" makes it the place
        (DATELINE_LEAD, 6, None, "BAKU", DATELINE),  # the lead takes the dateline
    ],
)
def test_actors_are_not_event_places(resolver, vocab, parse, trigger, source, expected, reason):
    doc = _doc(vocab, *parse)
    target = (3, 4, "JPN") if parse is BEIJING_OFFICIALS else None
    event = EventMention(
        source=_actor(*source) if source else None,
        target=_actor(*target) if target else None,
        cameo="010",
        trigger_start=trigger,
        trigger_end=trigger + 1,
        sent_index=0,
        confidence=1.0,
    )
    place, why = place_for_event(doc, event, resolver.find(doc))
    assert (place.text if place else None, why) == (expected, reason)


def test_a_doubtful_town_falls_back_to_its_country(resolver, nlp) -> None:
    from eventscope.places import PlaceOptions, PlaceResolver

    doc = nlp("The convoy passed through Springfield.")
    cautious = PlaceResolver(
        resolver.gazetteer,
        resolver.lexicon,
        options=PlaceOptions(fallback_below=0.99),
        model=resolver.model,
    )
    [town] = [m.place for m in resolver.find(doc)]
    [country] = [m.place for m in cautious.find(doc)]
    assert town is not None and town.feature_code == "PPL" and town.score < 0.99
    assert country is not None and country.feature_code == "PCLI"
    assert country.country == town.country and country.score >= town.score


def test_gaza_is_palestinian_not_the_mozambican_province(resolver, nlp) -> None:
    found = _found(resolver, nlp, "Air strikes hit Gaza overnight, the ministry said.")
    assert found["Gaza"] is not None and found["Gaza"][1] == "PSE"
