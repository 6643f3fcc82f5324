"""Material cooperation guessed by the classifier does not outvote a rule's pledge (03) or
praise (05): "thanked Mexico for returning the artifacts" and "troops who ambushed rebels were
praised" report the thanks and the praise, while the model reads the act they name (a return,
an aid); "pledged to send aid" is an intent (033). A meeting (04) stays outvotable ("met and
decided to send aid"). ``events/clauses.outvotable``, issue 15; sentences written for these
tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from eventscope.events.clauses import outvotable
from eventscope.events.patterns import PatternBook

PUBLISHED = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("cameo", "penta", "expected"),
    [
        ("051", 2, False),  # praised: the praise is the news
        ("050", 2, False),
        ("033", 2, False),  # pledged aid: intent
        ("030", 2, False),
        ("040", 2, True),  # a meeting may report the act decided at it
        ("043", 2, True),
        ("051", 3, True),  # another class may still outvote the praise
        ("051", 0, True),
    ],
)
def test_a_pledge_or_praise_is_not_outvoted_by_material_cooperation(nlp, cameo, penta, expected):
    doc = nlp.make_doc("Canada thanked Mexico")
    mention = SimpleNamespace(cameo=cameo, pattern="verb:x", target=None, trigger_start=1)
    assert outvotable(mention, penta, doc[:], PatternBook.load()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada thanked Mexico for returning the stolen artifacts.", ("CAN", "MEX", "051")),
        (
            "The Somali troops who ambushed al-Shabaab fighters were praised by the United States.",
            ("USA", "SOM", "051"),
        ),
    ],
)
def test_the_praise_is_the_event(pipeline, text, expected):
    events = pipeline.code_text(text, published=PUBLISHED)
    found = {(e.source.country, e.target.country if e.target else None, e.cameo) for e in events}
    assert found == {expected}
