"""Per-document answers kept while the stages read a Doc (``eventscope.nlp.docmemo``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from eventscope.nlp.docmemo import (
    MAX_SHARED_STRINGS,
    DocWords,
    children_of,
    doc_text,
    doc_words,
    entities,
    heads_of,
    is_question,
    memo,
    memo_scope,
    sentence_starts,
    sentences,
    share_strings,
    span_text,
    within_memo_scope,
)
from eventscope.nlp.syntax import child, prep_object, subtree_indices

TEXTS = [
    "Police fired tear gas at protesters in Nairobi on Monday.",
    "Did the army  shell Donetsk?  Officials said so.\n\nNo one was hurt.",
    "Kiev’s mayor met U.S. envoys in Xi'an, a city of 12 million people.",
    "  leading spaces and trailing ones  ",
]


@pytest.fixture(scope="module")
def parsed(nlp) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


def _counting() -> tuple[list[int], Callable[[Doc], int]]:
    calls: list[int] = []

    def compute(doc: Doc) -> int:
        calls.append(1)
        return len(doc)

    return calls, compute


def test_a_scope_computes_once_and_leaves_nothing_behind() -> None:
    doc = spacy.blank("en")("one two three")
    calls, compute = _counting()
    with memo_scope(doc):
        assert memo(doc, "size", compute) == memo(doc, "size", compute) == 3
    assert calls == [1]
    assert doc.user_data == {}, "a saved Doc must carry nothing of ours"
    doc.to_bytes()  # serialisable after the scope


def test_outside_a_scope_every_call_computes() -> None:
    doc = spacy.blank("en")("one two")
    calls, compute = _counting()
    memo(doc, "size", compute)
    memo(doc, "size", compute)
    assert calls == [1, 1]


def test_a_nested_scope_shares_the_outer_answers_and_keeps_them() -> None:
    doc = spacy.blank("en")("one two")
    calls, compute = _counting()
    with memo_scope(doc):
        with memo_scope(doc):
            memo(doc, "size", compute)
        memo(doc, "size", compute)  # the inner scope's end must not drop the outer table
    assert calls == [1]


def test_a_scope_is_removed_when_the_block_raises() -> None:
    doc = spacy.blank("en")("one")
    with pytest.raises(ValueError), memo_scope(doc):
        raise ValueError("a stage failed")
    assert doc.user_data == {}


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_doc_words_are_the_token_attributes(parsed, index) -> None:
    doc = parsed[index]
    words = DocWords.of(doc)
    assert words.text == tuple(t.text for t in doc)
    assert words.space == tuple(t.whitespace_ for t in doc)
    assert words.lower == tuple(t.lower_ for t in doc)
    assert words.lemma == tuple(t.lemma_.lower() for t in doc)
    assert words.pos == tuple(t.pos_ for t in doc)
    assert words.dep == tuple(t.dep_ for t in doc)
    begins = {ent.start: ent.label_ for ent in doc.ents}
    assert words.entity == tuple(begins.get(t.i, "") for t in doc)
    assert words.lemmas == frozenset(words.lemma) and words.lowers == frozenset(words.lower)


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_texts_sentences_and_entities_match_spacy(parsed, index) -> None:
    doc = parsed[index]
    with memo_scope(doc):
        assert doc_text(doc) == doc.text
        assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]
        assert [(e.start, e.end, e.label_) for e in entities(doc)] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
        for start in range(len(doc)):
            for end in range(start, min(len(doc), start + 4) + 1):
                assert doc_words(doc).span_text(start, end) == doc[start:end].text
                assert span_text(doc[start:end]) == doc[start:end].text


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Did the army shell Donetsk?", True),
        ("Did the army shell Donetsk?  ", True),
        ("The army shelled Donetsk.", False),
        ("Who fired? Nobody knows.", False),
    ],
)
def test_is_question(nlp, text, asks) -> None:
    doc = nlp(text)
    assert is_question(list(doc.sents)[-1]) is asks


def test_sentence_starts_of_a_parsed_and_of_a_blank_doc(nlp) -> None:
    parsed = nlp("Police fired. Protesters fled.")
    assert sentence_starts(parsed) == tuple(s.start for s in parsed.sents) == (0, 3)
    assert sentence_starts(spacy.blank("en")("no parse here")) == (0,)


def test_a_method_within_a_memo_scope_shares_answers_and_cleans_up() -> None:
    calls, compute = _counting()

    class Stage:
        @within_memo_scope
        def find(self, doc: Doc, *, twice: bool) -> int:
            first = memo(doc, "size", compute)
            return first + memo(doc, "size", compute) if twice else first

    doc = spacy.blank("en")("one two three")
    assert Stage().find(doc, twice=True) == 6
    assert calls == [1] and doc.user_data == {}


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters in Nairobi on Monday, witnesses said.",
        "Iran and Iraq signed a deal. It was welcomed by the UN.",
        "",
    ],
)
def test_children_of_lists_each_tokens_children_in_order(nlp, text: str) -> None:
    doc = nlp(text)
    with memo_scope(doc):
        kids = children_of(doc)
    assert kids == tuple(tuple(c.i for c in token.children) for token in doc)


def test_child_and_prep_object_read_the_same_inside_and_outside_a_scope(nlp) -> None:
    doc = nlp("The army withdrew its troops from the border with Syria on Friday.")
    verb = next(token for token in doc if token.lemma_ == "withdraw")
    outside = (child(verb, {"dobj"}), prep_object(verb, ["from"]), prep_object(verb, ["on"]))
    with memo_scope(doc):
        inside = (child(verb, {"dobj"}), prep_object(verb, ["from"]), prep_object(verb, ["on"]))
    assert [t.text if t is not None else None for t in outside] == ["troops", "border", "Friday"]
    assert [t.i if t is not None else None for t in inside] == [t.i for t in outside]


def test_heads_of_gives_each_tokens_head_and_a_root_its_own_index(nlp) -> None:
    doc = nlp("Rebels attacked a convoy near Goma. The army said nothing.")
    with memo_scope(doc):
        assert heads_of(doc) == tuple(token.head.i for token in doc)
    assert heads_of(spacy.blank("en")("no parse here")) == (0, 1, 2)


def test_shared_strings_give_the_same_words_and_are_kept_across_documents(nlp) -> None:
    table: dict[int, str] = {}
    texts = ["Police arrested 12 protesters in Lagos.", "Protesters in Lagos were arrested.", ""]
    for doc in nlp.pipe(texts):
        alone = DocWords.of(doc)
        with memo_scope(doc):
            share_strings(doc, table)
            assert doc_words(doc) == alone
    assert table[nlp.vocab.strings["Lagos"]] == "Lagos"


def test_a_shared_string_table_is_emptied_when_it_outgrows_its_bound(nlp) -> None:
    table = {key: "x" for key in range(MAX_SHARED_STRINGS + 1)}
    doc = nlp("Rebels attacked")
    with memo_scope(doc):
        share_strings(doc, table)
        assert doc_words(doc).text == ("Rebels", "attacked")
    assert len(table) < 100  # emptied, then this document's strings only


@pytest.mark.parametrize(
    "text",
    [
        "Workers protested outside parliament in Nairobi to demand the wages they were owed.",
        "Police, who had sealed the road, dispersed the crowd; two men were arrested.",
    ],
)
def test_subtree_indices_are_the_words_of_each_subtree(nlp, text) -> None:
    doc = nlp(text)
    with memo_scope(doc):
        for token in doc:
            assert subtree_indices(token) == {t.i for t in token.subtree}
