"""The NLP stage: the only module that loads spaCy.

The model is loaded once per process by :func:`load_nlp` and then passed around
(injected) to whatever needs it. We add one small component before the parser:
newswire paragraphs (blank lines) always start a new sentence, so a byline such as
"By Azernews" never fuses with the first sentence and gets coded.

Example:
    >>> nlp = load_nlp()                      # doctest: +SKIP
    >>> doc = nlp("Azerbaijan and China met in Baku.")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelNotFoundError
from ..settings import DEFAULT_MODEL

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARAGRAPH_COMPONENT = "eventscope_paragraphs"
DATELINE_DASHES = frozenset({"-", "--", "–", "—"})
MAX_DATELINE_TOKENS = 12


def _register_paragraph_component() -> None:
    """Register the paragraph splitter with spaCy's factory registry (idempotent)."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def split_paragraphs(doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if token.is_space:
                continue
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
                _split_dateline(doc, token.i)
                # Without this the parser sometimes cuts a one-word "sentence" after
                # a preset start ("Azerbaijan | is China's largest partner").
                if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                    doc[token.i + 1].is_sent_start = False
        if len(doc):
            _split_dateline(doc, 0)
        return doc


def _split_dateline(doc: Doc, start: int) -> None:
    """A wire dateline ("BAKU, Sept 15 -", "NEW YORK (Reuters) -") is a sentence of its own.

    Otherwise its city would act in the first sentence and its date would date the events
    there. A dateline opens with an upper-case place name and ends with a dash within a
    few tokens, with no lower-case word before it; it is looked for at each paragraph start.
    """
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.is_upper and first.is_alpha and len(first) > 1):
        return
    for token in doc[start + 1 : start + MAX_DATELINE_TOKENS]:
        spaced = bool(doc[token.i - 1].whitespace_)  # "US-China talks" is no dateline
        if token.text in DATELINE_DASHES and spaced and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc) and not doc[token.i + 2].is_space:
                doc[token.i + 2].is_sent_start = False  # see the paragraph rule above
            return
        # A lower-case word means prose ("NATO said on Monday - ..."), not a dateline.
        if (token.is_alpha and token.is_lower) or "\n" in token.text_with_ws:
            return


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process and name) the spaCy pipeline with the paragraph splitter."""
    import spacy

    _register_paragraph_component()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(name=name) from exc
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
    return nlp


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``), yielding one ``Doc`` per text in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
