"""Armed groups named by a name no dictionary knows are rebels, REB (issue 15; our own
sentences): "FRNK fighters", "fighters of the Al-Nasr Front", "members of the Black Lions
Brigade", a name that fights soldiers ("soldiers clashed with the KLF"). Unnamed armed men stay
UAF and known groups keep their own code.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.actors.drafts import Draft
from eventscope.actors.named_groups import with_named_groups

ON = date(2024, 5, 9)


def codes(actors, nlp, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # (an acronym the dictionary knows is its group: "RSF fighters" are SDNREBRSF)
        ("FRNK fighters looted the market in the town.", "FRNK fighters"),
        ("Kamba Ngolo militiamen burned two villages on Sunday.", "Kamba Ngolo militiamen"),
        ("Fighters of the Al-Nasr Front abducted two teachers.", "Fighters of the Al-Nasr Front"),
        ("Militants of the Zawiya Brigade fired rockets at the port.",
         "Militants of the Zawiya Brigade"),
        ("Members of the Black Lions Brigade attacked a police post.",
         "Members of the Black Lions Brigade"),
        ("The Red Hawks Battalion shelled the airport at dawn.", "Red Hawks Battalion"),
    ],
)  # fmt: skip
def test_a_named_unknown_armed_group_is_rebels(actors, nlp, text, actor):
    assert codes(actors, nlp, text)[actor] == "REB"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Government soldiers and the ALA clashed near the town.", "ALA"),
        ("Soldiers clashed with the KLF near the border.", "KLF"),
        ("Police clashed with members of the PKF in the market.", "members of the PKF"),
        ("The army fought the Zamba Movement near the river.", "Zamba Movement"),
    ],
)
def test_a_name_that_fights_armed_men_is_rebels(actors, nlp, text, actor):
    assert codes(actors, nlp, text)[actor].endswith("REB")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with the ABC party outside the court.",  # no armed side
        "The army and Westel signed a contract on Monday.",  # no fight
        "Soldiers clashed with the Kenyan police near the border.",  # a known actor
    ],
)
def test_no_fighting_name_without_armed_men_and_a_fight(actors, nlp, text):
    assert "REB" not in {code[-3:] for code in codes(actors, nlp, text).values()}


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Armed fighters attacked the convoy near the bridge.", "fighters", "UAF"),
        ("On Monday gunmen attacked a bus on the highway.", "gunmen", "UAF"),
        ("Houthi fighters attacked a cargo ship.", "Houthi fighters", "YEMREBHTH"),
        ("Sudanese fighters crossed the border.", "Sudanese fighters", "SDNUAF"),
    ],
)
def test_unnamed_or_known_armed_men_keep_their_code(actors, nlp, text, actor, code):
    assert codes(actors, nlp, text)[actor] == code


@pytest.mark.parametrize(
    "text",
    [
        "Members of the National Assembly walked out of the session.",
        "Members of the Army took part in the parade.",
        "Forces loyal to the governor entered the town.",
    ],
)
def test_no_armed_body_without_a_name_of_one(actors, nlp, text):
    assert "REB" not in set(codes(actors, nlp, text).values())


def test_hand_built_name_before_the_agent_word(vocab):
    # "XYZ fighters attacked": XYZ is an acronym no dictionary lists
    words = ["XYZ", "fighters", "attacked"]
    doc = Doc(vocab, words=words, pos=["NOUN", "NOUN", "VERB"],
              deps=["compound", "nsubj", "ROOT"], heads=[1, 2, 2])  # fmt: skip
    fighters = Draft(1, 2, sector="UAF")
    assert with_named_groups(doc, [fighters]) == [Draft(0, 2, sector="REB")]
    # known: a dictionary hit over the acronym keeps the agent word as it is
    assert with_named_groups(doc, [fighters], known=[(0, 1)]) == [fighters]


def test_a_fixed_code_or_a_person_is_never_widened(vocab):
    words = ["XYZ", "fighters", "attacked"]
    doc = Doc(vocab, words=words, pos=["NOUN", "NOUN", "VERB"],
              deps=["compound", "nsubj", "ROOT"], heads=[1, 2, 2])  # fmt: skip
    coded = Draft(1, 2, sector="UAF", code="SDNUAF")
    assert with_named_groups(doc, [coded]) == [coded]
