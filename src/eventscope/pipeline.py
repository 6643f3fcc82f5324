"""The pipeline: article → NLP → actors → places → actor countries from context → events →
dates → :class:`Event` records.

A :class:`Pipeline` holds everything expensive (the spaCy model, dictionaries, the
codebook, the gazetteer), loaded once and injected; build one per process and reuse it.

Example:
    >>> pipeline = Pipeline()                                   # doctest: +SKIP
    >>> events = pipeline.code_text("Azerbaijan and China signed an agreement on 2 April.",
    ...                             published=date(2020, 8, 20))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import dates as dates_stage
from . import places as places_stage
from .actors import ActorCoder, ActorOptions
from .actors.context import anchor_countries, needs_place, with_context_countries, without_makers
from .actors.sectors import with_crime_sector
from .actors.where import states_on
from .errors import ArticleError, BadDateError, EventscopeError
from .events import EventCoder
from .events.background import background_last
from .events.cameo import Codebook
from .events.domain import DomainCoder
from .events.keep import one_per_dyad
from .events.quiet import quiet_story
from .events.retold import one_telling
from .io.readers import parse_date
from .io.textcheck import check_text
from .models import (
    ActorMention,
    Article,
    ArticleResult,
    Event,
    EventMention,
    PlaceMention,
    TimeExpression,
)
from .nlp import load_nlp
from .nlp.docmemo import doc_text, doc_words, sentences, share_strings, within_memo_scope
from .places.named_target import event_actors
from .registry import registry
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class _DocContext:
    """What the per-document stages found, shared by every event of the document."""

    article: Article
    doc: Doc
    sents: list[Span]
    times: list[TimeExpression]
    places: list[PlaceMention]
    # ``doc.text``, built once: a span's text is its slice (``Span.text`` re-joins tokens).
    text: str


class Pipeline:
    """Codes articles into events. Holds the loaded model and data; reuse one per process."""

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        nlp: Language | None = None,
        actors: ActorCoder | None = None,
        events: EventCoder | None = None,
        places: places_stage.PlaceResolver | None = None,
        codebook: Codebook | None = None,
        domain: DomainCoder | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        self.nlp = nlp if nlp is not None else load_nlp(self.settings.model)
        self.stages = Stages.load(
            self.settings,
            codebook=codebook,
            actors=actors,
            events=events,
            places=places,
            domain=domain,
        )
        self.codebook = self.stages.codebook
        self.actor_coder = self.stages.actors
        self.event_coder = self.stages.events
        self.place_resolver = self.stages.places

    def with_events(self, events: EventCoder) -> Pipeline:
        """This pipeline with another event coder (another model or options to compare),
        sharing the loaded spaCy model and every other stage."""
        return Pipeline(settings=self.settings, nlp=self.nlp, actors=self.actor_coder,
                        events=events, places=self.place_resolver, codebook=self.codebook,
                        domain=self.stages.domain)  # fmt: skip

    # -- public API -----------------------------------------------------------------

    def code_text(
        self, text: str, *, published: date | str | None = None, article_id: str = "text"
    ) -> list[Event]:
        """Code one text; raises :class:`ArticleError` when the text cannot be coded.

        ``published`` is a ``date`` or an ISO string ("2020-08-20"); anything else raises
        :class:`BadDateError` (E108) naming the article.
        """
        return self.code(
            Article(id=article_id, text=text, published=as_date(published, article_id))
        )

    def code(self, article: Article) -> list[Event]:
        """Code one article; raises only :class:`ArticleError` (naming the article) when it
        cannot be coded, as :meth:`code_many` reports it: an unexpected exception inside a
        stage is wrapped, never let out raw."""
        check_text(article.id, article.text, max_bytes=self.settings.max_article_bytes)
        if not isinstance(article.published, date | None) or isinstance(
            article.published, datetime
        ):
            article = replace(article, published=as_date(article.published, article.id))
        try:
            return self.events_from_doc(article, self.nlp(article.text))
        except ArticleError:
            raise
        except Exception as error:  # noqa: BLE001 - the one-text API promises ArticleError
            raise _wrapped(article.id, error) from error

    def code_many(self, items: Iterable[Article | ArticleError]) -> Iterator[ArticleResult]:
        """Code a stream of articles in batches; one bad item yields an error result, not a crash.

        ``items`` may contain :class:`ArticleError` placeholders from the readers (an
        unreadable file): they pass through as error results, in order.
        """
        batch: list[Article | ArticleError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    # -- internals ------------------------------------------------------------------

    def _code_batch(self, batch: list[Article | ArticleError]) -> Iterator[ArticleResult]:
        checked: list[Article | ArticleError] = []
        for item in batch:
            if isinstance(item, Article):
                try:
                    check_text(item.id, item.text, max_bytes=self.settings.max_article_bytes)
                except ArticleError as error:
                    item = error
            checked.append(item)
        good = [item for item in checked if isinstance(item, Article)]
        docs = iter(self.nlp.pipe([a.text for a in good], batch_size=self.settings.batch_size))
        for item in checked:
            if isinstance(item, ArticleError):
                yield _error_result(item.item or "?", item)
                continue
            yield self._safe_events(item, next(docs))

    def _safe_events(self, article: Article, doc: Doc) -> ArticleResult:
        try:
            events = self.events_from_doc(article, doc)
        except ArticleError as error:
            return _error_result(article.id, error)
        except Exception as error:  # noqa: BLE001 - one article must never stop a batch
            return _error_result(article.id, _wrapped(article.id, error))
        return ArticleResult(article_id=article.id, events=tuple(events))

    def events_from_doc(self, article: Article, doc: Doc) -> list[Event]:
        """Run the post-NLP stages on a parsed document and build the output records."""
        return list(self.stages.code_doc(doc, article).events)


@dataclass(frozen=True, slots=True)
class DocCoding:
    """What the stages found in one document: its events, actor mentions and places.

    ``places`` are looked up only for a document with events (it is the costly stage).
    """

    events: tuple[Event, ...]
    actors: tuple[ActorMention, ...]
    places: tuple[PlaceMention, ...] = ()


class Stages:
    """The post-NLP stages (actors, events, dates, places), shared by :class:`Pipeline` and
    the spaCy ``"eventscope"`` component (:mod:`eventscope.nlp.components`).

    Example:
        >>> stages = Stages.load(load_settings())                     # doctest: +SKIP
        >>> stages.code_doc(nlp(text), Article(id="a", text=text)).events  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        codebook: Codebook,
        actors: ActorCoder,
        events: EventCoder,
        places: places_stage.PlaceResolver,
        domain: DomainCoder,
    ) -> None:
        self.codebook = codebook
        self.actors = actors
        self.events = events
        self.places = places
        self.domain = domain
        self._strings: dict[int, str] = {}  # words by string id, across documents (docmemo)

    @classmethod
    def load(
        cls,
        settings: Settings,
        *,
        codebook: Codebook | None = None,
        actors: ActorCoder | None = None,
        events: EventCoder | None = None,
        places: places_stage.PlaceResolver | None = None,
        domain: DomainCoder | None = None,
    ) -> Stages:
        """The stages given, else built by the factories in ``registry.stages`` from settings."""
        if codebook is None:
            codebook = Codebook.load(settings.codebook or None)

        def build(name: str) -> Any:
            return registry.stages.get(name)(settings=settings, codebook=codebook)

        return cls(
            codebook=codebook,
            actors=actors if actors is not None else build("actors"),
            events=events if events is not None else build("events"),
            places=places if places is not None else build("places"),
            domain=domain if domain is not None else build("domain"),
        )

    @within_memo_scope  # the stages share whole-document answers (nlp/docmemo.py)
    def code_doc(self, doc: Doc, article: Article) -> DocCoding:
        """Code one parsed document of ``article`` (its id and publication date are used)."""
        share_strings(doc, self._strings)
        mentions = self.actors.find(doc, on=article.published)
        implied = self.domain.may_imply(doc)  # "a man was found dead": no actor named
        if not mentions and not implied:
            return DocCoding(events=(), actors=())
        # Places before events when a role needs a country ("protesters ... in Haifa" are
        # Israeli); otherwise only once there are events to place (places cost the most).
        places = None
        if implied or any(needs_place(m) for m in mentions):
            places = self._places(doc, mentions, article.published)
            mentions = with_context_countries(doc, mentions, places)
        event_mentions = self.events.find(doc, mentions)
        event_mentions += self.domain.find(doc, mentions, event_mentions, places=places or ())
        guess = not event_mentions and not quiet_story(self.domain, doc)  # no guess on markets
        if guess and hasattr(self.events, "last_resort"):  # a plugin coder may not have one
            event_mentions = self.events.last_resort(doc, mentions)  # a guess of the classifier
        if not event_mentions:
            return DocCoding(events=(), actors=tuple(mentions), places=tuple(places or ()))
        places = places if places is not None else self._places(doc, mentions, article.published)
        event_mentions = self.domain.with_targets(doc, event_mentions, mentions, places=places)
        ranked = self.domain.ranked(doc, event_mentions)  # news first, each event told once
        event_mentions = background_last(doc, ranked, codebook=self.codebook)
        event_mentions = one_telling(doc, one_per_dyad(event_mentions))
        if hasattr(self.events, "main_events"):  # "complained over the raids": not the raids
            event_mentions = self.events.main_events(doc, event_mentions)
        event_mentions = with_crime_sector(doc, event_mentions, self.actors.rules.crime_cues)
        context = _DocContext(
            article=article,
            doc=doc,
            sents=list(sentences(doc)),
            times=dates_stage.find_time_expressions(doc, published=article.published),
            places=places,
            text=doc_text(doc),
        )
        events = tuple(self._build_event(context, mention) for mention in event_mentions)
        return DocCoding(events=events, actors=tuple(mentions), places=tuple(context.places))

    def _places(self, doc: Doc, actors: list[ActorMention], on: date | None) -> list[PlaceMention]:
        countries = anchor_countries(without_makers(doc, actors))  # not "a US-brokered deal"
        return states_on(self.places.find(doc, countries=countries), on)  # Moscow 1987: SUN

    def _build_event(self, context: _DocContext, mention: EventMention) -> Event:
        entry = self.codebook[mention.cameo]
        when = dates_stage.date_for_event(
            context.doc, mention, context.times, published=context.article.published
        )
        place, reason = places_stage.place_for_event(context.doc, mention, context.places)
        sent = context.sents[mention.sent_index]
        source, target = event_actors(mention, place, reason)  # a place may name the target
        return Event(
            article_id=context.article.id,
            **_event_date(when, context.article.published),
            source=source,
            target=target,
            cameo=entry.code,
            cameo_name=entry.name,
            root=entry.root,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            plover=entry.plover,
            location=place.place if place is not None else None,
            location_reason=reason,
            sentence=context.text[sent.start_char : sent.end_char].strip(),
            sentence_index=mention.sent_index,
            sentence_start=sent.start_char,
            confidence=round(mention.confidence, 3),
            trigger=doc_words(context.doc).span_text(mention.trigger_start, mention.trigger_end),
        )


def _event_date(when: TimeExpression | None, published: date | None) -> dict[str, Any]:
    """The event's own date from the text, else the publication date (see ``date_source``)."""
    if when is not None and when.date is not None:
        return {
            "date": when.date,
            "date_precision": when.precision,
            "date_source": "text",
            "end_date": when.end_date,
            "date_text": when.text,
        }
    if published is not None:
        return {"date": published, "date_precision": "day", "date_source": "published"}
    return {"date": None, "date_precision": None, "date_source": "none"}


def _wrapped(article_id: str, error: Exception) -> ArticleError:
    """An unexpected error while coding one article, as an :class:`ArticleError` naming it."""
    if isinstance(error, EventscopeError):
        return ArticleError(article_id, detail=f"cannot code the article: {error}")
    return ArticleError(article_id, detail=f"internal error while coding: {error!r}")


def _error_result(item: str, error: EventscopeError) -> ArticleResult:
    return ArticleResult(article_id=item, error=str(error), error_code=error.code)


# The built-in stage factories, as ``registry.stages`` finds them.
def actor_stage(*, settings: Settings, codebook: Codebook) -> ActorCoder:
    """The actor coder with the packaged dictionaries and the user's (setting ``actors``)."""
    return ActorCoder.load(options=ActorOptions(user_files=settings.actors))


def event_stage(*, settings: Settings, codebook: Codebook) -> EventCoder:
    """The event coder with the packaged patterns and the user's (setting ``patterns``)."""
    return EventCoder.load(codebook=codebook, patterns=settings.patterns)


def place_stage(*, settings: Settings, codebook: Codebook) -> places_stage.PlaceResolver:
    """The place resolver with its gazetteer cached in the setting ``cache_dir``."""
    return places_stage.PlaceResolver.load(cache_dir=settings.cache_dir)


def domain_stage(*, settings: Settings, codebook: Codebook) -> DomainCoder:
    """The event shapes of local conflict news (protests, clashes, unnamed attackers)."""
    return DomainCoder.load()


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process's default pipeline, built on first use from the user's settings."""
    return Pipeline()


def as_date(value: object, item: str) -> date | None:
    """``published`` as a ``date``: a date, a datetime (its day) or an ISO string.

    A caller passing "2020-08-20" got an internal error from the date stage; anything that
    is not a date is now refused up front with :class:`BadDateError` (E108).

        >>> as_date("2020-08-20", "a"), as_date(None, "a")
        (datetime.date(2020, 8, 20), None)
    """
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value, item=item)
    raise BadDateError(item, value=value)


def code_text(text: str, *, published: date | str | None = None) -> list[Event]:
    """Code one text with the process's default pipeline.

    Example:
        >>> events = code_text("China sent medical supplies to Azerbaijan on 3 April.",
        ...                    published=date(2020, 8, 20))   # doctest: +SKIP
    """
    return default_pipeline().code_text(text, published=published)
