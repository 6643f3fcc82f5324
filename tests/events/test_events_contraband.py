"""A state's seizure of contraband takes criminals' property: target CRM, not the state.

(``events/contraband.py``; sentences we wrote.)
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventscope.events.contraband import contraband_owners
from eventscope.models import Actor, ActorMention, EventMention
from eventscope.pipeline import Pipeline


def _seizures(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.code_text(text, published=date(2021, 3, 5))
    return [(e.source.code, e.target.code if e.target else None) for e in events
            if e.source and e.cameo.startswith("171")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On 3 March 2021, in Cali, federal police seized two tons of cocaine hidden in a"
            " truck.",
            ("COLCOP", "COLCRM"),
        ),
        (
            "On 3 March 2021, police in Recife seized 300 kilos of marijuana during an"
            " operation. Two men were arrested.",
            ("BRACOP", "BRACRM"),
        ),
        (
            "On 3 March 2021, police confiscated heroin from a house in Peshawar.",
            ("PAKCOP", "PAKCRM"),
        ),
    ],
)
def test_contraband_is_criminals_property(pipeline: Pipeline, text: str, pair: tuple[str, str]):
    assert pair in _seizures(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # weapons may be anyone's: the state the builder filled in stays
        "On 3 March 2021, soldiers seized a cache of weapons in Mopti.",
    ],
)
def test_other_seizures_keep_their_target(pipeline: Pipeline, text: str):
    found = _seizures(pipeline, text)
    assert found and all(target is None or not target.endswith("CRM") for _, target in found)


def test_only_a_state_seizure_of_contraband_changes():
    words = ["Police", "seized", "cocaine", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
              lemmas=["police", "seize", "cocaine", "."])  # fmt: skip

    def mention(text: str, sector: str | None, start: int) -> ActorMention:
        code = "KEN" + (sector or "")
        actor = Actor(text=text, start=0, end=len(text), country="KEN", sector=sector, code=code)
        return ActorMention(actor=actor, start=start, end=start + (1 if text else 0), sent_index=0)

    police, state = mention("Police", "COP", 0), mention("", "GOV", 0)
    seizure = EventMention(police, state, "171", 1, 2, 0, 0.8)
    (recoded,) = contraband_owners(doc, [seizure])
    assert recoded.target is not None and recoded.target.actor.code == "KENCRM"
    by_gang = EventMention(mention("gang", "CRM", 0), state, "171", 1, 2, 0, 0.8)
    named = EventMention(police, mention("cartel", "CRM", 2), "171", 1, 2, 0, 0.8)
    assert contraband_owners(doc, [by_gang, named]) == [by_gang, named]
