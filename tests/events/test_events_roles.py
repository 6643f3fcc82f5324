"""Who fills which role (#15, measured with the role-span scorer): the author of a thing
acted on is the target, and a guessed event takes no source from the phrases acted on.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_learned_fill import LOOSE_DOC, coder, stand_in
from test_events_support import dyads, mentions_for

from eventscope.pipeline import Pipeline

PUBLISHED = date(2003, 3, 9)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def coded(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.root)
        for e in events
    }


def coded_actors(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, root): a domestic author differs from its state by sector."""
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.root)
            for e in events}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing proposed, made or demanded by someone: that someone is acted on
        ("The Kenyan cabinet rejected the plan proposed by the opposition.", "KENOPP"),
        ("The Kenyan government rejected the budget drafted by the opposition.", "KENOPP"),
        ("The Kenyan cabinet accepted the demands by the opposition.", "KENOPP"),
        ("The Kenyan cabinet accepted the demands made by rebel leaders.", "KENREB"),
        ("Kenya accepted the opposition's demands.", "KENOPP"),
    ],
)
def test_the_author_of_the_object_is_the_target(pipeline, text, expected):
    assert {target for _, target, _ in coded_actors(pipeline, text)} == {expected}


def test_a_participles_own_agent_is_its_source(pipeline):
    # "killed by X" describes the victims, but the killing is the verb itself: X acts
    found = coded(pipeline, "Two Kenyan soldiers were found dead, killed by Somali gunmen.")
    assert ("SOM", "KEN", "19") in found
    assert not any(source == "KEN" for source, _, _ in found)


def test_an_object_that_is_an_actor_stays_the_target(pipeline):
    found = coded(pipeline, "The Ecuadorian court rejected Peruvian diplomats sent by Lima.")
    assert ("ECU", "PER", "12") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject is no actor: the addressees are acted on, not acting
        ("The envoy read a letter to Kenyan and Egyptian officials.", set()),
        ("The envoy read a letter from Kenyan and Egyptian officials.", set()),
        # nor the actors of a clause the subject speaks of
        ("The envoy said the letter had reached Kenyan and Egyptian officials.", set()),
        # a pair "between" the two sides takes part: it is no patient
        ("A meeting took place between Kenyan and Egyptian officials.", {("KEN", "EGY", "040")}),
        # a phrase before the verb is no complement of it: its actor may act
        ("In Kenya, the envoy read a letter to the Egyptian officials.", {("KEN", "EGY", "040")}),
        # the subject names the actors: they act
        ("Kenyan and Egyptian officials gathered at the border.", {("KEN", "EGY", "040")}),
    ],
)
def test_a_guessed_event_takes_no_source_from_the_phrases_acted_on(nlp, text, expected):
    doc = nlp(text)
    guessed = coder(stand_in(3.0), **LOOSE_DOC).last_resort(doc, mentions_for(doc))
    assert dyads(guessed) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Syrian authorities have freed a prominent poet arrested last week.",
        "Nurses protested in Nairobi against the new health law.",
    ],
)
def test_a_target_filled_in_from_the_source_names_no_words(pipeline, text):
    # the source's own state is acted on, but the text does not name it: no phrase to show
    events = pipeline.code_text(text, published=PUBLISHED)
    filled = [e.target for e in events if e.target is not None and e.target.resolution == "context"]
    assert filled
    for target in filled:
        assert target.text == "" and target.start == target.end


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a list after "by" ends where the next clause's subject begins
        (
            "Kenyan President William Ruto met the envoy. Praising the aid delivered by "
            "Japan, Ruto said it showed the friendship between Kenya and Japan.",
            ("KEN", "05"),
            ("KEN", "07"),
        ),
        (
            "Food was sent to Haiti by Japan and Canada, the Brazilian ministry said.",
            ("CAN", "07"),
            ("BRA", "07"),
        ),
    ],
)
def test_a_by_list_ends_at_the_next_subject(pipeline, text, expected, absent):
    found = {(source, root) for source, _, root in coded(pipeline, text)}
    assert expected in found
    assert absent not in found
