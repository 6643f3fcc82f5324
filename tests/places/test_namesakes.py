"""Containers named after a place, namesakes in the document's own country, and doubtful
readings giving way to sure ones when an event is placed (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _actor, _doc, _resolved, cache_dir, resolver

from eventscope.models import EventMention, Place, PlaceMention
from eventscope.places import place_for_event
from eventscope.places.coherence import anchor_countries, coherent
from eventscope.places.gazetteer import Candidate
from eventscope.places.tie import ELSEWHERE, NO_PLACE_IN_CLAUSE, NO_PLACE_IN_SENTENCE, PREVIOUS

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The NER tags these as people or organisations; their slot says they are places.
        ("Rebels shelled army positions in Wadi Hamra (Misrata) overnight.", "Misrata", "LBY"),
        ("Two soldiers were killed in Qala district, Kunduz.", "Kunduz", "AFG"),
        (
            "Police beat a shopkeeper in Sundarpur village (Chittorgarh, Rajasthan) at dawn.",
            "Rajasthan",
            "IND",
        ),
        ("On 2 May 2021, in El Potrero, Guerrero, gunmen killed a farmer.", "Guerrero", "MEX"),
        # The NER ran one entity across the brackets.
        (
            "On 7 May 2021, militants killed five people in the area of Bambofa (Dori, Seno).",
            "Dori",
            "BFA",
        ),
        # A compass word between the preposition and the name.
        (
            "On 9 May 2021, rebels shelled regime positions in northern Lattakia countryside.",
            "Lattakia",
            "SYR",
        ),
    ],
)
def test_a_container_slot_holds_a_place(resolver, nlp, text, name, country) -> None:
    found = _resolved(resolver, nlp, text)
    assert found.get(name) is not None and found[name][1] == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Riders of the Virginia Rail Express (VRE) complained about delays.", "VRE"),
        ("Officials of the All Progressives Congress (APC) met in Abuja.", "APC"),
    ],
)
def test_an_acronym_in_brackets_is_no_place(resolver, nlp, text, word) -> None:
    assert word not in _resolved(resolver, nlp, text)


@pytest.mark.parametrize(
    ("text", "countries", "name", "country"),
    [
        # The document's country picks among namesakes of comparable size ...
        ("Soldiers clashed with gunmen in Tripoli overnight.", {"LBN"}, "Tripoli", "LBN"),
        ("Soldiers clashed with gunmen in Tripoli overnight.", {"LBY"}, "Tripoli", "LBY"),
        ("Soldiers clashed with gunmen in Tripoli overnight.", set(), "Tripoli", "LBY"),
        ("Protesters marched in Hyderabad on Friday.", {"PAK"}, "Hyderabad", "PAK"),
        # ... never a hamlet sharing a capital's name.
        ("Diplomats held talks in Paris on Friday.", {"USA"}, "Paris", "FRA"),
        ("Diplomats held talks in Moscow on Friday.", {"USA"}, "Moscow", "RUS"),
    ],
)
def test_the_documents_country_weighs_among_namesakes(
    resolver, nlp, text, countries, name, country
) -> None:
    found = _resolved(resolver, nlp, text, countries=countries)
    assert found[name] is not None and found[name][1] == country


def _candidate(name: str, country: str, row: int, population: int = 20_000) -> Candidate:
    place = Place(name=name, country=country, lat=0.0, lon=0.0, feature_code="PPL")
    return Candidate(place, population, f"{country}.01", row=row)


def test_two_spellings_of_one_place_anchor_nothing() -> None:
    hays = _candidate("Hays", "USA", row=1)
    choice = (hays, 0.6, [(hays, 0.6)])
    # "Hays city" and "Hays": one place, one piece of evidence.
    assert anchor_countries([(choice, True, "hays city"), (choice, True, "hays")], frozenset()) == (
        frozenset()
    )
    other = _candidate("Ellis", "USA", row=2)
    two = [(choice, True, "hays"), ((other, 0.9, [(other, 0.9)]), True, "ellis")]
    assert anchor_countries(two, frozenset()) == {"USA"}


def test_a_sure_reading_abroad_yields_only_to_a_comparable_namesake() -> None:
    big, home = _candidate("Tripoli", "LBY", 1, 1_300_000), _candidate("Tripoli", "LBN", 2, 230_000)
    hamlet = _candidate("Tripoli", "USA", 3, 1_300)
    choice = (big, 0.5, [(big, 0.5), (home, 0.3), (hamlet, 0.2)])
    assert coherent([(choice, True, "tripoli")], frozenset({"LBN"}))[0][0] == home
    assert coherent([(choice, True, "tripoli")], frozenset({"USA"}))[0][0] == big
    assert coherent([(choice, True, "tripoli")], frozenset({"LBY"}))[0][0] == big


# "Rebels fired near Kamenka , Donetsk ." with the parse the small model gives.
NEAR_TWO = (
    ["Rebels", "fired", "near", "Kamenka", ",", "Donetsk", "."],
    [1, 1, 1, 2, 3, 3, 1],
    ["nsubj", "ROOT", "prep", "pobj", "punct", "appos", "punct"],
    ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
    ["O", "O", "O", "B-GPE", "O", "B-GPE", "O"],
)


@pytest.mark.parametrize(
    ("village_score", "expected"),
    [
        (0.1, "Donetsk"),  # a far namesake's alternate name: the sure province wins
        (0.8, "Kamenka"),  # a sure village is the more specific place
        (None, "Kamenka"),  # no score: nothing says it is doubtful
    ],
)
def test_a_doubtful_reading_gives_way(vocab, village_score, expected) -> None:
    doc = _doc(vocab, *NEAR_TWO)
    village = Place(name="Kamenka", country="UKR", feature_code="PPL", score=village_score)
    province = Place(name="Donetsk", country="UKR", feature_code="ADM1", score=0.9)
    places = [
        PlaceMention("Kamenka", 18, 25, village, 0),
        PlaceMention("Donetsk", 28, 35, province, 0),
    ]
    event = EventMention(_actor(0, 1, "UKR"), None, "190", 1, 2, 0, 1.0)
    place, _ = place_for_event(doc, event, places)
    assert place is not None and place.text == expected


# "Airstrikes were reported on Sirwah district ." : the place hangs off the reporting verb,
# not the nominal trigger, and "on" is no preposition of place.
REPORTED_ON = (
    ["Airstrikes", "were", "reported", "on", "Sirwah", "district", "."],
    [2, 2, 2, 2, 5, 3, 2],
    ["nsubjpass", "auxpass", "ROOT", "prep", "compound", "pobj", "punct"],
    ["NOUN", "AUX", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"],
    ["O", "O", "O", "O", "B-GPE", "O", "O"],
)
# "Moscow said airstrikes hit ." : the only place is a government speaking.
MOSCOW_SAID = (
    ["Moscow", "said", "airstrikes", "hit", "."],
    [1, 1, 3, 1, 1],
    ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
    ["PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
    ["B-GPE", "O", "O", "O", "O"],
)


@pytest.mark.parametrize(
    ("parse", "trigger", "expected", "reason"),
    [
        (REPORTED_ON, 0, "Sirwah", ELSEWHERE),
        (MOSCOW_SAID, 2, None, NO_PLACE_IN_CLAUSE),  # an actor's slot is never the place
    ],
)
def test_a_place_elsewhere_in_the_sentence(resolver, vocab, parse, trigger, expected, reason):
    doc = _doc(vocab, *parse)
    event = EventMention(None, None, "195", trigger, trigger + 1, 0, 1.0)
    place, why = place_for_event(doc, event, resolver.find(doc))
    assert (place.text if place else None, why) == (expected, reason)


# "Protesters denounced the US dollar rate ." / "Shells hit Karak area ."
DOLLAR = (
    ["Protesters", "denounced", "the", "US", "dollar", "rate", "."],
    [1, 1, 5, 5, 5, 1, 1],
    ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
    ["NOUN", "VERB", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"],
    ["O", "O", "O", "B-GPE", "O", "O", "O"],
)
KARAK_AREA = (
    ["Shells", "hit", "Karak", "area", "."],
    [1, 1, 3, 1, 1],
    ["nsubj", "ROOT", "compound", "dobj", "punct"],
    ["NOUN", "VERB", "PROPN", "NOUN", "PUNCT"],
    ["O", "O", "B-GPE", "O", "O"],
)


@pytest.mark.parametrize(
    ("parse", "expected", "reason"),
    [
        # A currency, not where anyone protested: the sentence names no place at all.
        (DOLLAR, None, NO_PLACE_IN_SENTENCE),
        (KARAK_AREA, "Karak", None),  # a place word: still the place
    ],
)
def test_a_name_modifying_a_thing_is_no_event_place(resolver, vocab, parse, expected, reason):
    doc = _doc(vocab, *parse)
    event = EventMention(None, None, "141", 1, 2, 0, 1.0)
    place, why = place_for_event(doc, event, resolver.find(doc))
    assert (place.text if place else None, why) == (expected, reason)


def test_the_previous_sentence_names_the_place_anywhere(resolver, nlp) -> None:
    # "outside" is no preposition the event's own place is sought after
    text = "Police raided a depot outside Gyumri. One officer was injured."
    doc = nlp(text)
    token = next(t for t in doc if t.text == "injured")
    event = EventMention(None, None, "145", token.i, token.i + 1, 1, 1.0)
    place, why = place_for_event(doc, event, resolver.find(doc))
    assert (place.text if place else None, why) == ("Gyumri", PREVIOUS)
