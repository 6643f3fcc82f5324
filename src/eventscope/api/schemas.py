"""Response and request bodies of the REST API (pydantic models, shown in the OpenAPI docs).

Event fields follow the package output contract (:meth:`eventscope.models.Event.to_dict`),
plus ``event_id``/``cluster_id`` from the store.

Example:
    >>> ArticleIn(text="Azerbaijan and China met.", published="2020-08-20").published
    datetime.date(2020, 8, 20)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

from pydantic import BaseModel, Field, create_model, field_validator

from ..analytics import PartnerRow, TimelineRow
from ..models import Actor, Event, Place
from .inputs import check_id, check_url, clean_text

# The library's own frozen dataclasses are the response shapes (pydantic validates and
# documents stdlib dataclasses), so the API cannot drift from the output contract.
ActorOut = Actor
PlaceOut = Place
TimelineRowOut = TimelineRow
PartnerOut = PartnerRow


def event_model(record: type[Event] = Event) -> type[BaseModel]:
    """The response model of one stored event: ``event_id``/``cluster_id`` and every field of
    ``record`` (``Event`` or a subclass), typed and defaulted as the dataclass declares them;
    nested dataclasses (``Actor``, ``Place``) stay themselves. ``extra`` is not shown."""
    hints = typing.get_type_hints(record)
    fields: dict[str, Any] = {"event_id": (int | None, None), "cluster_id": (int | None, None)}
    for field in dataclasses.fields(record):
        if field.name == "extra":
            continue
        default = ... if field.default is dataclasses.MISSING else field.default
        fields[field.name] = (hints[field.name], default)
    return create_model(f"{record.__name__}Out", **fields)


# Derived from the Event dataclass, so the API cannot drift from the output contract. mypy
# cannot check a model built at run time, hence the ignores where it is used as a type.
EventOut = event_model(Event)


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters (all pages).")
    limit: int
    offset: int
    events: list[EventOut]  # type: ignore[valid-type]


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
    event: EventOut  # type: ignore[valid-type]
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

    @field_validator("text", "title", "source")
    @classmethod
    def _clean(cls, value: str | None) -> str | None:
        return None if value is None else clean_text(value)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str | None) -> str | None:
        return None if value is None else check_id(value)


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
