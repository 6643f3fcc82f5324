"""Facts about a parsed document computed once while the stages read it.

Why: spaCy makes a new Python ``Token`` for every ``doc[i]`` and every step of ``for token
in doc``. Several stages ask the same whole-document questions ("is any lemma a violence
word?", "which phrases are reporters?"): coding 300 ACLED notes made 430,000 tokens, and
reading the words as strings first, once per document, halves that. A :func:`memo_scope`
around the coding of one document keeps each answer for that document only; it is removed
on exit, so a saved ``Doc`` carries nothing of ours and a later change to the ``Doc`` is
never read from a stale answer. Outside a scope every call computes afresh (same result, no cache).

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("Police fired on protesters")
    >>> with memo_scope(doc):
    ...     doc_words(doc).lower
    ('police', 'fired', 'on', 'protesters')
    >>> "eventscope.memo" in doc.user_data
    False
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span

_KEY = "eventscope.memo"
_BEGIN = 3  # ENT_IOB of a token that begins an entity ("B")
_SPACES = ("", " ")  # a token's SPACY flag (0 or 1) to its whitespace
MAX_SHARED_STRINGS = 1 << 18
T = TypeVar("T")
S = TypeVar("S")
P = ParamSpec("P")


@contextmanager
def memo_scope(doc: Doc) -> Iterator[None]:
    """Keep :func:`memo` answers for ``doc`` until the block ends (nested scopes share one)."""
    owner = _KEY not in doc.user_data
    if owner:
        doc.user_data[_KEY] = {}
    try:
        yield
    finally:
        if owner:
            doc.user_data.pop(_KEY, None)


def within_memo_scope(
    method: Callable[Concatenate[S, Doc, P], T],
) -> Callable[Concatenate[S, Doc, P], T]:
    """Run a stage's method that reads a Doc (its first argument) inside a :func:`memo_scope`."""

    @functools.wraps(method)
    def scoped(self: S, doc: Doc, /, *args: P.args, **kwargs: P.kwargs) -> T:
        # memo_scope written out: a generator-based context manager per call costs more
        # than the stages' smaller methods themselves.
        data = doc.user_data
        if _KEY in data:
            return method(self, doc, *args, **kwargs)
        data[_KEY] = {}
        try:
            return method(self, doc, *args, **kwargs)
        finally:
            data.pop(_KEY, None)

    return scoped


def memo(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, computed once per ``name`` inside a :func:`memo_scope` of ``doc``.

    ``compute`` must read only ``doc`` (never other arguments or settings) and return a value
    other than ``None``: its answer is reused by every caller that asks for ``name``.
    """
    table = doc.user_data.get(_KEY)
    if table is None:
        return compute(doc)
    found: T | None = table.get(name)
    if found is None:  # no answer is None: every compute returns a value
        found = table[name] = compute(doc)
    return found


@dataclass(frozen=True, slots=True)
class DocWords:
    """Per-token strings of a document, read once: ``lower[i]`` is ``doc[i].lower_``,
    ``lemma[i]`` is ``doc[i].lemma_.lower()``, ``text[i]``, ``pos[i]`` and ``dep[i]`` are
    ``doc[i].text``, ``.pos_`` and ``.dep_``; ``space[i]`` is ``doc[i].whitespace_``;
    ``entity[i]`` is the label of the entity ``doc[i]`` begins, else ``""``."""

    text: tuple[str, ...]
    space: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]
    pos: tuple[str, ...]
    dep: tuple[str, ...]
    entity: tuple[str, ...]
    lowers: frozenset[str]
    lemmas: frozenset[str]

    @classmethod
    def of(cls, doc: Doc) -> DocWords:
        from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LEMMA, LOWER, ORTH, POS, SPACY

        # One array of the tokens' string ids, read back through a table of strings kept
        # across documents (:func:`share_strings`): no token, and a word seen before is
        # not decoded again.
        array = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, ENT_TYPE, ENT_IOB, SPACY])
        if array.ndim == 2:  # the label only where an entity begins: id 0 reads as ""
            array[:, 5] *= array[:, 6] == _BEGIN
        columns = array.T.tolist()
        if not columns:  # an empty document
            columns = [[] for _ in range(8)]
        scope = doc.user_data.get(_KEY)
        table = scope.get("strings") if scope is not None else None
        read = functools.partial(
            _read, strings=doc.vocab.strings, table={} if table is None else table
        )
        text, lower, lemma, pos, dep, entity = map(read, columns[:6])
        lemma = tuple(map(str.lower, lemma))
        return cls(
            text=text,
            space=tuple(map(_SPACES.__getitem__, columns[7])),
            lower=lower,
            lemma=lemma,
            pos=pos,
            dep=dep,
            entity=entity,
            lowers=frozenset(lower),
            lemmas=frozenset(lemma),
        )

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without making the span or its tokens.

        Example:
            >>> import spacy
            >>> DocWords.of(spacy.blank("en")("in New  York today")).span_text(1, 4)
            'New  York'
        """
        end = min(end, len(self.text))  # as a slice of the doc past its end
        if start >= end:
            return ""
        last = end - 1
        if start == last:  # one word (most names and triggers): no join
            return self.text[last]
        if start < 0:  # read as indices from the end, word by word, as it always was
            inner = "".join(self.text[i] + self.space[i] for i in range(start, last))
        else:
            inner = "".join(map(str.__add__, self.text[start:last], self.space[start:last]))
        return inner + self.text[last]


def _read(keys: list[int], *, strings: StringStore, table: dict[int, str]) -> tuple[str, ...]:
    """The strings of ``keys`` (hashes or symbol ids), through ``table``."""
    try:  # most words were seen before: one pass through the table
        return tuple(map(table.__getitem__, keys))
    except KeyError:
        pass
    found = []
    for key in keys:
        word = table.get(key)
        if word is None:
            word = table[key] = strings[key]
        found.append(word)
    return tuple(found)


def share_strings(doc: Doc, table: dict[int, str]) -> None:
    """Let the current :func:`memo_scope` of ``doc`` read its words through ``table`` (string
    ids to strings, kept by the caller across documents: a pure memo, as an id names one
    string). Emptied when it grows past :data:`MAX_SHARED_STRINGS`."""
    scope = doc.user_data.get(_KEY)
    if scope is None:
        return
    if len(table) > MAX_SHARED_STRINGS:
        table.clear()
    scope["strings"] = table


def doc_words(doc: Doc) -> DocWords:
    """The :class:`DocWords` of ``doc`` (once per :func:`memo_scope`)."""
    table = doc.user_data.get(_KEY)  # memo() written out: the stages ask this most
    found: DocWords | None = table.get("words") if table is not None else None
    return found if found is not None else memo(doc, "words", DocWords.of)


def sentences(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)`` (once per :func:`memo_scope`; spaCy rebuilds them per call)."""
    table = doc.user_data.get(_KEY)  # memo() written out: asked thousands of times a document
    found = table.get("sents") if table is not None else None
    return found if found is not None else memo(doc, "sents", _sentences)


def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """The index of each sentence's first token; a Doc without parse or sentence marks
    (hand-built, blank pipeline) is one sentence. Once per :func:`memo_scope`: the
    annotation test reads every token, and the actors, places and the sentence of each place
    ask again."""
    table = doc.user_data.get(_KEY)  # memo() written out: asked once per actor and place
    found = table.get("sent_starts") if table is not None else None
    return found if found is not None else memo(doc, "sent_starts", _sentence_starts)


def _sentence_starts(doc: Doc) -> tuple[int, ...]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return tuple(sent.start for sent in sentences(doc))
    return (0,)


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` (once per :func:`memo_scope`; spaCy builds new spans per call)."""
    return memo(doc, "ents", _entities)


def doc_text(doc: Doc) -> str:
    """``doc.text`` (once per :func:`memo_scope`; spaCy re-joins every token per call)."""
    table = doc.user_data.get(_KEY)  # memo() written out: asked thousands of times a document
    found = table.get("text") if table is not None else None
    return found if found is not None else memo(doc, "text", _text)


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`doc_text` instead of re-joined from its tokens."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, kept per :func:`memo_scope`:
    the stages ask for the span of the same place or date once per event."""
    table: dict[tuple[int, int], Span | None] = memo(doc, "char_spans", _no_spans)
    key = (start, end)
    if key not in table:
        table[key] = doc.char_span(start, end, alignment_mode="expand")
    return table[key]


def _no_spans(doc: Doc) -> dict[tuple[int, int], Span | None]:
    return {}  # filled one span at a time by char_span


def is_question(sent: Span) -> bool:
    """The sentence ends with a question mark (it asks; it reports no event)."""
    return span_text(sent).rstrip().endswith("?")


def children_of(doc: Doc) -> tuple[tuple[int, ...], ...]:
    """The indices of each token's children, in order (``[c.i for c in doc[i].children]``),
    read from the parse once per :func:`memo_scope`: iterating ``token.children`` makes a
    token and decodes a label for every child looked at."""
    table = doc.user_data.get(_KEY)  # memo() written out: asked thousands of times a document
    found = table.get("children") if table is not None else None
    return found if found is not None else memo(doc, "children", _children)


def heads_of(doc: Doc) -> tuple[int, ...]:
    """The index of each token's head (``doc[i].head.i``; a root is its own head), once per
    :func:`memo_scope`: climbing ``token.head`` makes a new token at every step."""
    table = doc.user_data.get(_KEY)  # memo() written out: asked thousands of times a document
    found = table.get("heads") if table is not None else None
    return found if found is not None else memo(doc, "heads", _heads)


def _heads(doc: Doc) -> tuple[int, ...]:
    from spacy.attrs import HEAD

    if not len(doc):
        return ()
    # HEAD is the head's offset from the token, stored as unsigned 64 bits: read as signed.
    offsets = doc.to_array([HEAD]).view("int64").tolist()
    return tuple(map(operator.add, range(len(offsets)), offsets))


def _children(doc: Doc) -> tuple[tuple[int, ...], ...]:
    kids: list[list[int]] = [[] for _ in range(len(doc))]
    for i, head in enumerate(heads_of(doc)):
        if head != i:
            kids[head].append(i)
    return tuple(map(tuple, kids))


def _sentences(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.sents)


def _entities(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.ents)


def _text(doc: Doc) -> str:
    words = doc_words(doc)  # spaCy's ``doc.text`` makes a token per word to join them
    return "".join(map(str.__add__, words.text, words.space))
