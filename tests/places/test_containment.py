"""Containment and co-location ("A in B", "A (B)", "A, B state") and the certainty of a
match: on sentences written for these tests."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.models import Place
from eventscope.places import Mention
from eventscope.places.contain import binding_key, certainty, kept_inside, sure_container
from eventscope.places.gazetteer import Candidate

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


def _town(name: str, key: str, population: int = 5_000, row: int = 0) -> Candidate:
    place = Place(name, key[:2].upper() + "X", None, 10.0, 10.0, None, "PPL")
    return Candidate(place, population, key, row, 1)


def _division(name: str, key: str, row: int = 0) -> Candidate:
    place = Place(name, key[:2].upper() + "X", name, 10.0, 10.0, None, "ADM1")
    return Candidate(place, 1_000_000, key, row, 1)


def _mention(key: str, candidates: tuple[Candidate, ...], *, enclosed: bool) -> Mention:
    return Mention(key, candidates, None, 1, apposed=False, enclosed=enclosed)


FAR = _town("Farville", "FA.01", population=500_000, row=1)
HOME = _town("Homeville", "HO.02", population=20_000, row=2)
CAPITAL = _town("Capitol", "HO.01", population=2_000_000, row=3)
STATE = _division("Homestate", "HO.02", row=4)


@pytest.mark.parametrize(
    ("outer", "enclosed", "key"),
    [
        (STATE, False, "HO.02"),  # a division binds after any connector
        (CAPITAL, True, "HO"),  # a town binds to its country after "in", "of", "("
        (CAPITAL, False, ""),  # after a comma a town may be the next item of a list
        (None, True, ""),
    ],
)
def test_binding_key(outer, enclosed, key) -> None:
    assert binding_key(outer, enclosed=enclosed) == key


def test_a_far_namesake_inside_a_town_gives_no_place() -> None:
    # "the Oldname road in Capitol": the name is only an alternate name of a town abroad
    name = _mention("oldname", (FAR,), enclosed=True)
    choice = (FAR, 1.0, [(FAR, 1.0)])
    outer = (CAPITAL, 0.9, [(CAPITAL, 0.9)])
    assert kept_inside(choice, name, outer) is None
    # after a comma, a town is no container: the reading stays
    listed = _mention("oldname", (FAR,), enclosed=False)
    assert kept_inside(choice, listed, outer) == choice


def test_a_reading_inside_the_container_is_taken() -> None:
    name = _mention("homeville", (FAR, HOME), enclosed=False)
    choice = (FAR, 0.7, [(FAR, 0.7), (HOME, 0.3)])
    outer = (STATE, 0.8, [(STATE, 0.8)])
    assert kept_inside(choice, name, outer) == (HOME, 0.3, choice[2])


def test_a_doubtful_container_does_not_drop_the_name() -> None:
    # "Homeville (Homestate)" where the state's name also names a division abroad: the
    # name keeps its reading, the container is the doubtful one
    far_state = _division("Homestate", "FA.09", row=5)
    name = _mention("homeville", (HOME,), enclosed=True)
    choice = (HOME, 1.0, [(HOME, 1.0)])
    outer = (far_state, 0.6, [(far_state, 0.6), (STATE, 0.4)])
    assert kept_inside(choice, name, outer) == choice


def test_a_sure_name_keeps_its_reading_inside_another_place() -> None:
    # "a summit of Farville leaders in Capitol": a large city by its own name stays
    name = _mention("farville", (FAR,), enclosed=True)
    choice = (FAR, 1.0, [(FAR, 1.0)])
    outer = (CAPITAL, 0.9, [(CAPITAL, 0.9)])
    assert kept_inside(choice, name, outer) == choice


def test_a_doubtful_container_binds_nothing() -> None:
    # a container matched one edit away, or only by an alternate name of a hamlet
    assert sure_container(CAPITAL, _mention("capitol", (CAPITAL,), enclosed=True))
    fuzzy = Mention("capitel", (CAPITAL,), None, None, exact=False)
    assert not sure_container(CAPITAL, fuzzy)
    hamlet = _town("Hamlet", "HO.02", population=0)
    assert not sure_container(hamlet, _mention("oldhamlet", (hamlet,), enclosed=True))


@pytest.mark.parametrize(
    ("candidate", "key", "exact", "expected"),
    [
        (CAPITAL, "capitol", True, 1.0),  # own name, large: full
        (CAPITAL, "oldcapitol", True, 0.75),  # an alternate name
        (CAPITAL, "capitel", False, 0.5),  # one edit away
        (_town("Hamlet", "HO.02", population=0), "hamlet", True, 0.5),  # no population
        (STATE, "homestate", True, 1.0),
    ],
)
def test_certainty(candidate, key, exact, expected) -> None:
    assert certainty(candidate, key, exact=exact) == pytest.approx(expected)


def test_certainty_orders_small_below_large() -> None:
    small = certainty(_town("Hamlet", "HO.02", population=300), "hamlet", exact=True)
    large = certainty(_town("Hamlet", "HO.02", population=30_000), "hamlet", exact=True)
    assert 0.5 < small < large < 1.0


def _found(resolver, nlp, text: str) -> dict[str, str | None]:
    return {m.text: m.place.country if m.place else None for m in resolver.find(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an unknown street name that is an alternate name abroad gives no country
        ("Protesters blocked the Qasqas road in Beirut on Sunday.", "Qasqas", None),
        ("Protesters blocked the Qasqas road in Beirut on Sunday.", "Beirut", "LBN"),
        # "X, X state": the state, and the city in it
        ("Students marched in Merida, Merida state, on Monday.", "Merida", "VEN"),
        # "X city" is the city X, not a town listing "X City" as an alternate name
        ("Doctors rallied in Hyderabad city (Hyderabad, TS) on Monday.", "Hyderabad", "IND"),
        # the town's reading decides an ambiguous division it is named in
        ("Labourers staged a protest in Nabha (Punjab) on Friday.", "Punjab", "IND"),
    ],
)
def test_containment_in_sentences(resolver, nlp, text, name, country) -> None:
    assert _found(resolver, nlp, text)[name] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "in X and in Y" is a list: Y does not contain X
        ("Officials opened offices in Jerusalem and in New York last year.", "Jerusalem", "ISR"),
        # a list of towns with their states: a state is no town of the next state
        ("Finalists: Louisville, Ky., Sioux Falls, S.D. and Surprise, Ariz.", "S.D.", "USA"),
        # a name before a common noun names a thing, not a container ("the Miss category")
        ("Devon Stansbury of Rockford in the Miss category won a prize.", "Rockford", "USA"),
    ],
)
def test_lists_are_no_containers(resolver, nlp, text, name, country) -> None:
    assert _found(resolver, nlp, text)[name] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tourists crowded the old town of Quebec City on Sunday.", "Quebec City"),
        ("The council of Phenix City met with Laurel County officials.", "Phenix City"),
        ("The council of Phenix City met with Laurel County officials.", "Laurel County"),
    ],
)
def test_a_name_with_its_kind_word_stays_whole(resolver, nlp, text, name) -> None:
    assert name in _found(resolver, nlp, text)


def test_a_small_unknown_name_does_not_outweigh_a_capital(resolver, nlp) -> None:
    doc = nlp("Qasqas residents joined a sit-in near Beirut.")
    scores = {m.text: m.place.score for m in resolver.find(doc) if m.place is not None}
    assert scores["Beirut"] > scores.get("Qasqas", 0.0)
