"""The one dateline reader (``nlp.dateline``) the text splitter, the actors stage and the places
stage share (#15). Sentences are our own."""

from __future__ import annotations

import pytest

from eventscope.actors.rules import agency_of_dateline, in_dateline
from eventscope.nlp.dateline import dateline_end
from eventscope.places.local import cut_dateline


@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("KAMPALA, June 9 - Uganda reopened its border.", "-"),
        ("LIMA (Reuters) -- Peru's congress met.", "--"),
        ("Quito, March 2 (AFP) – Ecuador declared an emergency.", "–"),
        ("OSLO — Norway sent two ships.", "—"),
        # title case needs a date or an agency; a lower-case word or no spaced dash is prose
        ("Pope Leo - the new pope - visited Lebanon.", None),
        ("UNICEF said on Friday - in a report - that aid fell.", None),
        ("India-Pakistan talks resumed.", None),
        ("OSLO —", None),  # nothing after the dash
        ("42 people - most of them children - died.", None),
        # an upper-case dateline may end with a colon, or with its agency and no dash
        ("DHAKA: Police fired tear gas at students.", ":"),
        ("PESHAWAR, May 3 (APP): Troops cleared the road.", "):"),  # one token
        ("MEXICO CITY (AP) Lawmakers passed a budget.", ")"),
        ("LAGOS (AP) — Nigeria closed its ports.", "—"),  # the dash, not the bracket
        ("TENNIS-OPEN: Seeds fall early.", None),  # a slug of hyphened words
        ("Dhaka: Police fired tear gas.", None),  # title case: a headline's speaker
        ("NATO (the alliance) Secretary met them.", None),  # no agency: lower-case words
    ],
)
def test_dateline_end(nlp, text: str, dash: str | None) -> None:
    doc = nlp.make_doc(text)
    end = dateline_end(doc, 0)
    assert (doc[end].text if end is not None else None) == dash


@pytest.mark.parametrize(
    "text",
    [
        "KAMPALA, June 9 - Uganda reopened its border.",
        "Quito, March 2 (AFP) – Ecuador declared an emergency.",
        "Pope Leo - the new pope - visited Lebanon.",
        "India-Pakistan talks resumed.",
        "DHAKA: Police fired tear gas at students.",
    ],
)
def test_the_three_stages_agree(nlp, text: str) -> None:
    """The splitter cuts a sentence exactly where the actors and places stages see a dateline."""
    doc = nlp(text)
    opens = dateline_end(doc, 0) is not None
    first = next(iter(doc.sents))
    assert (first.end - 1 == dateline_end(doc, 0)) is opens
    assert in_dateline(doc, 0) is opens
    assert cut_dateline(doc, 0) is opens


def test_the_agency_lies_before_the_dash(nlp) -> None:
    doc = nlp.make_doc("Quito, March 2 (AFP) – Ecuador declared an emergency.")
    assert [agency_of_dateline(doc, i) for i in (5, 9)] == [True, False]


@pytest.mark.parametrize(
    ("text", "start", "inside"),
    [
        # after a headline the parser, not the splitter, starts the dateline's sentence
        ("Bridge Reopens. HARTWELL - The bridge reopened on Monday.", 3, True),
        ("Bridge Reopens. HARTWELL - The bridge reopened on Monday.", 0, False),
        ("Bridge Reopens. HARTWELL - The bridge reopened on Monday.", 5, False),
    ],
)
def test_a_dateline_after_a_headline(nlp, text: str, start: int, inside: bool) -> None:
    assert cut_dateline(nlp(text), start) is inside
