"""One attack told twice in a sentence is one event (``events/one_attack.py``, #15).

Hand-built event mentions for the folding itself, and sentences we wrote for the pipeline.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventscope.events.one_attack import one_attack
from eventscope.models import Actor, ActorMention, EventMention
from eventscope.pipeline import Pipeline


def mention(code: str, start: int) -> ActorMention:
    country, sector = (code[:3], code[3:] or None) if code != "-" else (None, None)
    actor = Actor(text=code, start=start, end=start + 1, country=country, sector=sector, code=code)
    return ActorMention(actor=actor, start=start, end=start + 1, sent_index=0)


def event(source: str, target: str | None, cameo: str, *, sent: int = 0) -> EventMention:
    return EventMention(
        source=mention(source, 0),
        target=mention(target, 5) if target else None,
        cameo=cameo,
        trigger_start=2,
        trigger_end=3,
        sent_index=sent,
        confidence=0.9,
    )


def guessed(event_mention: EventMention, sector: str) -> EventMention:
    """``event_mention`` with its target replaced by an unnamed side the text implies (no
    text, resolution ``implied``), as :mod:`eventscope.events.foes` guesses one."""
    country = event_mention.target.actor.country if event_mention.target else None
    actor = Actor(
        text="",
        start=5,
        end=5,
        country=country,
        sector=sector,
        code=f"{country}{sector}",
        resolution="implied",
    )
    target = ActorMention(actor=actor, start=5, end=5, sent_index=event_mention.sent_index)
    return replace(event_mention, target=target)


def dyads(events: list[EventMention]) -> list[tuple[str, str, str]]:
    return [
        (e.source.actor.code, e.target.actor.code if e.target else "-", e.cameo) for e in events
    ]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # the noun's code (195) on the participle's victims (MMRCVL)
        (
            [event("MMRMIL", "MMRCVL", "190"), event("MMRMIL", "MMR", "195")],
            [("MMRMIL", "MMRCVL", "195")],
        ),
        # a specific code on the victims keeps its own
        (
            [event("RUSMIL", "UKRCVL", "194"), event("RUSMIL", "UKR", "190")],
            [("RUSMIL", "UKRCVL", "194")],
        ),
        # no target at all is vaguer still
        (
            [event("ISRMIL", None, "195"), event("ISRMIL", "LBNCVL", "190")],
            [("ISRMIL", "LBNCVL", "195")],
        ),
        # one target told twice: the bare code folds into the specific one
        (
            [event("ISRMIL", "LBNCVL", "190"), event("ISRMIL", "LBNCVL", "195")],
            [("ISRMIL", "LBNCVL", "195")],
        ),
        # other parties, other roots, other sources, other sentences: apart
        (
            [event("RUSMIL", "UKRMIL", "190"), event("RUSMIL", "UKRCVL", "190")],
            [("RUSMIL", "UKRMIL", "190"), ("RUSMIL", "UKRCVL", "190")],
        ),
        (
            [event("NGAREB", "NGACVL", "181"), event("NGAREB", "NGA", "190")],
            [("NGAREB", "NGACVL", "181"), ("NGAREB", "NGA", "190")],
        ),
        (
            [event("SDNMIL", "SDNCVL", "190"), event("SDNREB", "SDN", "195")],
            [("SDNMIL", "SDNCVL", "190"), ("SDNREB", "SDN", "195")],
        ),
        (
            [event("MMRMIL", "MMRCVL", "190"), event("MMRMIL", "MMR", "195", sent=1)],
            [("MMRMIL", "MMRCVL", "190"), ("MMRMIL", "MMR", "195")],
        ),
        # verbal conflict is no attack
        (
            [event("CHNGOV", "TWNGOV", "111"), event("CHNGOV", "TWN", "112")],
            [("CHNGOV", "TWNGOV", "111"), ("CHNGOV", "TWN", "112")],
        ),
    ],
)
def test_one_attack_folds(events, expected):
    assert dyads(one_attack(events)) == expected


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # a guessed foe (no text) is no sharper than the country: the named victims win
        (
            [event("MMRMIL", "MMRCVL", "190"), guessed(event("MMRMIL", "MMR", "195"), "REB")],
            [("MMRMIL", "MMRCVL", "195")],
        ),
        # two guesses of one attack on the same side stay one ...
        (
            [guessed(event("SYRMIL", "SYR", "190"), "REB"), event("SYRMIL", "SYRREB", "194")],
            [("SYRMIL", "SYRREB", "194")],
        ),
        # ... and a guess in another sentence is another attack
        (
            [
                event("MMRMIL", "MMRCVL", "190"),
                guessed(event("MMRMIL", "MMR", "195", sent=1), "REB"),
            ],
            [("MMRMIL", "MMRCVL", "190"), ("MMRMIL", "MMRREB", "195")],
        ),
    ],
)
def test_a_guessed_foe_folds_like_the_country(events, expected):
    assert dyads(one_attack(events)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Myanmar's military junta carried out air strikes on a village in Sagaing region, "
            "killing 30 people.",
            {("MMRMIL", "MMRCVL", "195")},
        ),
        (
            "Russian forces shelled the town of Vovchansk in the Kharkiv region, killing four "
            "civilians.",
            {("RUSMIL", "UKRCVL", "194")},
        ),
    ],
)
def test_one_event_per_attack(pipeline: Pipeline, text, expected):
    events = pipeline.code_text(text, published=date(2025, 4, 2))
    found = {
        (e.source.code, e.target.code if e.target else "-", e.cameo) for e in events if e.source
    }
    assert found == expected
