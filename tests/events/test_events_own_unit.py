"""A role located by a town with its source's own code is no second party (#15): "the
Bangladeshi army deployed troops in Dhaka" is the army's 154 with no target, not the army
acting on itself (a self-dyad). Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.keep import own_unit
from eventscope.models import Actor, ActorMention, EventMention


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("The Bangladeshi army deployed troops in Dhaka on Friday.", "BGDMIL", "154"),
        ("The Kenyan army sent soldiers in Garissa to the border.", "KENMIL", None),
    ],
)
def test_no_self_dyad_with_own_located_unit(pipeline, text, source, code):
    events = pipeline.code_text(text, published=date(2024, 8, 2))
    assert all(not (e.source and e.target and e.source.code == e.target.code) for e in events), [
        (e.source, e.target) for e in events
    ]
    if code is not None:
        assert (source, None, code) in {
            (e.source.code if e.source else None, e.target, e.cameo) for e in events
        }


def _mention(code: str, resolution: str) -> ActorMention:
    actor = Actor(
        text="x",
        start=0,
        end=1,
        country=code[:3],
        sector=code[3:],
        code=code,
        resolution=resolution,  # type: ignore[arg-type]
    )
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


def _event(source: ActorMention, target: ActorMention) -> EventMention:
    return EventMention(
        source=source,
        target=target,
        cameo="154",
        trigger_start=0,
        trigger_end=1,
        sent_index=0,
        confidence=0.9,
    )


@pytest.mark.parametrize(
    ("target", "kept"),
    [
        (_mention("BGDMIL", "located"), False),  # the army's own troops in a town
        (_mention("BGDCOP", "located"), True),  # another body of the same country
        (_mention("BGDMIL", "modifier"), True),  # named by its own words: the rules decide
    ],
)
def test_own_unit(target, kept):
    event = _event(_mention("BGDMIL", "modifier"), target)
    assert (own_unit(event).target is not None) is kept
