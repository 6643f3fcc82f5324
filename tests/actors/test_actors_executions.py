"""A body found executed (actors/executions.py): the unnamed killer of a victim found bound,
tortured, cut up or dumped in bags is a criminal (CRM); one found shot, or with no mark, stays
an unidentified armed actor (UAF). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.executions import found_executed
from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "executed"),
    [
        ("The bodies of two men were found near a dam. They were handcuffed.", True),
        ("The body of a woman was found in a ravine with signs of torture.", True),
        ("A dismembered body was found on a road near the airport.", True),
        ("Human remains were discovered in plastic bags near the market.", True),
        ("Three men were found dead with their hands tied.", True),
        ("The gagged and blindfolded body of a taxi driver was dumped near a school.", True),
        ("A body was found in a field. It had been mutilated.", True),
        # shot, stabbed or with no mark: anyone armed may have done it
        ("The body of a man was found with gunshot wounds.", False),
        ("The body of a fisherman was found on a beach.", False),
        ("A woman was found dead in her home. Police said she had been stabbed.", False),
        # a mark with no body found, or two sentences away from the finding
        ("Gunmen tied up a guard and robbed a bank.", False),
        ("A body was found in a river. Rain fell all day. Two men tortured a dog.", False),
        ("Police found bags of cocaine tied with tape in a truck.", False),
    ],
)
def test_found_executed(nlp, text, executed):
    assert found_executed(nlp(text)) is executed


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "On 3 June 2021, in Morelia, Michoacan, the body of a woman was found in a ravine"
            " with signs of torture.",
            "CRM",
        ),
        (
            "On 3 June 2021, in Culiacan, Sinaloa, the bodies of three men were found near a dam."
            " The victims were handcuffed.",
            "CRM",
        ),
        (
            "On 3 June 2021, in Tijuana, Baja California, three men were found dead with their"
            " hands tied.",
            "CRM",
        ),
        (
            "On 4 June 2021, in Tijuana, Baja California, human remains were found in plastic"
            " bags near the airport.",
            "CRM",
        ),
        (
            "On 3 June 2021, in Recife, Pernambuco, the body of a man was found under a bridge"
            " with gunshot wounds.",
            "UAF",
        ),
        (
            "On 3 June 2021, in Culiacan, Sinaloa, two men were found dead in a canal. They had"
            " been shot.",
            "UAF",
        ),
    ],
)
def test_the_killer_of_a_body_found_executed_is_a_criminal(pipeline, text, sector):
    events = pipeline.code_text(text, published=date(2021, 6, 5))
    sources = {e.source.sector for e in events if e.source is not None}
    assert sector in sources, [(e.source, e.cameo, e.target) for e in events]
