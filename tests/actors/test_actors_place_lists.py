"""A place name that only says where the acting group is (an apposition to a noun of people,
or a fronted list of places the parser broke into subjects) names no government
(actors/place_lists.py, issue 15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest


def _texts(actors, nlp, text):
    return [m.actor.text for m in actors.find(nlp(text), on=date(2020, 5, 4))]


@pytest.mark.parametrize(
    ("text", "place", "group"),
    [
        ("Members of the teachers' union, Punjab, went on strike in Lahore on Monday.", "Punjab",
         "union"),
        ("Activists of the farmers' association, Sindh, staged a sit-in outside the assembly in "
         "Karachi.", "Sindh", "Activists"),
        ("Students of the university, Sindh, boycotted classes on Monday.", "Sindh",
         "Students of the university"),
        ("Employees of the state electricity board, Punjab, held a rally in Patiala on Friday.",
         "Punjab", "Employees"),
        ("In Thanlyin township, Yangon district, Yangon region, dozens of factory workers "
         "demonstrated on Monday.", "Yangon region", "workers"),
        ("In Thanlyin township, Yangon district, Yangon region, dozens of factory workers "
         "demonstrated on Monday.", "Yangon district", "workers"),
        ("In Dagon township (North), Yangon district, Yangon region, more than 100 workers "
         "from a garment factory demonstrated to demand their wages.", "Yangon region",
         "workers"),
        ("In Mandalay region, Sagaing region, and Magway region, hundreds of farmers marched "
         "on Sunday.", "Sagaing region", "farmers"),
    ],
)  # fmt: skip
def test_a_place_that_locates_the_group_is_no_actor(actors, nlp, text, place, group):
    found = _texts(actors, nlp, text)
    assert place not in found, found
    assert group in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # apposed to a place noun: the province's government
        ("The province, Punjab, imposed a curfew on Monday.", "Punjab"),
        ("Punjab province imposed a curfew on Monday.", "Punjab province"),
        ("Punjab imposed a curfew on Monday.", "Punjab"),
        ("Punjab province and Sindh province imposed curfews on Monday.", "Sindh province"),
        # after a fronted place, but the subject itself (no comma after it)
        ("In Lahore, Punjab province imposed a curfew on Monday.", "Punjab province"),
        # a date or a plain noun opens no list of places
        ("From Monday, Punjab province, the largest province, will close its schools.",
         "Punjab province"),
        ("In a statement, Punjab province, which borders India, announced a curfew.",
         "Punjab province"),
    ],
)  # fmt: skip
def test_a_place_that_acts_keeps_its_government(actors, nlp, text, place):
    assert place in _texts(actors, nlp, text)
