"""One word, one dyad, one CAMEO root: a second code of the same root for the same trigger
counts one act twice (events/keep.one_per_dyad). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventscope.events.keep import one_per_dyad
from eventscope.models import Actor, ActorMention, EventMention


def _mention(code: str, start: int) -> ActorMention:
    actor = Actor(text=code, start=start, end=start + 1, country=code[:3], sector="GOV", code=code)
    return ActorMention(actor=actor, start=start, end=start + 1, sent_index=0)


KENYA, SOMALIA = _mention("KENGOV", 0), _mention("SOMGOV", 5)


def _event(cameo: str, trigger: int, confidence: float) -> EventMention:
    return EventMention(
        source=KENYA,
        target=SOMALIA,
        cameo=cameo,
        trigger_start=trigger,
        trigger_end=trigger + 1,
        sent_index=0,
        confidence=confidence,
    )


def test_same_trigger_same_root_is_one_event():
    criticism, accusation = _event("111", 1, 0.8), _event("112", 1, 0.6)
    assert one_per_dyad([criticism, accusation]) == [criticism]
    assert one_per_dyad([accusation, criticism]) == [criticism]


def test_other_roots_and_other_words_stay():
    criticism, threat = _event("111", 1, 0.8), _event("130", 1, 0.6)
    assert one_per_dyad([criticism, threat]) == [criticism, threat]
    # "Kenya criticised Somalia on Monday and accused it of ... on Tuesday": two words, two acts
    again = _event("112", 9, 0.6)
    assert one_per_dyad([criticism, again]) == [criticism, again]


def test_condemning_an_attack_is_coded_once(pipeline):
    events = pipeline.code_text(
        "Ghana condemned the attack by Malian soldiers on Tuesday.", published=date(2023, 5, 2)
    )
    condemned = [e for e in events if e.trigger == "condemned"]
    assert [(e.source and e.source.country, e.root) for e in condemned] == [("GHA", "11")]
