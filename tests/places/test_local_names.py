"""Names in local news (issue 15), on sentences and token lists written for these tests:
"a Kalispell woman", "Ypsilanti police", "the Natchitoches Fire Department" and the dateline
"WINNEMUCCA --" name a town the small model tags ORG or nothing at all (``places/local.py``);
"St. Paul" spells Saint Paul's main name (``places/rank.py``); a surname read as a place is
no place when the story gives the person's full name elsewhere (``places/persons.py``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_places import cache_dir, named_places, resolver

from eventscope.places.local import local_name
from eventscope.places.persons import persons_dropped

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        # its people: a lower-case word after the name
        ("A Kalispell woman was hurt when her car hit a tree.", "Kalispell", "Kalispell"),
        ("Ypsilanti police are looking for the driver of a blue van.", "Ypsilanti", "Ypsilanti"),
        # its services: the organisation named after the town
        ("The Natchitoches Fire Department put out the blaze.", "Natchitoches", "Natchitoches"),
        # a dateline: upper case, opening a sentence, before a dash
        ("WINNEMUCCA -- Firefighters spent the night at a barn fire.", "WINNEMUCCA", "Winnemucca"),
        # a dateline with its state and agency: the state says which Columbus
        ("COLUMBUS, Ohio (AP) — Two men were hurt in a fire.", "COLUMBUS", "Columbus"),
        ("SPRINGFIELD, Ill. (AP) — Lawmakers passed a budget.", "SPRINGFIELD", "Springfield"),
        # a dateline ending with a colon, and one after a headline
        ("WINNEMUCCA: Firefighters spent the night at a barn fire.", "WINNEMUCCA", "Winnemucca"),
        ("Barn Burns. WINNEMUCCA, Nev. (AP) -- Crews worked late.", "WINNEMUCCA", "Winnemucca"),
    ],
)
def test_a_town_named_by_its_people_services_or_dateline(resolver, nlp, text, name, town) -> None:
    assert named_places(resolver, nlp, text).get(name) == (town, "USA")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a capitalised dateline cut off by the text splitter
        ("Kyiv (Reuters) - Drones struck a power plant overnight.", "Kyiv", "UKR"),
        ("Tbilisi, Sept 4 - Georgia recalled its ambassador.", "Tbilisi", "GEO"),
        ("KYIV, Ukraine (AP) — Drones struck a power plant overnight.", "KYIV", "UKR"),
    ],
)
def test_a_capitalised_dateline_is_a_place(resolver, nlp, text, name, country) -> None:
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


def test_a_many_town_dateline_without_its_state_stays_unread(resolver, nlp) -> None:
    # "PORTLAND —" alone: Oregon or Maine? No rule could tell.
    text = "Council hires a lawyer. PORTLAND — The council hired a lawyer on Monday."
    assert "PORTLAND" not in named_places(resolver, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a piece of a longer name the gazetteer lacks: not "Grove"
        "A Lost Grove man sold his farm to a neighbour.",
        # a person's name, not a town's people
        "Mayor Tom Kalispell opened the fair.",
    ],
)
def test_no_town_from_pieces_persons_or_namesakes(resolver, nlp, text) -> None:
    found = named_places(resolver, nlp, text)
    assert not any(place and place[0] in ("Grove", "Kalispell") for place in found.values())


@pytest.mark.parametrize(
    ("words", "start", "expected"),
    [
        (["The", "Natchitoches", "Police", "Department", "said"], 1, True),
        (["Natchitoches", "officials", "said", "no"], 0, True),
        (["Natchitoches", "Officials", "said", "no"], 0, False),  # capitalised: a title
        (["He", "left", "Natchitoches", "police", "said"], 2, True),
        (["Upper", "Natchitoches", "police", "said"], 1, False),  # a piece of a longer name
        (["Natchitoches", "said", "no"], 0, False),  # no word for its people
        # a name shared by towns of several states, without its state: no rule tells which
        (["A", "Springfield", "man", "said"], 1, False),
        (["A", "Salem", "man", "said"], 1, False),
    ],
)
def test_local_name_reads_the_next_word(resolver, nlp, words, start, expected) -> None:
    doc = Doc(nlp.vocab, words=words)
    assert local_name(doc, start, start + 1, resolver.gazetteer) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "St." spells "Saint": the main name of the Minnesota capital, not a hamlet's
        ("Police in St. Paul arrested two men after a chase.", "St. Paul", ("Saint Paul", "USA")),
        ("Students marched through St. Petersburg.", "St. Petersburg", ("Saint Petersburg", "RUS")),
        ("He grew up in Mt. Vernon before moving away.", "Mt. Vernon", ("Mount Vernon", "USA")),
    ],
)
def test_an_abbreviated_word_spells_the_main_name(resolver, nlp, text, name, expected) -> None:
    assert named_places(resolver, nlp, text).get(name) == expected


@pytest.mark.parametrize(
    ("words", "ents", "spans", "kept"),
    [
        # the surname of a full name given elsewhere, here read as a place: a person
        (
            ["Marek", "Zielinski", "died", ".", "Then", "Zielinski", "fell", "."],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "O"],
            [(5, 6)],
            [],
        ),
        # a one-word PERSON label elsewhere is the model misreading a foreign place name
        (
            ["Clashes", "in", "Kerawa", ".", "Kerawa", "burned", "."],
            ["O", "O", "B-PERSON", "O", "B-GPE", "O", "O"],
            [(2, 3), (4, 5)],
            [(2, 3), (4, 5)],
        ),
        # a whole PERSON entity of two words is no full name: a foreign place misread
        (
            ["Residents", "of", "Oued", "Tlelat", "met", "in", "Oued", "Tlelat", "."],
            ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "I-GPE", "O"],
            [(6, 8)],
            [(6, 8)],
        ),
        # a town the gazetteer knows stays, whoever shares its name
        (
            ["Andrew", "Jackson", "visited", "Jackson", "."],
            ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
            [(3, 4)],
            [(3, 4)],
        ),
    ],
)
def test_unknown_names_given_as_a_surname_elsewhere(resolver, nlp, words, ents, spans, kept):
    doc = Doc(nlp.vocab, words=words, ents=ents)
    assert persons_dropped(doc, spans, resolver.gazetteer) == kept
