"""Material cooperation guessed by the classifier does not outvote a rule's act of violence
(roots 18-20) nor its show of force (150): "vigilantes lynched a thief" is an assault, not the
model's yield (080), while
other rule events stay outvotable (``events/clauses.outvotable``, issue 15). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from eventscope.events.clauses import outvotable
from eventscope.events.patterns import PatternBook

PUBLISHED = date(2024, 3, 14)


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return PatternBook.load()


@pytest.mark.parametrize(
    ("cameo", "penta", "expected"),
    [
        ("1823", 2, False),  # lynched: violence, not material cooperation
        ("190", 2, False),
        ("202", 2, False),
        ("190", 0, True),  # a statement may still outvote it (the claim is the news)
        ("190", 3, True),
        ("150", 2, False),  # a show of force ("warships intruded into its waters") gives nothing
        ("150", 3, True),
        ("154", 2, True),  # a deployment the model reads as aid may be one ("to train")
        ("173", 2, True),
        ("040", 2, True),
    ],
)
def test_violence_is_not_outvoted_by_cooperation(nlp, book, cameo, penta, expected):
    doc = nlp.make_doc("Vigilantes lynched a thief")
    mention = SimpleNamespace(cameo=cameo, pattern="verb:x", target=None, trigger_start=1)
    assert outvotable(mention, penta, doc[:], book) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both were outvoted by the model's 080 before
        ("Vigilantes lynched a suspected thief in Lagos.", "1823"),
        ("Vigilantes lynched two suspected thieves in Abuja.", "1823"),
    ],
)
def test_the_assault_is_the_event(pipeline, text, expected):
    events = pipeline.code_text(text, published=PUBLISHED)
    assert events, text
    top = max(events, key=lambda e: e.confidence)
    assert top.cameo == expected, [(e.cameo, e.confidence) for e in events]
    assert not any(e.cameo.startswith("08") for e in events), [e.cameo for e in events]
