"""What a verb acts on (``events.frames.object_of``), on parses built by hand: the parser is
not the point, the reading of its labels is. Sentences we wrote."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventscope.events.frames import object_of


def _doc(words, heads, deps, pos, ents=None):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "ents", "wanted"),
    [
        (  # the parser left a long name after the verb as a bare-noun modifier
            ["Police", "detained", "opposition", "leader", "Ana", "Ruiz", "."],
            [1, 1, 3, 5, 5, 1, 1],
            ["nsubj", "ROOT", "compound", "compound", "compound", "npadvmod", "punct"],
            ["NOUN", "VERB", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT"],
            ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
            "Ruiz",
        ),
        (  # a day after the verb is when, not what
            ["Leaders", "met", "Monday", "."],
            [1, 1, 1, 1],
            ["nsubj", "ROOT", "npadvmod", "punct"],
            ["NOUN", "VERB", "PROPN", "PUNCT"],
            ["O", "O", "B-DATE", "O"],
            None,
        ),
        (  # a direct object is read first
            ["Chile", "expelled", "envoys", "Friday", "."],
            [1, 1, 1, 1, 1],
            ["nsubj", "ROOT", "dobj", "npadvmod", "punct"],
            ["PROPN", "VERB", "NOUN", "PROPN", "PUNCT"],
            ["B-GPE", "O", "O", "O", "O"],
            "envoys",
        ),
    ],
)
def test_object_of_reads_a_stray_name_after_the_verb(words, heads, deps, pos, ents, wanted):
    found = object_of(_doc(words, heads, deps, pos, ents)[1])
    assert (found.text if found is not None else None) == wanted
