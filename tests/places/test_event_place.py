"""Where a reader puts an event when the parse ties no place to it, names cut from longer
names, and small places kept to the document's countries (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _actor, _doc, cache_dir, resolver

from eventscope.models import EventMention, Place, PlaceMention
from eventscope.places import place_for_event
from eventscope.places.coherence import anchor_countries, coherent
from eventscope.places.gazetteer import Candidate
from eventscope.places.tie import ONLY_ACTORS, PARAGRAPH, PREVIOUS, SENTENCE, main_country

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _event_place(resolver, nlp, text: str, trigger: str) -> tuple[tuple | None, str | None]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "141", token.i, token.i + 1, index, 1.0)
    place, why = place_for_event(doc, event, resolver.find(doc))
    found = (place.text, place.place.country) if place and place.place else None
    return found, why


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "reasons"),
    [
        # A frame before the clause: the small model hangs it off the date, not the verb.
        (
            "On 3 June 2021, in Ganja, Ganja-Gazakh region, residents went to the streets "
            "to protest.",
            "protest",
            ("Ganja", "AZE"),
            {None, SENTENCE},
        ),
        # The second sentence names no place: the first one's is where it happened.
        (
            "In Gyumri, two gangs clashed with police on Friday. One officer was injured.",
            "injured",
            ("Gyumri", "ARM"),
            {PREVIOUS},
        ),
        # A village the gazetteer lacks: the places named beside it, in its country.
        (
            "Rebels attacked a camp near Kundura (Bankass, Mopti), killing two soldiers.",
            "attacked",
            ("Bankass", "MLI"),
            {None, SENTENCE},
        ),
    ],
)
def test_the_sentence_says_where(resolver, nlp, text, trigger, expected, reasons) -> None:
    found, why = _event_place(resolver, nlp, text, trigger)
    assert found == expected and why in reasons


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # two sentences back: the report names one place
        (
            "Police raided a depot in Gyumri. Officers searched it. One officer was injured.",
            "injured",
            ("Gyumri", "ARM"),
        ),
        # the place is named only after the event's sentence
        (
            "Police raided a mosque during prayers. Worshippers threw stones at officers "
            "outside the mosque in Sukkur city.",
            "raided",
            ("Sukkur", "PAK"),
        ),
        # the nearest sentence that names a place, earlier ones first
        (
            "Workers blocked a road in Gyumri. Their union met in Vanadzor. It was a long "
            "meeting. Police detained two men.",
            "detained",
            ("Vanadzor", "ARM"),
        ),
    ],
)
def test_the_paragraph_s_place_is_taken_last(resolver, nlp, text, trigger, expected) -> None:
    assert _event_place(resolver, nlp, text, trigger) == (expected, PARAGRAPH)


def test_a_paragraph_break_ends_the_report(resolver, nlp) -> None:
    text = "Police raided a depot in Gyumri.\n\nOfficers searched it. One officer was injured."
    assert _event_place(resolver, nlp, text, "injured")[0] is None


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A man was shot dead in Colonia Las Flores, Jalisco.", "URY"),  # not Colonia, Uruguay
        ("Militias shelled positions in Al Suwayda (Misrata) at dawn.", "NOR"),  # not Ål, Norway
    ],
)
def test_a_piece_of_a_longer_name_is_no_place(resolver, nlp, text, absent) -> None:
    countries = {m.place.country for m in resolver.find(nlp(text)) if m.place}
    assert absent not in countries


MOSCOW_AGREED = (
    ["Moscow", "agreed", "to", "the", "talks", "."],
    [1, 1, 1, 4, 2, 1],
    ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
    ["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    ["B-GPE", "O", "O", "O", "O", "O"],
)


def test_moscow_agreeing_is_an_actor_not_a_place(resolver, vocab) -> None:
    doc = _doc(vocab, *MOSCOW_AGREED)
    event = EventMention(_actor(0, 1, "RUS"), None, "030", 1, 2, 0, 1.0)
    assert place_for_event(doc, event, resolver.find(doc)) == (None, ONLY_ACTORS)


def _candidate(name: str, country: str, code: str = "PPL", population: int = 2_000) -> Candidate:
    place = Place(name=name, country=country, lat=0.0, lon=0.0, feature_code=code)
    return Candidate(place, population, country, row=0)


def test_small_places_abroad_move_into_the_documents_countries() -> None:
    abroad, home = _candidate("Minbya", "EGY"), _candidate("Minbya", "MMR")
    town = (abroad, 0.7, [(abroad, 0.7), (home, 0.3)])
    lone = (abroad, 1.0, [(abroad, 1.0)])
    region = _candidate("Rakhine", "MMR", "ADM1", 3_000_000)
    seat = _candidate("Sittwe", "MMR", population=180_000)
    geneva = _candidate("Geneva", "CHE", population=180_000)
    context = [
        ((region, 1.0, [(region, 1.0)]), True, "rakhine"),
        ((seat, 1.0, [(seat, 1.0)]), True, "sittwe"),
        ((geneva, 1.0, [(geneva, 1.0)]), True, "geneva"),
    ]
    assert anchor_countries(context, frozenset()) == {"MMR"}  # two names; Geneva alone is not
    kept = coherent([(town, True, "minbya"), (lone, True, "minbya"), *context], frozenset())
    assert kept[0] is not None and kept[0][0].place.country == "MMR"  # re-chosen at home
    assert kept[1] is None  # no reading at home: unresolved rather than in Egypt
    assert kept[4] is not None and kept[4][0].place.country == "CHE"  # a sure reading stays
    # One name alone anchors nothing ("Jordan", Minnesota, read as the country).
    assert coherent([(town, True, "minbya"), context[0]], frozenset())[0] == town


def test_main_country_needs_a_lead() -> None:
    def mention(country: str) -> PlaceMention:
        return PlaceMention("x", 0, 1, Place(name="x", country=country), 0)

    assert main_country([mention("MLI"), mention("MLI"), mention("SEN")]) == "MLI"
    assert main_country([mention("MLI"), mention("SEN")]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fighting resumed in Tovuz (Azerbaijan) overnight.",
        "Fighting resumed in Tovuz, Azerbaijan overnight.",
        "Fighting resumed in Tovuz district of Azerbaijan overnight.",
    ],
)
def test_admin_context_patterns_name_the_container(resolver, nlp, text) -> None:
    from eventscope.places import mentions_of

    doc = nlp(text)
    names = mentions_of(doc, resolver.mention_spans(doc), resolver)
    assert [name.key for name in names] == ["tovuz", "azerbaijan"]
    assert names[0].container == 1


# "Vendors demonstrated on Pacific road after rallying in Mixco ."
PACIFIC_ROAD = (
    ["Vendors", "demonstrated", "on", "Pacific", "road", "after", "rallying", "in", "Mixco", "."],
    [1, 1, 1, 4, 2, 6, 1, 6, 7, 1],
    ["nsubj", "ROOT", "prep", "compound", "pobj", "mark", "advcl", "prep", "pobj", "punct"],
    ["NOUN", "VERB", "ADP", "PROPN", "NOUN", "SCONJ", "VERB", "ADP", "PROPN", "PUNCT"],
)


def test_a_sea_in_the_clause_gives_way_to_the_sentence_s_town(vocab) -> None:
    doc = _doc(vocab, *PACIFIC_ROAD)
    ocean = Place(name="Pacific Ocean", country=None, feature_code="OCN", score=0.75)
    town = Place(name="Mixco", country="GTM", feature_code="PPL", score=0.9)
    places = [
        PlaceMention("Pacific", doc[3].idx, doc[3].idx + 7, ocean, 0),
        PlaceMention("Mixco", doc[8].idx, doc[8].idx + 5, town, 0),
    ]
    event = EventMention(None, None, "141", 1, 2, 0, 1.0)
    place, why = place_for_event(doc, event, places)
    assert (place.text if place else None, why) == ("Mixco", SENTENCE)
    # the sea stays when the sentence names no town
    place, _ = place_for_event(doc, event, places[:1])
    assert place is not None and place.text == "Pacific"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a country named as the possessor of a stance or a person is no scene
        ("The envoy praised Japan's firm support for the talks.", "praised"),
        ("The minister met Japan's ambassador on Monday. They discussed trade.", "discussed"),
    ],
)
def test_a_possessor_is_no_place(resolver, nlp, text, trigger) -> None:
    assert _event_place(resolver, nlp, text, trigger)[0] is None


def test_a_possessor_of_a_place_word_still_places(resolver, nlp) -> None:
    found, _ = _event_place(
        resolver, nlp, "Police raided homes in Armenia's Shirak province.", "raided"
    )
    assert found is not None and found[1] == "ARM"


def test_a_sentence_naming_only_things_after_places_names_no_place(resolver, nlp) -> None:
    # "the US dollar exchange rate" names a currency: the report's place is the first
    # sentence's, as for a sentence that names no place at all.
    text = (
        "Rioters smashed the windows of two banks in Zahle on Monday. "
        "They protested against the rising US dollar exchange rate."
    )
    found, why = _event_place(resolver, nlp, text, "protested")
    assert found == ("Zahle", "LBN") and why == PREVIOUS
