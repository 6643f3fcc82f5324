"""Codebook distinctions of issue #15 (branch recall4), sentences we wrote:

* 019 "express accord": agreeing that something is so (a that-clause in the indicative) is an
  accord, not an intent to cooperate; a modal clause ("should cooperate") stays 030.
* 042 "all visits and travels": setting out for (or going to) a country is a visit; leaving one
  is no event for the pair, so the classifier does not fill a guessed root into "X left
  Uganda". Going to war is fighting (190), not a trip; going to a thing ("the contract went to
  a firm", "went to the polls") is no visit.
* 164 "walk-outs": walking or pulling out of talks halts negotiations.
* 084 "return, release" needs something returned ("returned from Kenya" releases nothing).
* 012 / 013 said with a predicate adjective of stance ("is skeptical of X", "is confident");
  "over" names the topic as "about" does (the codebook's "skeptical over"); "concerned /
  worried over X" is 012, "angry / upset / unhappy over X" 110 (express disapproval).
* Coming back from a country leaves it: no classifier fill for "X returned from Uganda".
* "took to the streets" is the idiom of demonstrating (141).
"""

from __future__ import annotations

import pytest

from eventscope.events.clauses import penta_of


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.cameo,
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan agreed with South Korea that the border dispute was serious.",
            ("JPN", "KOR", "019"),
        ),
        ("Chile concurred with Peru that the fishing quota was too low.", ("CHL", "PER", "019")),
        ("Norway agreed with Sweden's assessment of the dispute.", ("NOR", "SWE", "019")),
        ("The Ghanaian president departed for Togo on Monday.", ("GHA", "TGO", "042")),
        ("The Czech premier flew to Austria for a summit.", ("CZE", "AUT", "042")),
        ("The Bolivian president went to Paraguay on Friday.", ("BOL", "PRY", "042")),
        ("Honduras went to war with El Salvador in 1969.", ("HND", "SLV", "190")),
        ("The Sudanese delegation walked out of the talks with Ethiopia.", ("SDN", "ETH", "164")),
        ("Ecuador withdrew from the negotiations with Colombia.", ("ECU", "COL", "164")),
    ],
)
def test_codebook_reading(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected in found, found


def test_a_commitment_clause_stays_an_intent(nlp, actors, events):
    found = coded(nlp, actors, events, "Laos and Vietnam agreed that they should cooperate.")
    assert {code for _, _, code in found} == {"030"}, found


def test_reciprocal_accord_codes_both_directions(nlp, actors, events):
    found = coded(
        nlp, actors, events, "Kenya and Tanzania agreed that the drought was a regional crisis."
    )
    assert {("KEN", "TZA", "019"), ("TZA", "KEN", "019")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister left Uganda on Tuesday.",
        "The Malian delegation departed from Senegal on Sunday.",
    ],
)
def test_leaving_a_country_is_no_event_for_the_pair(nlp, actors, events, text):
    assert coded(nlp, actors, events, text) == set()


def test_returning_needs_something_returned(nlp, actors, events):
    assert not any(
        code.startswith("084")
        for _, _, code in coded(nlp, actors, events, "The Kenyan envoy returned to Uganda.")
    )
    found = coded(nlp, actors, events, "Kenya returned the seized cargo to Uganda.")
    assert ("KEN", "UGA", "084") in found, found


def test_accord_weighs_as_verbal_cooperation():
    assert penta_of("019") == penta_of("030") == 1
    assert penta_of("018") == penta_of("010") == 0
    assert penta_of("190") == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan government said it is skeptical of the Ugandan proposal.",
            ("KEN", "UGA", "012"),
        ),
        ("Ghana is pessimistic about its trade talks with Togo.", ("GHA", "TGO", "012")),
        ("Kenya is hopeful about its relations with Tanzania.", ("KEN", "TZA", "013")),
    ],
)
def test_a_stance_adjective_is_a_comment(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government is not optimistic about the talks with Uganda.",
        "Germany said it could be optimistic about France's plan.",
        "The journalist from Kenya is free.",
    ],
)
def test_a_denied_or_other_adjective_is_no_comment(nlp, actors, events, text):
    assert not any(
        code[:3] in ("012", "013", "084") for _, _, code in coded(nlp, actors, events, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops captured the rebel headquarters near Gao from the Tuareg rebels.",
        "Syrian forces captured a bridge held by Turkish troops.",
    ],
)
def test_captured_places_are_occupied(nlp, actors, events, text):
    # 192 "occupy territory": a place of military value taken, not only a town or a region
    assert any(code == "192" for _, _, code in coded(nlp, actors, events, text))


@pytest.mark.parametrize(
    "text",
    ["The contract went to a Japanese engineering firm.", "Kenyan voters went to the polls."],
)
def test_going_to_a_thing_is_no_visit(nlp, actors, events, text):
    assert all(code != "042" for _, _, code in coded(nlp, actors, events, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt said it was skeptical over Ethiopia's dam plans.", ("EGY", "ETH", "012")),
        ("Chile is confident over its talks with Peru.", ("CHL", "PER", "013")),
        ("Kenya is worried over the Ugandan troop build-up.", ("KEN", "UGA", "012")),
        ("Nigeria was upset over the Ghanaian border decision.", ("NGA", "GHA", "110")),
        ("Ecuador was unhappy with Colombia.", ("ECU", "COL", "110")),
        ("Malian protesters were angry about the French presence.", ("MLI", "FRA", "110")),
    ],
)
def test_stance_adjectives_with_over_and_about(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan envoy returned from Uganda on Monday.",
        "The Nigerian president returned from Ghana on Sunday.",
    ],
)
def test_returning_from_a_country_is_no_event_for_the_pair(nlp, actors, events, text):
    assert coded(nlp, actors, events, text) == set()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Thousands of Chileans took to the streets of Santiago.", "CHL"),
        ("Kenyan nurses took to the streets to demand better pay.", "KEN"),
    ],
)
def test_taking_to_the_streets_is_a_demonstration(nlp, actors, events, text, source):
    found = coded(nlp, actors, events, text)
    assert any(s == source and code == "141" for s, _, code in found), found
