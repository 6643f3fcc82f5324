"""The typed contracts between pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be tested,
replaced or run elsewhere (a Dask worker, a REST handler) without knowing the others.

Offsets: ``start``/``end`` named on a model are *character* offsets into the article
text (end exclusive) unless the field says ``token``. Countries are ISO 3166-1
alpha-3 codes as CAMEO uses them (``AZE``, ``CHN``); sectors are CAMEO agent codes
(``GOV``, ``MIL``, ...).

Example:
    >>> from datetime import date
    >>> Article(id="a1", text="Azerbaijan and China met.", published=date(2020, 8, 20)).id
    'a1'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .errors import is_skip

DatePrecision = Literal["day", "week", "month", "quarter", "season", "year", "decade"]
DateSource = Literal["text", "published", "none"]
# How an actor was resolved; a generic role ("police") records where its country came from:
# its own modifier ("Iraqi police"), the event's place, the dateline or the article's main country;
# "implied" is an actor the text implies but does not name (the unknown killer of "found dead").
Resolution = Literal[
    "dictionary", "title", "coreference", "collective", "user", "ner", "context",
    "modifier", "located", "place", "dateline", "article", "implied",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Article:
    """One news story to code. ``published`` anchors relative dates ("yesterday")."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts or is acted upon, as coded from one mention in the text.

    ``code`` is the CAMEO actor code: country + sector (``AZEGOV``), a pseudo-country
    code for actors with no country (``IGOUNO``, ``NGO``), or a sector alone.
    ``resolution`` says how the mention was resolved (dictionary, title, coreference...).
    """

    text: str
    start: int
    end: int
    country: str | None
    sector: str | None
    code: str
    name: str | None = None
    resolution: Resolution = "dictionary"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An :class:`Actor` anchored in a parsed document by *token* offsets.

    ``start``/``end`` are token indices into the spaCy ``Doc`` (end exclusive);
    ``sent_index`` is the index of the sentence in ``list(doc.sents)``. A collective
    reference ("the sides") may yield several mentions over the same tokens.
    """

    actor: Actor
    start: int
    end: int
    sent_index: int


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One entry of the CAMEO 1.1b3 event codebook with its PLOVER mapping."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class EventMention:
    """A coded clause before dating and geocoding: who did what to whom, where in the doc.

    ``trigger_start``/``trigger_end`` are token offsets of the event word(s) ("met",
    "sent ... to", "provocation"); ``source``/``target`` may be ``None`` when the
    clause names no such actor.
    """

    source: ActorMention | None
    target: ActorMention | None
    cameo: str
    trigger_start: int
    trigger_end: int
    sent_index: int
    confidence: float
    pattern: str = ""


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in text and normalised against the publication date.

    ``value`` is TIMEX3-style (``2020-07-12``, ``2020-07``, ``2020-W28``, ``PAST_REF``);
    ``date`` is the first day it denotes (``None`` for references such as PAST_REF),
    ``end_date`` the last day of a range ("April 3-23") when the text gives one.
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: DatePrecision | None
    date: dt.date | None
    end_date: dt.date | None = None
    sent_index: int = -1


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded location from the gazetteer (GeoNames ids and coordinates).

    ``admin1_code``: the GeoNames first-level division code ("TX", "09"); ``score``: how sure
    the resolver is that the name means this place (0-1; ``None`` when not resolved from text).
    """

    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    admin1_code: str | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name in the text (character offsets) and the place it resolved to, if any."""

    text: str
    start: int
    end: int
    place: Place | None
    sent_index: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """The output record: one coded event with its evidence. See README "Output contract"."""

    article_id: str
    date: dt.date | None
    date_precision: DatePrecision | None
    date_source: DateSource
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    location: Place | None
    sentence: str
    sentence_index: int
    confidence: float
    trigger: str = ""
    end_date: dt.date | None = None
    date_text: str | None = None
    location_reason: str | None = None
    sentence_start: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict following the output contract (dates as ISO strings)."""
        record = asdict(self)
        for key in ("date", "end_date"):
            value = record[key]
            record[key] = value.isoformat() if value is not None else None
        if not record["extra"]:
            del record["extra"]
        return record


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What coding one article produced: its events, or the error that stopped it."""

    article_id: str
    events: tuple[Event, ...] = ()
    error: str | None = None
    error_code: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def skipped(self) -> bool:
        """Not coded because it is not news text (a table, another language): not a failure."""
        return is_skip(self.error_code)
