"""An aid root with no aid in the sentence takes the code of the verb's own rows: the
classifier's fill on "Kenya imported Ugandan sugar" is economic cooperation (061), not aid
(``events/own_rows.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace as T

import pytest

from eventscope.events.own_rows import row_root
from eventscope.events.patterns import PatternBook
from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 6, 3)


def test_a_fill_on_an_import_is_trade(pipeline: Pipeline):
    text = "Kenya imported more Ugandan sugar in 2019 than in any year before."
    found = [e.cameo for e in pipeline.code_text(text, published=PUBLISHED)]
    assert found == ["061"], found


@pytest.mark.parametrize(
    ("root", "verb", "words", "expected"),
    [
        ("07", "import", "Kenya imported sugar", "061"),  # the verb's own row: trade
        ("070", "import", "Kenya imported sugar", "061"),
        ("07", "import", "Kenya imported food aid", "07"),  # an aid word: the model's aid
        ("07", "deploy", "Britain will deploy jets", "07"),  # 154: conflict, not of the class
        ("07", "leave", "troops left the country", "07"),  # no row of its own
        ("07", "provide", "USAID provided tents", "07"),  # its rows are aid
        ("07", "write", "an aide wrote", "07"),  # its only row needs an object ("debts")
        ("08", "import", "Kenya imported sugar", "08"),  # not the aid root
    ],
)
def test_row_root(root, verb, words, expected):
    sent = [T(lemma_=w.lower()) for w in words.split()]
    ranked = ("08", "07", "06")  # the roots of material cooperation, as the model ranks them
    assert row_root(root, T(lemma_=verb), sent, PatternBook.load(), ranked) == expected
