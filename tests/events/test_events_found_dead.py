"""A victim found dead (events/found_dead.py): the finding of a body is news of a killing by
an unnamed attacker when a mark of violence stands on it, in its sentence or the next ("signs
of torture", "handcuffed", "hands tied", "dismembered", "in plastic bags"); a body found with
no such mark (a drowning, an illness) is no event. The marks are those of an execution, so the
unnamed killer is a criminal (CRM, actors/executions.py). Sentences are our own."""

from __future__ import annotations

import pytest
from test_events_support import coded_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2021, in Morelia, Michoacan, the body of a woman was found in a ravine"
            " with signs of torture.",
            ("MEXCRM", "MEXCVL"),
        ),
        (
            "On 3 June 2021, in Recife, Pernambuco, the body of a man was found under a bridge"
            " with his hands tied.",
            ("BRACRM", "BRACVL"),
        ),
        (
            "On 3 June 2021, in Culiacan, Sinaloa, the bodies of three men were found near a dam."
            " The victims were handcuffed.",
            ("MEXCRM", "MEXCVL"),
        ),
        (
            "On 4 June 2021, in Tijuana, Baja California, human remains were found in plastic"
            " bags near the airport.",
            ("MEXCRM", "MEXCVL"),
        ),
        (
            "On 4 June 2021, in Tijuana, Baja California, a dismembered body was found on a road.",
            ("MEXCRM", "MEXCVL"),
        ),
        (
            "On 5 June 2021, a body was found in a field near Celaya, Guanajuato. It had been"
            " mutilated.",
            ("MEXCRM", "MEXCVL"),
        ),
        (
            "On 5 June 2021, the body of a trader was found blindfolded and gagged in a ditch in"
            " Maiduguri, Borno.",
            ("NGACRM", "NGACVL"),
        ),
        # the marks that were coded before: a state word on the verb, a "with" of wounds
        (
            "On 5 June 2021, in Tijuana, Baja California, three men were found dead in a lot.",
            ("MEXUAF", "MEXCVL"),
        ),
    ],
)
def test_a_body_with_marks_of_violence_was_killed(pipeline, text, expected):
    found = coded_codes(pipeline, text)
    assert expected in {(s, t) for s, t, _ in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2021, the body of a fisherman was found on a beach near Mombasa.",
        "On 5 June 2021, the body of a missing hiker was found in the mountains near Cusco.",
        "On 5 June 2021, human remains were found at a construction site in Lima.",
        # the mark is on a living person, or on no body at all
        "On 5 June 2021, a kidnapped boy was found with his hands tied in a house in Puebla.",
        "On 5 June 2021, police found a bag of tied documents in an office in Puebla.",
        # a mark two sentences away belongs to another story
        "On 5 June 2021, the body of a man was found in a river in Leon. Rain fell all day."
        " Police later said that two men had tortured a dog.",
    ],
)
def test_a_body_with_no_mark_is_no_event(pipeline, text):
    found = coded_codes(pipeline, text)
    assert not any(source and source.endswith("UAF") for source, _, _ in found), found
