"""The rules that read the document's strings and tree indices (``nlp.docmemo``) instead of
spaCy tokens give what the token reading gives.

Each helper below was written on ``Token`` attributes (``token.head``, ``token.children``,
``token.lower_``) and now reads ``doc_words``, ``heads_of`` and ``children_of`` to make no
token per word looked at. The token reading is kept here as the specification and compared on
every word of sentences written for these tests, inside a memo scope as the stages run them.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventscope.actors.drafts import Draft
from eventscope.actors.embedded import MAX_ACRONYM, _acronym_after
from eventscope.actors.lexicon import _case_ok
from eventscope.actors.shared_heads import _a_list, _chain, _unknown_names
from eventscope.actors.stance import HYPHENS, STANCES, _stance_before
from eventscope.dates.attach import CLAUSE_DEPS, VERBAL_POS, clause_head
from eventscope.dates.lexicon import DateLexicon
from eventscope.dates.support import _DETERMINERS, continues_previous
from eventscope.dates.tense import _governing_verb
from eventscope.events.dated import _dating_words
from eventscope.nlp.docmemo import memo_scope
from eventscope.nlp.syntax import MODIFIER_DEPS, verb_particles
from eventscope.places.parties import ACTOR_DEPS, LOCATIVE_PREPOSITIONS
from eventscope.places.parties import actor_slot as _actor_slot

SENTENCES = [
    "The rebels handed over 15 prisoners to the Red Cross in Goma on Monday.",
    "Police said on Tuesday they had arrested 12 protesters who marched in Lagos.",
    "Anti-Houthi forces and pro-government militias clashed near Taiz, officials said.",
    "The minister called on the UN to help refugees who fled the fighting in the 1990s.",
    "Gunmen killed two soldiers in northern Borno state three years ago, the army said.",
    "Did the NATO envoy meet officials of the U.S. Army in Kabul?",
    "During the meeting, the Allied Democratic Forces (ADF) and Mai-Mai fighters were named.",
    "Somali and Kenyan troops met at the border during their talks.",
    "Dinka and Nuer fighters clashed near Bor.",
    "",
]


@pytest.fixture(scope="module")
def docs(nlp) -> list[Doc]:
    return list(nlp.pipe(SENTENCES))


def _old_particles(verb: Token, obj: Token | None) -> set[str]:
    def of_time(prep: Token) -> bool:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")

    found = {
        c.lower_
        for c in verb.children
        if c.dep_ in ("prep", "prt", "agent", "dative") and not of_time(c)
    }
    if obj is not None:
        found |= {c.lower_ for c in obj.children if c.dep_ == "prep"}
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "over" and after.dep_ == "quantmod":
        found.add("over")
    return found


def _old_clause_head(token: Token) -> Token:
    for _ in range(40):
        if token.dep_ in CLAUSE_DEPS and token.pos_ in VERBAL_POS:
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def _old_governing_verb(token: Token) -> Token | None:
    for _ in range(12):
        if token.pos_ in VERBAL_POS:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _old_actor_slot(token: Token, head: Token) -> bool:
    current, slot = token, False
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPOSITIONS:
            return False
        if current.dep_ in ACTOR_DEPS:
            slot = True
        current = current.head
    return slot


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_tree_walks_read_as_the_tokens_do(docs, index) -> None:
    doc = docs[index]
    with memo_scope(doc):
        for token in doc:
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            assert verb_particles(token, obj) == _old_particles(token, obj)
            assert clause_head(token).i == _old_clause_head(token).i
            verb, old = _governing_verb(token), _old_governing_verb(token)
            assert (verb.i if verb else None) == (old.i if old else None)
            for head in doc:
                assert _actor_slot(token, head) == _old_actor_slot(token, head)


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_word_tests_read_as_the_tokens_do(docs, index) -> None:
    doc = docs[index]
    with memo_scope(doc):
        for i in range(len(doc)):
            old = None
            if i >= 2:
                hyphen, prefix = doc[i - 1], doc[i - 2]
                glued = hyphen.text in HYPHENS and not hyphen.whitespace_
                if glued and not prefix.whitespace_ and prefix.lower_ in STANCES:
                    old = prefix.lower_
            assert _stance_before(doc, i) == old
            for length in range(1, min(3, len(doc) - i) + 1):
                run = doc[i : i + length]
                upper = all(t.text.isupper() or not t.is_alpha for t in run)
                assert _case_ok(doc, i, length, "upper") is upper
                first = run[0].text  # a short all-capitals word is no title-case name ("XI")
                short_caps = length == 1 and len(first) <= 3 and first.isupper() and first.isalpha()
                assert _case_ok(doc, i, length, "title") is (first[:1].isupper() and not short_caps)


@pytest.mark.parametrize(
    ("text", "verb", "particles"),
    [
        ("The rebels handed over 15 prisoners to the Red Cross.", "handed", {"over", "to"}),
        ("The minister called on the UN to help.", "called", {"on"}),
    ],
)
def test_verb_particles_of_our_sentences(nlp, text, verb, particles) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    with memo_scope(doc):
        assert particles <= verb_particles(token, None)


@pytest.mark.parametrize(
    ("text", "dating"),
    [
        ("Rebels who entered two years ago fought there in the 1990s.", ["ago", "1990s"]),
        ("Rebels fought there on 12 May.", []),
        ("", []),
    ],
)
def test_dating_words_are_decades_and_ago(nlp, text, dating) -> None:
    doc = nlp(text)
    assert [doc[i].text for i in _dating_words(doc)] == dating


def _old_continues(sent, lexicon: DateLexicon) -> bool:
    for token in sent:
        if token.lower_ not in lexicon.continuation_preps:
            continue
        for noun in token.children:
            named = noun.dep_ == "pobj" and noun.lower_ in lexicon.continuation_nouns
            if named and any(child.lower_ in _DETERMINERS for child in noun.children):
                return True
    return False


def _old_acronym(doc: Doc, end: int) -> str | None:
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    ok = 2 <= len(word) <= MAX_ACRONYM and word.isalpha() and word.isupper()
    return word if ok else None


def _old_unknown(doc: Doc, draft: Draft) -> list[int]:
    head = doc[draft.end - 1]
    for child in head.lefts:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        chain = _chain(child)
        if len(chain) < 2 or not _a_list(doc, chain):
            continue
        return [t.i for t in chain if t.i < head.i]
    return []


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_sentence_and_name_reads_read_as_the_tokens_do(docs, index) -> None:
    doc, lexicon = docs[index], DateLexicon.load()
    with memo_scope(doc):
        for sent in doc.sents:
            assert continues_previous(sent, lexicon) is _old_continues(sent, lexicon)
        for end in range(len(doc)):
            assert _acronym_after(doc, end) == _old_acronym(doc, end)
            draft = Draft(end, end + 1)
            assert [t.i for t in _unknown_names(doc, draft, set())] == _old_unknown(doc, draft)
