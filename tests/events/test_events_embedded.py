"""Embedded events (issue 15): what is said inside another event's report is not coded again
(events/embedded.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events import EventCoder, EventOptions
from eventscope.events.embedded import governing_trigger, without_embedded
from eventscope.models import Actor, ActorMention, EventMention
from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 3, 8)


def _doc(vocab, words, heads, deps):
    return Doc(
        vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1)
    )


def _mention(code: str) -> ActorMention:
    actor = Actor(text=code, start=0, end=0, country=code[:3], sector=None, code=code)
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


def _event(cameo: str, trigger: int, *, source="KEN", target="UGA", confidence=0.9) -> EventMention:
    return EventMention(
        source=_mention(source),
        target=_mention(target),
        cameo=cameo,
        trigger_start=trigger,
        trigger_end=trigger + 1,
        sent_index=0,
        confidence=confidence,
    )


# "Kenya complained over raids and shelling": 0 Kenya, 1 complained, 2 over, 3 raids, 4 and,
# 5 shelling. Heads are absolute token offsets.
COMPLAINT = (
    ["Kenya", "complained", "over", "raids", "and", "shelling"],
    [1, 1, 1, 2, 3, 3],
    ["nsubj", "ROOT", "prep", "pobj", "cc", "conj"],
)
# "Rebels kidnapped engineers and bombed a station": 0 Rebels, 1 kidnapped, 2 engineers, 3 and,
# 4 bombed, 5 a, 6 station.
COORDINATED = (
    ["Rebels", "kidnapped", "engineers", "and", "bombed", "a", "station"],
    [1, 1, 1, 1, 1, 6, 4],
    ["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj"],
)


@pytest.mark.parametrize(
    ("parse", "triggers", "token", "governor"),
    [
        (COMPLAINT, {1, 3}, 3, 1),  # the raids are what the complaint is about
        (COMPLAINT, {1, 3, 5}, 5, 1),  # coordinated with the raids: under the complaint too
        (COMPLAINT, {3, 5}, 5, None),  # raids and shelling side by side, nothing above
        (COORDINATED, {1, 4}, 4, None),  # two acts, each the news
        (COORDINATED, {1, 4}, 1, None),  # the root has no governor
    ],
)
def test_governing_trigger(vocab, parse, triggers, token, governor):
    doc = _doc(vocab, *parse)
    found = governing_trigger(doc[token], triggers)
    assert (found.i if found is not None else None) == governor


@pytest.mark.parametrize(
    ("governor_code", "kept"),
    [
        ("114", ["114"]),  # a complaint reports the raids: only the complaint
        ("120", ["120"]),  # a rejection, likewise
        ("012", ["012", "195"]),  # a statement announces the act: both stay
        ("020", ["020", "195"]),
    ],
)
def test_embedded_event_is_dropped_unless_under_a_statement(vocab, governor_code, kept):
    doc = _doc(vocab, *COMPLAINT)
    events = [_event(governor_code, 1), _event("195", 3, source="UGA", target="KEN")]
    assert [e.cameo for e in without_embedded(doc, events)] == kept


def test_coordinated_events_both_stay(vocab):
    doc = _doc(vocab, *COORDINATED)
    events = [_event("181", 1), _event("183", 4)]
    assert [e.cameo for e in without_embedded(doc, events)] == ["181", "183"]


def test_no_doc_or_one_event_is_unchanged():
    events = [_event("114", 1)]
    assert without_embedded(None, events) == events


@pytest.fixture(scope="module")
def pipelines(nlp) -> dict[str, Pipeline]:
    main = Pipeline(nlp=nlp)
    keep_all = main.with_events(EventCoder.load(options=EventOptions(embedded_events=True)))
    assert keep_all.nlp is main.nlp and keep_all.place_resolver is main.place_resolver
    return {"main": main, "all": keep_all}


def _dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.root,
        )
        for e in pipeline.code_text(text, published=PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "news", "embedded"),
    [
        (
            "Kenya complained to the United Nations on Tuesday over two Ugandan air raids in "
            "which nine people were killed.",
            ("KEN", "UGA", "11"),
            ("UGA", "KEN", "19"),
        ),
        (
            "Chile granted asylum to three Bolivian officers hiding in its embassy since last "
            "year's Argentine invasion.",
            ("CHL", "BOL", "07"),
            ("ARG", "CHL", "19"),
        ),
    ],
)
def test_the_report_is_coded_and_what_it_is_about_only_on_request(pipelines, text, news, embedded):
    main, everything = _dyads(pipelines["main"], text), _dyads(pipelines["all"], text)
    assert news in main and embedded not in main
    assert {news, embedded} <= everything


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels kidnapped six Kenyan engineers and bombed a police station in Mogadishu.",
            {"18"},
        ),
        (
            # a warning of the speaker's own act to come is itself a threat (CAMEO 130,
            # events/warnings.py), no longer a pessimistic comment (012) beside the threat
            "Russia warned Norway on Monday that it would deploy missiles near the border if "
            "Norway joined NATO.",
            {"13"},
        ),
    ],
)
def test_coordinated_acts_and_announced_acts_stay(pipelines, text, expected):
    assert {root for *_, root in _dyads(pipelines["main"], text)} >= expected
