"""A gerund the parser made the attribute of "be" takes the copula's subject
(:func:`eventscope.nlp.syntax.nearest_subject`). Docs are built by hand: the parse is the point.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventscope.nlp.syntax import nearest_subject


def _doc(vocab, words, heads, deps, tags, lemmas) -> Doc:
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "lemmas", "verb", "expected"),
    [
        # "Oman is mediating between Iran and Egypt": "mediating" read as "is"'s attribute
        (["Oman", "is", "mediating", "between", "Iran"], [1, 1, 1, 2, 3],
         ["nsubj", "ROOT", "attr", "prep", "pobj"], ["NNP", "VBZ", "VBG", "IN", "NNP"],
         ["Oman", "be", "mediate", "between", "Iran"], 2, "Oman"),
        # a noun attribute is no verb: "Oman is a mediator" has no subject under "mediator"
        (["Oman", "is", "a", "mediator"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "attr"],
         ["NNP", "VBZ", "DT", "NN"], ["Oman", "be", "a", "mediator"], 3, None),
        # a verb's own subject stands
        (["Oman", "mediated", "talks"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
         ["NNP", "VBD", "NNS"], ["Oman", "mediate", "talk"], 1, "Oman"),
    ],
)  # fmt: skip
def test_progressive_attribute_takes_the_copula_subject(
    vocab, words, heads, deps, tags, lemmas, verb, expected
):
    doc = _doc(vocab, words, heads, deps, tags, lemmas)
    found = nearest_subject(doc[verb])
    assert (found.text if found is not None else None) == expected
