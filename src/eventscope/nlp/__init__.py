"""The NLP stage: the only module that loads spaCy.

The model is loaded once per process by :func:`load_nlp` and then passed around
(injected) to whatever needs it. We add one small component before the parser:
newswire paragraphs (blank lines) always start a new sentence, so a byline such as
"By Azernews" never fuses with the first sentence and gets coded. The spaCy components
(that splitter, and ``"eventscope"`` for ``nlp.add_pipe``) are in
:mod:`eventscope.nlp.components`.

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


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process and name) the spaCy pipeline with the paragraph splitter."""
    import spacy

    from . import components  # noqa: F401 - registers the paragraph splitter with spaCy
    from .prefixed import LEMMA_COMPONENT, PREFIX_COMPONENT
    from .verb_lemmas import fix_verb_lemmas

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(name=name) from exc
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
    if PREFIX_COMPONENT not in nlp.pipe_names:  # "re-open" one word (nlp/prefixed.py)
        nlp.add_pipe(PREFIX_COMPONENT, first=True)
        nlp.add_pipe(LEMMA_COMPONENT, last=True)
        fix_verb_lemmas(nlp)  # "hopes" -> "hope", not "hop" (nlp/verb_lemmas.py)
    return nlp


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``), yielding one ``Doc`` per text in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
