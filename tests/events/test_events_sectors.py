"""A country named alone acts through its state: GOV, or MIL for the source of military roots."""

from __future__ import annotations

import pytest
from test_events_support import bare_mention

from eventscope.events.build import with_state_sector
from eventscope.models import ActorMention


@pytest.mark.parametrize(
    ("cameo", "source", "expected"),
    [
        ("161", True, "MARGOV"),  # Morocco cut ties with Iran
        ("161", False, "MARGOV"),
        ("0874", True, "MARGOV"),  # retreat: a state decision, not a battle
        ("154", True, "MARMIL"),  # Morocco mobilised its armed forces
        ("190", True, "MARMIL"),  # Morocco shelled the border post
        ("190", False, "MARGOV"),  # the target of an attack is the state
        ("200", True, "MARMIL"),
        ("040", True, "MARGOV"),
    ],
)
def test_country_alone_gets_the_state_sector(cameo: str, source: bool, expected: str) -> None:
    result = with_state_sector(bare_mention("MAR"), cameo, source=source)
    assert result is not None
    assert result.actor.code == expected
    assert result.actor.sector == expected[3:]


@pytest.mark.parametrize(
    "actor",
    [
        bare_mention("MAR", "BUS"),  # has a sector already
        bare_mention(None, "IGO", "IGOUNO"),  # no country
        bare_mention("ARN", None, "ARNXYZ"),  # a user's fixed code is kept as written
    ],
)
def test_other_actors_are_unchanged(actor: ActorMention) -> None:
    assert with_state_sector(actor, "190", source=True) is actor


def test_no_actor_stays_none() -> None:
    assert with_state_sector(None, "040", source=False) is None


def test_pipeline_codes_a_bare_country_as_its_government(nlp) -> None:
    from eventscope.actors import ActorCoder
    from eventscope.events import EventCoder

    doc = nlp("Morocco cut diplomatic ties with Iran on Tuesday.")
    events = EventCoder.load().find(doc, ActorCoder.load().find(doc))
    assert [(e.source.actor.code, e.cameo[:2], e.target.actor.code) for e in events] == [
        ("MARGOV", "16", "IRNGOV")
    ]
