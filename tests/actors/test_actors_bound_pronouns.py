"""An object pronoun is never the subject of its own verb, and a sea named for a people is no
actor (#15). Sentences we wrote.

"Kiir pardoned **him**": "him" is not Kiir (who would be "himself"); "Biden called Erdogan and
urged **him**": Erdogan. A possessive or a subject pronoun may still be the subject ("**his**
rival", "Biden told reporters **he** would ..."). "The Indian Ocean", "the South China Sea":
water, no Indian or Chinese actor, nor a vote for the country (``rules.toml`` no_state_heads).
"""

from __future__ import annotations

import pytest

from eventscope.actors import ActorCoder


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _found(coder: ActorCoder, nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.actor.code) for m in coder.find(doc)]


@pytest.mark.parametrize(
    ("text", "pronoun_code"),
    [
        ("Ukrainian President Zelensky met Polish President Duda and thanked him.", "POLGOV"),
        ("Chinese President Xi said that Indian Prime Minister Modi had invited him.", "CHNGOV"),
        ("Kenyan President Ruto said rebels had attacked him.", "KENGOV"),
        ("French President Macron met German Chancellor Scholz and praised him.", "DEUGOV"),
        ("Japanese Prime Minister Kishida called US President Biden and thanked him.", "USAGOV"),
        ("Egyptian President Sisi received Israeli Prime Minister Netanyahu and warned him.",
         "ISRGOV"),
        ("US President Biden told reporters he would meet Xi.", "USAGOV"),  # a subject
    ],
)  # fmt: skip
def test_pronoun_is_not_its_own_verbs_subject(coder, nlp, text, pronoun_code):
    found = _found(coder, nlp, text)
    pronouns = [code for word, code in found if word.lower() in ("him", "he")]
    assert pronouns == [pronoun_code], found


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin pardoned him on Monday.",
        "Turkish President Erdogan met the envoy and hugged him.",
        "Iranian President Raisi criticised him sharply.",
    ],
)
def test_no_antecedent_but_the_subject(coder, nlp, text):
    found = _found(coder, nlp, text)
    assert not any(word.lower() == "him" for word, _ in found), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Somali pirates attacked a freighter in the Indian Ocean.", "IND"),
        ("Chinese ships rammed a Philippine vessel in the South China Sea.", "CHNGOV"),
        ("The Indian navy patrolled the Arabian Sea.", "SAU"),
        ("Russian warships sailed through the Japanese Sea.", "JPN"),
    ],
)
def test_a_sea_named_for_a_people_is_no_actor(coder, nlp, text, absent):
    found = _found(coder, nlp, text)
    assert not any(code.startswith(absent) for _, code in found), found
