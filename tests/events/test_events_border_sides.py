"""A nationality naming a side of a border is a place, not a party; "shot dead a smuggler"
has an object (#15). Sentences written for these tests.

* "captured the town of Bunagana near the Ugandan border" was CODREBM23 -> UGAGOV: the context
  nationality of "border" is no party (``events/border_sides.py``).
* "border guards shot dead a smuggler": the parser hangs "dead" on the verb as an object
  predicate before the object; the object is the smuggler (``frames.object_of``).
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_events_support import triples

ON = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Rebels from the M23 group captured the town of Bunagana near the Ugandan border.",
         "UGA"),
        ("Bangladeshi border guards shot dead a smuggler near the Indian border.", "IND"),
        ("Jordanian soldiers killed three smugglers near the Syrian frontier.", "SYR"),
    ],
)  # fmt: skip
def test_the_nationality_of_a_border_is_no_party(pipeline, text, side):
    found = triples(pipeline, text, ON)
    assert found, found
    assert not any(s.startswith(side) or t.startswith(side) for s, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Bangladeshi border guards shot dead a smuggler.", "BGDMIL", "BGDCRM"),
        ("Bangladeshi border guards shot dead a farmer.", "BGDMIL", "BGDAGR"),
        ("Police shot dead a man in Nairobi.", "KENCOP", "KENCVL"),
    ],
)
def test_shot_dead_has_its_object_as_target(pipeline, text, source, target):
    found = triples(pipeline, text, ON)
    assert (source, target, "193") in found, found


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("The Indian navy seized a fishing boat off the coast of Somalia.", "SOM"),
        ("Ugandan police arrested two men near the border with Kenya on Monday.", "KEN"),
        ("Polish border guards detained a group of migrants along the frontier with Belarus.",
         "BLR"),
        ("The Italian navy seized a smuggling boat in the waters off Libya.", "LBY"),
        ("American sailors seized a dhow off the shores of Yemen on Sunday.", "YEM"),
    ],
)  # fmt: skip
def test_a_country_named_as_a_coast_or_border_is_no_party(pipeline, text, land):
    """ "off the coast of Somalia", "near the border with Kenya": the country says where; no
    one of it was acted on."""
    found = triples(pipeline, text, ON)
    assert found, found
    assert not any(t == land + "GOV" for _, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # forces moved up to a border are aimed at its far side (CAMEO 15)
        ("Russia massed troops near the border with Ukraine.", "UKRGOV"),
        # so are drills held off a coast
        ("Turkey staged naval exercises off the coast of Cyprus.", "CYPGOV"),
        # the waters of a country entered are that country's
        ("Chinese ships sailed into the waters of Japan.", "JPNGOV"),
        # a country that is the object of the act stays its target
        ("Kenya closed its border with Somalia.", "SOMGOV"),
    ],
)
def test_a_country_acted_on_by_its_border_or_waters_stays_a_party(pipeline, text, target):
    assert any(t == target for _, t, _ in triples(pipeline, text, ON))
