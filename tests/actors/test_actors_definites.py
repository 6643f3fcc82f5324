"""A definite agent word takes the country of the same word named earlier: "the Sudanese
army ... The army" is Sudan's (``actors/definites.py``, #15). Texts written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.definites import with_definite_antecedents

ON = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Kenya offered to host talks between the Sudanese army and the Rapid Support Forces. "
         "The army turned down the offer on Tuesday.", "The army", "SDNMIL"),
        ("Egypt sent envoys to Addis Ababa after Ethiopian police arrested two Egyptian "
         "engineers. The police said the men had entered a restricted area.", "The police",
         "ETHCOP"),
        ("France said Malian soldiers had fired on its convoy. The soldiers were later "
         "withdrawn, France said.", "The soldiers", "MLIMIL"),
    ],
)  # fmt: skip
def test_the_definite_word_is_the_earlier_one(nlp, actors, text, phrase, code):
    mentions = actors.find(nlp(text), on=ON)
    assert code in [m.actor.code for m in mentions if m.actor.text == phrase]


def test_a_different_word_is_no_antecedent(nlp, actors):
    text = "Russian forces shelled the town. The army said it had repelled an attack."
    mentions = actors.find(nlp(text), on=ON)
    assert [m.actor.country for m in mentions if m.actor.text == "The army"] == [None]


def test_a_name_is_no_bare_words_antecedent(nlp, actors):
    text = "Deutsche Bank's mission expressed the bank's optimism about the reforms."
    mentions = actors.find(nlp(text), on=ON)
    assert [m.actor.country for m in mentions if m.actor.text == "the bank"] == [None]


def test_without_a_doc_drafts_are_kept():
    assert with_definite_antecedents(None, []) == []
