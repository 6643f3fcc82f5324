"""A town or village attacked with no named target is its civilians (#15; events/settlements.py).

Sentences we wrote; the word tests build their Docs by hand (the parser is not the point).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.settlements import of_civilians
from eventscope.pipeline import Pipeline

OWNED = frozenset({"car", "shop"})


def targets(pipeline: Pipeline, text: str) -> set[str]:
    events = pipeline.code_text(text, published=date(2020, 5, 6))
    return {e.target.code for e in events if e.target is not None and e.cameo[:2] >= "18"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # village names the NER does not know (tagged PERSON or nothing): their inhabitants
        ("On 4 May 2020, unidentified gunmen attacked Kuru and Dapo in Kaduna state, Nigeria.",
         "NGACVL"),
        ("On 4 May 2020, Islamist militants attacked Mbala in Cabo Delgado, Mozambique.",
         "MOZCVL"),
        ("On 3 May 2020, armed men attacked Tolokoro in Mopti, Mali.", "MLICVL"),
        # a town the NER knows
        ("Russian forces shelled Kharkiv on Monday.", "UKRCVL"),
    ],
)  # fmt: skip
def test_a_settlement_attacked_is_its_civilians(pipeline, text, code):
    found = targets(pipeline, text)
    assert code in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # civilians attacking a village: no civilians-on-civilians code, the country stays
        ("On 4 May 2020, villagers attacked Kuru in Kaduna state, Nigeria.", "NGA"),
        # a military post keeps its own sector
        ("On 4 May 2020, militants attacked the army base in Borno, Nigeria.", "NGAMIL"),
    ],
)
def test_other_targets_are_unchanged(pipeline, text, code):
    found = targets(pipeline, text)
    assert code in found, found


def _token(nlp, word: str, pos: str, ent: str) -> Doc:
    ents = [f"B-{ent}"] if ent else ["O"]
    return Doc(nlp.vocab, words=[word], pos=[pos], lemmas=[word.lower()], ents=ents)[0]


@pytest.mark.parametrize(
    ("word", "pos", "ent", "expected"),
    [
        ("village", "NOUN", "", True),
        ("community", "NOUN", "", True),
        ("car", "NOUN", "", True),  # a civilian object of the caller's list
        ("Kuru", "PROPN", "PERSON", True),  # an unknown village the NER took for a person
        ("Dapo", "PROPN", "GPE", True),
        ("Tolokoro", "PROPN", "", True),
        ("Shell", "PROPN", "ORG", False),  # an organisation
        ("Fulani", "PROPN", "NORP", False),  # a people
        ("position", "NOUN", "", False),
        ("base", "NOUN", "", False),
    ],
)
def test_which_victim_words_stand_for_civilians(nlp, word, pos, ent, expected):
    assert of_civilians(_token(nlp, word, pos, ent), OWNED) is expected
