"""Verbs written with a hyphenated "re-" or "test-" prefix ("re-open", "test-fired") as one word.

Why: spaCy's tokenizer splits "re-open" into "re", "-", "open", and the tagger and parser then
read "re" as the verb and lose the sentence ("Kenya re-opened its border": "re" the root,
"opened" a dependent of it; no event, or one triggered by "re"). The hyphenated spelling is the
same word as the closed one ("reopen", "reimpose"), so two components put it back together:

* ``"eventscope_prefixed"`` (first in the pipeline) merges "re" "-" WORD, written with no space,
  into one token whose norm is the closed spelling ("reopened"), which the tagger and the parser
  read as they read that word;
* ``"eventscope_prefixed_lemmas"`` (after the lemmatizer) gives such a token the prefix and the
  lemma of its word ("re-opened" -> "reopen", "re-took" -> "retake"), the lemma of the closed
  spelling, so the event patterns of "reopen" and "retake" apply.

"Test-fired" and "test-launched" (a missile) are merged the same way, but the norm is the verb
alone ("fired", which the tagger reads as a verb: as three tokens "test" became the verb and the
missile was lost) and the lemma is "test": to test-fire a missile is to test it, coded by the
"test" rows of the event patterns (CAMEO 150, a show of military force). Only verbs of firing
take this prefix ("test-drive" is left alone).

The token's text, offsets and whitespace are unchanged. "re - open" (spaced) is left alone.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe(PREFIX_COMPONENT)
    >>> [t.text for t in nlp("Kenya re-opened its border.")]
    ['Kenya', 're-opened', 'its', 'border', '.']
    >>> closed_form(nlp("They re-opened it.")[1])
    'reopened'
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.tokens import Token

PREFIX_COMPONENT = "eventscope_prefixed"
LEMMA_COMPONENT = "eventscope_prefixed_lemmas"
# Prefixes whose hyphenated verbs mean the closed word ("re-open" = "reopen").
PREFIXES = frozenset({"re"})
# Prefixes that are the verb themselves ("test-fired" = tested), merged only before these words.
ACT_PREFIXES = MappingProxyType({
    "test": frozenset({
        "fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching",
    }),
})  # fmt: skip
HYPHENS = frozenset({"-", "‐"})
# A cheap test on the text before any token is read (a prefix, then a hyphen of HYPHENS).
PREFIXED_TEXT = re.compile(r"\b(?:re|test)[-‐]\w", re.IGNORECASE)
# A merged word: prefix, hyphen, word.
MERGED = re.compile(r"^(re|test)[-‐]([a-z]+)$")


def split_prefixed(token: Token) -> tuple[str, str] | None:
    """(prefix, word) of a merged prefixed word ("re-opened" -> ("re", "opened")), else None."""
    found = MERGED.match(token.lower_)
    if found is None or not _joins(found.group(1), found.group(2)):
        return None
    return found.group(1), found.group(2)


def closed_form(token: Token) -> str | None:
    """The closed spelling of a merged prefixed word ("re-opened" -> "reopened"), else None."""
    parts = split_prefixed(token)
    return None if parts is None else _norm(*parts)


def _joins(prefix: str, word: str) -> bool:
    """Whether ``prefix`` and a hyphen before ``word`` make one verb."""
    if prefix in ACT_PREFIXES:
        return word in ACT_PREFIXES[prefix]
    return prefix in PREFIXES and word.isalpha()


def _norm(prefix: str, word: str) -> str:
    """What the tagger reads: the closed word ("reopened"), or the word of a verb prefix
    ("test-fired" -> "fired")."""
    return word if prefix in ACT_PREFIXES else prefix + word


def _may_have_prefixed(doc: Doc) -> bool:
    """Whether the text holds "re-" at all: one scan of the string, so the token loops below
    run only for the few documents that may have a prefixed word."""
    return PREFIXED_TEXT.search(doc.text) is not None


def _prefixed_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "re" "-" WORD written as one word (no spaces inside)."""
    if not _may_have_prefixed(doc):
        return []
    spans = []
    for i in range(len(doc) - 2):
        first, dash, word = doc[i], doc[i + 1], doc[i + 2]
        if (
            _joins(first.lower_, word.lower_)
            and dash.text in HYPHENS
            and not first.whitespace_
            and not dash.whitespace_
            and word.is_alpha
            and (i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].is_alpha)
        ):
            spans.append((i, i + 3))
    return spans


@Language.component(PREFIX_COMPONENT)
def merge_prefixed(doc: Doc) -> Doc:
    """Merge "re" "-" WORD into one token whose norm is the closed word (module docstring)."""
    spans = _prefixed_spans(doc)
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            closed = _norm(doc[start].lower_, doc[end - 1].lower_)
            retokenizer.merge(doc[start:end], attrs={"NORM": closed})
    return doc


@Language.factory(LEMMA_COMPONENT)
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    """The lemma fixer, reading the pipeline's own lemmatizer (module docstring)."""
    return PrefixedLemmas(nlp)


class PrefixedLemmas:
    """Gives each merged prefixed word its prefix and its word's lemma ("reopen")."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if "lemmatizer" not in self.nlp.pipe_names or not _may_have_prefixed(doc):
            return doc
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        for token in doc:
            parts = split_prefixed(token)
            if parts is None:
                continue
            if parts[0] in ACT_PREFIXES:
                token.lemma_ = parts[0]  # "test-fired" -> "test"
                continue
            # the word's own lemma, prefixed: "re-took" -> "retake", which the lemmatizer's
            # tables know only for "took"
            one = Doc(doc.vocab, words=[parts[1]])
            one[0].tag_, one[0].pos_ = token.tag_, token.pos_
            one[0].set_morph(token.morph)  # type: ignore[attr-defined]
            lemmas = lemmatizer.lemmatize(one[0])  # type: ignore[attr-defined]
            token.lemma_ = parts[0] + (lemmas[0] if lemmas else parts[1])
        return doc
