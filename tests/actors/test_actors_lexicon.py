"""The actor lexicon and phrase rules on hand-built Docs (no model), plus data-file checks."""

from __future__ import annotations

import time

import pytest
from spacy.tokens import Doc

from eventscope.actors import ActorCoder
from eventscope.actors.lexicon import (
    Entry,
    LexiconBuilder,
    _country_names,
    case_of,
    normalise,
    phrase_words,
    plural,
    read_tsv,
    token_norms,
)
from eventscope.actors.phrases import PhraseBuilder
from eventscope.actors.rules import ContextRules

PACKAGED = [
    ("country_names.tsv", 2),
    ("demonyms.tsv", 2),
    ("capitals.tsv", 2),
    ("cities.tsv", 2),
    ("provinces.tsv", 2),
    ("agents.tsv", 4),
    ("organizations.tsv", 5),
]


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def make_doc(vocab, words, *, pos=None, deps=None, heads=None, ents=None) -> Doc:
    """A Doc with a given parse; tokens are separated by spaces unless the word is "-"/"'s"."""
    spaces = [
        not (i + 1 < len(words) and words[i + 1] in ("-", "'s", ".", ",")) and w != "-"
        for i, w in enumerate(words)
    ]
    return Doc(vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, ents=ents)


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("Non-Aligned Movement", ("non", "-", "aligned", "movement")),
        ("People\u2019s Daily", ("people", "'s", "daily")),
        ("U.S.", ("u.s.",)),
        ("foreign  minister", ("foreign", "minister")),
        ("Coca-Cola", ("coca", "-", "cola")),
    ],
)
def test_phrase_words(phrase, words):
    assert phrase_words(phrase) == words


@pytest.mark.parametrize(
    ("phrase", "case"),
    [("WHO", "upper"), ("U.S.", "upper"), ("Turkey", "title"), ("minister", "any"), ("A", "title")],
)
def test_case_of(phrase, case):
    assert case_of(phrase) == case


@pytest.mark.parametrize(
    ("word", "many"),
    [
        ("minister", "ministers"),
        ("spokesman", "spokesmen"),
        ("authority", "authorities"),
        ("envoy", "envoys"),
        ("forces", None),
        ("Chinese", None),
        ("police-officer", None),
    ],
)
def test_plural(word, many):
    assert plural(word) == many


@pytest.mark.parametrize(("name", "columns"), PACKAGED)
def test_packaged_phrases_tokenize_like_spacy(nlp, name, columns):
    # The lexicon splits phrases itself (no model at load); it must agree with spaCy.
    for row in read_tsv(name, columns=columns):
        expected = tuple(normalise(token.text) for token in nlp.tokenizer(row[0]))
        assert phrase_words(row[0]) == expected, row[0]


def test_pycountry_names_tokenize_like_spacy(nlp):
    for name, code in _country_names():
        assert len(code) == 3
        assert phrase_words(name) == tuple(normalise(t.text) for t in nlp.tokenizer(name)), name


def test_load_is_fast_and_complete():
    started = time.perf_counter()
    coder = ActorCoder.load()
    elapsed = time.perf_counter() - started
    # Measured ~0.1 s; the bound leaves room for a busy test machine.
    assert elapsed < 1.5
    assert len(coder.lexicon) > 2500


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["The", "WHO", "warned"], ["WHO"]),
        (["those", "who", "left"], []),  # acronym entries need capitals
        (["they", "told", "us"], []),
        (["the", "US", "said"], ["US"]),
        (["turkey", "dinner"], []),  # names need a capital
        (["Turkey", "said"], ["Turkey"]),
        (["the", "FOREIGN", "MINISTER"], ["FOREIGN MINISTER"]),  # agent words: any case
        (["South", "Korea", "and", "Korea"], ["South Korea"]),  # longest match first
        (["China", "\u2019s", "envoy"], ["China", "envoy"]),
    ],
)
def test_scan_case_and_longest_match(coder, vocab, words, found):
    doc = make_doc(vocab, words)
    assert [doc[h.start : h.end].text for h in coder.lexicon.scan(doc)] == found


def test_stems_match_up_to_three_more_letters(vocab):
    builder = LexiconBuilder()
    builder.add("bulgar", Entry("org", country="BGR", code="BGR", user=True), stem=True)
    lexicon = builder.build()
    doc = make_doc(vocab, ["Bulgaria", "Bulgarian", "Bulgarians", "Bulga"])
    assert [h.start for h in lexicon.scan(doc)] == [0, 1]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["exploded", ",", "said", "riot"], [(3, 4)]),  # "riot police" cut after "riot"
        (["exploded", ",", "said", "riot", "police"], [(3, 5)]),
        (["the", "riot", "police", "said"], [(1, 3)]),
    ],
)
def test_a_hit_never_runs_past_the_last_token(vocab, words, found):
    """Regression (issue 14): at the end of a text without a full stop, the slice for a
    longer phrase is cut short and matched the one-word entry, giving a hit past the end."""
    builder = LexiconBuilder()
    builder.add("riot", Entry("agent", sector="COP"))
    builder.add("riot police", Entry("agent", sector="COP"))
    doc = make_doc(vocab, words)
    hits = builder.build().scan(doc)
    assert [(h.start, h.end) for h in hits] == found
    assert all(h.end <= len(doc) for h in hits)


def _build(coder, doc):
    return PhraseBuilder.of(doc, coder.lexicon.scan(doc), coder.rules, None).build()


def test_hyphenated_pair_is_not_an_actor(coder, vocab):
    words = ["the", "Armenia", "-", "Azerbaijan", "border"]
    doc = make_doc(
        vocab,
        words,
        pos=["DET", "PROPN", "PUNCT", "PROPN", "NOUN"],
        deps=["det", "compound", "punct", "compound", "ROOT"],
        heads=[4, 3, 3, 4, 4],
    )
    assert _build(coder, doc) == []


def test_demonym_modifying_a_thing_is_only_context(coder, vocab):
    doc = make_doc(
        vocab,
        ["Turkish", "coffee", "is", "strong"],
        pos=["ADJ", "NOUN", "AUX", "ADJ"],
        deps=["amod", "nsubj", "ROOT", "acomp"],
        heads=[1, 2, 2, 2],
    )
    (draft,) = _build(coder, doc)
    assert (draft.start, draft.end, draft.country, draft.resolution) == (0, 1, "TUR", "context")


def test_demonym_and_agent_make_one_phrase(coder, vocab):
    doc = make_doc(
        vocab,
        ["Turkish", "troops", "left"],
        pos=["ADJ", "NOUN", "VERB"],
        deps=["amod", "nsubj", "ROOT"],
        heads=[1, 2, 2],
    )
    (draft,) = _build(coder, doc)
    assert (draft.start, draft.end, draft.country, draft.sector) == (0, 2, "TUR", "MIL")


def test_capital_after_locative_preposition_is_a_place(coder, vocab):
    doc = make_doc(
        vocab,
        ["They", "met", "in", "Baku"],
        pos=["PRON", "VERB", "ADP", "PROPN"],
        deps=["nsubj", "ROOT", "prep", "pobj"],
        heads=[1, 1, 1, 2],
    )
    assert _build(coder, doc) == []


def test_title_then_person_name(coder, vocab):
    doc = make_doc(
        vocab,
        ["Ambassador", "Ana", "Kovac", "spoke"],
        pos=["PROPN", "PROPN", "PROPN", "VERB"],
        deps=["compound", "compound", "nsubj", "ROOT"],
        heads=[2, 2, 3, 3],
        ents=["O", "B-PERSON", "I-PERSON", "O"],
    )
    (draft,) = _build(coder, doc)
    assert (draft.end, draft.name, draft.sector, draft.resolution) == (
        3,
        "Ana Kovac",
        "GOV",
        "title",
    )


def test_rules_file_loads():
    rules = ContextRules.load()
    assert {"in", "at"} <= rules.locative
    assert rules.ambiguous["georgia"].alternative == "USA"
    assert "the sides" in rules.collective["actor"]


@pytest.mark.parametrize("words", [[], [" "], ["nothing", "to", "see"]])
def test_find_on_docs_without_actors(coder, vocab, words):
    assert coder.find(Doc(vocab, words=words)) == []


def test_find_on_a_doc_without_parse_is_one_sentence(coder, vocab):
    doc = Doc(vocab, words=["Huawei", "and", "Gazprom", "signed"])
    mentions = coder.find(doc)
    assert [(m.actor.code, m.sent_index) for m in mentions] == [("CHNBUS", 0), ("RUSBUS", 0)]


@pytest.mark.parametrize(
    "words",
    [
        ["The", "People’s", "Army", "and", "the", "Workers", "’", "Party"],
        ["The", "People", "'s", "Army", "marched"],
        ["Police", "fired"],
        [],
    ],
)
def test_token_norms_are_each_words_normal_form(vocab, words):
    doc = Doc(vocab, words=words)
    assert token_norms(doc) == [normalise(word) for word in words]
