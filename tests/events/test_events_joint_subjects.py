"""Several subjects acting together, and a predicate the parser hung from a noun.

* "The leaders of India and China met on the sidelines of the BRICS summit": a reciprocal act
  of several subjects is between them; a looser phrase ("on the sidelines of X") names no
  target (it gave India -> BRICS and China -> BRICS).
* "Egypt and Qatar urged both sides to return to talks": "both sides" are not the subjects
  that urge them (coreference, :mod:`eventscope.actors.coref`), and a classifier guess takes
  no co-subject as the target (it gave Egypt -> Qatar 020).
* "Indonesia's foreign minister called on X to ...": parsed with the root "minister" and
  "called" a clause of it; the noun is the subject, and the event is no background.
* Legal acts: "issued an arrest warrant for X" charges X (173); the "World Court" is the ICJ.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from test_events_support import found_codes

from eventscope.nlp.syntax import predicate_of_noun_root


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders of India and China met on the sidelines of the BRICS summit in Kazan.",
         {("INDGOV", "CHNGOV", "040"), ("CHNGOV", "INDGOV", "040")}),
        ("The presidents of Kenya and Uganda met on the margins of the AU summit.",
         {("KENGOV", "UGAGOV", "040"), ("UGAGOV", "KENGOV", "040")}),
        # a "with" party of several subjects' act is still a party
        ("Serbia and Kosovo signed separate agreements with the European Union in Brussels.",
         {("SRBGOV", "IGOEUREEC", "057"), ("XKXGOV", "IGOEUREEC", "057")}),
        # nor from the looser prepositions of their act's object: a topic, not a side
        ("Peru and Bolivia agreed to share intelligence on drug gangs.",
         {("PERGOV", "BOLGOV", "031"), ("BOLGOV", "PERGOV", "031")}),
        ("Israel and Hamas fought for a week. Egypt and Qatar urged both sides to return to "
         "talks.",
         # both sides fight: each side's forces, Israel's too (build._state_target, mutual)
         {("ISRMIL", "PSEREBHMS", "190"), ("PSEREBHMS", "ISRMIL", "190"),
          ("EGYGOV", "ISRGOV", "020"), ("EGYGOV", "PSEREBHMS", "020"),
          ("QATGOV", "ISRGOV", "020"), ("QATGOV", "PSEREBHMS", "020")}),
        ("Indonesia's foreign minister called on Myanmar's junta to end the violence.",
         {("IDNGOV", "MMRGOV", "020")}),
        ("A Turkish court issued arrest warrants for 30 opposition journalists.",
         {("TURJUD", "TURMED", "173")}),
        ("South Africa asked the World Court to order Israel to halt its offensive.",
         {("ZAFGOV", "IGOUNOICJ", "020")}),
    ],
)  # fmt: skip
def test_joint_subjects(nlp, actors, events, text, expected):
    found = found_codes(nlp, actors, events, text)
    # the summit itself may be coded (its host meets, no target); nobody meets the host
    assert expected <= found
    assert not any(t and t.startswith("IGO") and c == "040" for _, t, c in found)
    assert all(t is None for s, t, _ in found - expected)


def test_co_subjects_are_no_pair_of_a_guess(nlp, actors, events):
    found = found_codes(nlp, actors, events, "Egypt and Qatar urged both sides to return to talks.")
    assert not {(s, t) for s, t, _ in found} & {("EGYGOV", "QATGOV"), ("QATGOV", "EGYGOV")}


def test_a_main_verb_under_a_noun_root_is_not_background(pipeline):
    events = pipeline.code_text("Indonesia's foreign minister called on Myanmar's junta to "
                                "end the violence.")  # fmt: skip
    assert [e.confidence >= 0.7 for e in events] == [True]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Indonesia's foreign minister called on Myanmar's junta to end the violence.",
         "called", True),
        ("Iran's foreign minister visited Beijing on Monday.", "visited", False),
        ("They met a man called John.", "called", False),
    ],
)  # fmt: skip
def test_predicate_of_noun_root(nlp, text, word, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert predicate_of_noun_root(verb) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan and South Korea agreed to restore a military pact.",
        "India and Pakistan agreed to extend the water treaty.",
    ],
)
def test_a_guess_between_co_subjects_of_a_mutual_act_goes_both_ways(nlp, actors, events, text):
    found = found_codes(nlp, actors, events, text)
    pairs = {(s, t) for s, t, _ in found}
    assert len(pairs) == 2 and {(t, s) for s, t in pairs} == pairs
