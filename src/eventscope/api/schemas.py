"""Response and request bodies of the REST API (pydantic models, shown in the OpenAPI docs).

Event fields follow the package output contract (:meth:`eventscope.models.Event.to_dict`),
plus ``event_id``/``cluster_id`` from the store.

Example:
    >>> ArticleIn(text="Azerbaijan and China met.", published="2020-08-20").published
    datetime.date(2020, 8, 20)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from ..analytics import PartnerRow, TimelineRow
from ..models import Actor, Place

# The library's own frozen dataclasses are the response shapes (pydantic validates and
# documents stdlib dataclasses), so the API cannot drift from the output contract.
ActorOut = Actor
PlaceOut = Place
TimelineRowOut = TimelineRow
PartnerOut = PartnerRow


class EventOut(BaseModel):
    event_id: int | None = None
    cluster_id: int | None = None
    article_id: str
    date: dt.date | None
    date_precision: str | None
    date_source: str
    end_date: dt.date | None = None
    date_text: str | None = None
    source: ActorOut | None
    target: ActorOut | None
    cameo: str
    cameo_name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    location: PlaceOut | None
    location_reason: str | None = None
    sentence: str
    sentence_index: int
    sentence_start: int = 0
    confidence: float
    trigger: str = ""


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters (all pages).")
    limit: int
    offset: int
    events: list[EventOut]


class Timeline(BaseModel):
    a: str
    b: str
    by: str
    rows: list[TimelineRowOut]


class Partners(BaseModel):
    country: str
    rank_by: str
    partners: list[PartnerOut]


class CountryOut(BaseModel):
    country: str
    events: int
    name: str = Field(default="", description="Short English name (AZE: Azerbaijan).")


class SpanOut(BaseModel):
    role: str = Field(description="source, target, trigger, date or place")
    start: int = Field(description="Character offset into the article text.")
    end: int
    label: str


class CodedEvent(BaseModel):
    event: EventOut
    spans: list[SpanOut]


class ArticleOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: dt.date | None
    text: str
    events: list[CodedEvent]


class ArticleIn(BaseModel):
    """An article to code and store. ``id`` defaults to a hash of the text."""

    text: str = Field(min_length=1)
    published: dt.date | None = Field(default=None, description="YYYY-MM-DD")
    id: str | None = Field(default=None, min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    replace: bool = Field(default=False, description="Re-code an article already stored.")


class Coded(BaseModel):
    article_id: str
    status: str = Field(description="inserted, replaced, unchanged or duplicate")
    article: ArticleOut | None


class Health(BaseModel):
    status: str
    version: str
    articles: int
    events: int
    writes: bool = Field(description="Whether POST /api/articles is enabled.")


def event_out(record: dict[str, Any]) -> dict[str, Any]:
    """An Event dict (``to_dict``) with the store ids lifted out of ``extra``."""
    extra = record.pop("extra", None) or {}
    record["event_id"] = extra.get("event_id")
    record["cluster_id"] = extra.get("cluster_id")
    return record
