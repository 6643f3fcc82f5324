"""``without_makers``: the maker of a thing named in passing is left out, in or out of a
document's memo scope, however often it is asked (the places, the context and attribution
stages ask for the same mentions)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventscope.actors.where import without_makers
from eventscope.models import Actor, ActorMention
from eventscope.nlp.docmemo import memo_scope

# Sentences of our own, parsed by hand: (words, heads, deps, tags, actor token, is a maker).
PARSES = [
    (
        "Cuba freed prisoners under a deal brokered by Spain".split(),
        [1, 1, 1, 1, 5, 3, 5, 6, 7],
        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "acl", "agent", "pobj"],
        ["NNP", "VBD", "NNS", "IN", "DT", "NN", "VBN", "IN", "NNP"],
        8,
        True,
    ),
    (
        "Cuba rejected a plan drafted by Spain".split(),
        [1, 1, 3, 1, 3, 4, 5],
        ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj"],
        ["NNP", "VBD", "DT", "NN", "VBN", "IN", "NNP"],
        6,
        False,
    ),
    (
        "Troops left under a Spain - brokered truce".split(),
        [1, 1, 1, 7, 6, 6, 7, 2],
        ["nsubj", "ROOT", "prep", "det", "npadvmod", "punct", "amod", "pobj"],
        ["NNS", "VBD", "IN", "DT", "NNP", "HYPH", "VBN", "NN"],
        4,
        True,
    ),
]


def _mention(doc: Doc, i: int) -> ActorMention:
    actor = Actor(text=doc[i].text, start=i, end=i + 1, country="ESP", sector=None, code="ESP")
    return ActorMention(actor=actor, start=i, end=i + 1, sent_index=0)


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "at", "maker"), PARSES)
@pytest.mark.parametrize("scoped", [False, True])
def test_makers_in_passing_are_left_out(words, heads, deps, tags, at, maker, scoped) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    subject, party = _mention(doc, 0), _mention(doc, at)
    expected = [subject] if maker else [subject, party]
    if not scoped:
        assert without_makers(doc, [subject, party]) == expected
        return
    with memo_scope(doc):
        for _ in range(3):  # asked again: the same answer
            assert without_makers(doc, [subject, party]) == expected
        assert without_makers(doc, [party]) == ([] if maker else [party])
