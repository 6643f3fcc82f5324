"""Read routes: health, countries, events, dyad timeline, partners, one article.

Every filter goes through :mod:`eventscope.api.params` (clear 400s) and into SQL as a bound
parameter (:class:`~eventscope.store.filters.EventFilter`); the SQL is in
:mod:`eventscope.store.queries`.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..analytics import dyad_timeline, partners
from ..countries import country_name
from ..store import Store, queries
from . import params
from .errors import NotFoundError
from .records import event_json
from .schemas import (
    ArticleOut,
    CountryOut,
    EventPage,
    Health,
    Partners,
    Timeline,
    event_out,
)
from .spans import event_spans
from .state import ApiState

router = APIRouter(prefix="/api", tags=["events"])
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000
Since = Annotated[str | None, Query(max_length=10, description="First event date YYYY-MM-DD.")]
Until = Annotated[str | None, Query(max_length=10, description="Last event date YYYY-MM-DD.")]
Country = Annotated[str, Path(max_length=3, description="ISO alpha-3 code, e.g. AZE.")]
Count = Annotated[
    Literal["events", "mentions"],
    Query(description="Count real-world events (clusters) or every mention."),
]
MinConfidence = Annotated[
    float | None, Query(ge=0.0, le=1.0, description="Leave out events coded with less (0-1).")
]
MinPlaceScore = Annotated[
    float | None,
    Query(ge=0.0, le=1.0, description="Leave out events placed less surely (0-1) or unplaced."),
]


async def get_state(request: Request) -> ApiState:
    # async: a sync dependency would cost every request a hop through the thread pool.
    state: ApiState = request.app.state.eventscope
    return state


State = Annotated[ApiState, Depends(get_state)]


@router.get("/health", response_model=Health)
async def health(state: State) -> dict[str, Any]:
    """Liveness and store size (counts at most a few seconds old, see ``CachedRead``).

    Answered on the event loop from the cached counts, so it stays fast under load; only a
    missing count (at start, after a write) is read from the store, in the thread pool.
    """
    counts = state.counts.cached()
    if counts is None:
        counts = await run_in_threadpool(state.counts.get)
    articles, events = counts
    return {
        "status": "ok",
        "version": __version__,
        "articles": articles,
        "events": events,
        "writes": state.writable,
    }


@router.get("/countries", response_model=list[CountryOut])
async def countries(state: State) -> list[dict[str, Any]]:
    """Countries with stored events (as source or target), busiest first (counts at most
    a few seconds old: every dashboard page asks for them, and they cost a full scan)."""
    rows = state.countries.cached()
    if rows is None:
        rows = await run_in_threadpool(state.countries.get)
    return [{**row, "name": country_name(row["country"])} for row in rows]


@router.get("/events", response_model=EventPage)
def events(
    state: State,
    country: Annotated[str | None, Query(max_length=3, description="Either actor (AZE).")] = None,
    a: Annotated[str | None, Query(max_length=3, description="Dyad: first country.")] = None,
    b: Annotated[str | None, Query(max_length=3, description="Dyad: second country.")] = None,
    root: Annotated[str | None, Query(max_length=2, description="CAMEO root (04).")] = None,
    cameo: Annotated[str | None, Query(max_length=4, description="CAMEO prefix (042).")] = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(max_length=200, description="Sentence substring.")] = None,
    min_confidence: MinConfidence = None,
    min_place_score: MinPlaceScore = None,
    exclude_self: Annotated[
        bool, Query(description="Leave out events within one country.")
    ] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    order: Literal["newest", "oldest"] = "newest",
) -> dict[str, Any]:
    """Stored events matching the filters (those of ``eventscope events``), one page."""
    filters = replace(
        params.event_filter(
            country=country, a=a, b=b, root=root, cameo=cameo, since=since, until=until, text=text
        ),
        min_confidence=min_confidence,
        min_place_score=min_place_score,
        exclude_self=exclude_self,
    )
    with state.store_access() as store:
        total, rows = queries.event_page_with_total(
            store, filters, order=order, limit=limit, offset=offset
        )
    records = [event_json(row) for row in rows]
    return {"total": total, "limit": limit, "offset": offset, "events": records}


@router.get("/dyads/{a}/{b}/timeline", response_model=Timeline)
def timeline(
    state: State,
    a: Country,
    b: Country,
    by: Literal["day", "week", "month", "quarter", "year"] = "month",
    since: Since = None,
    until: Until = None,
    directed: bool = False,
    count: Count = "events",
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    """Events between two countries per period, split by QuadClass, with the Goldstein mean.

    ``count=events`` (default) counts real-world events (clusters), with ``mentions`` beside."""
    first, second = params.country_code(a, "a"), params.country_code(b, "b")
    start, end = params.date_range(since, until)
    with state.store_access() as store:
        rows = dyad_timeline(
            store,
            first,
            second,
            by=by,
            since=start,
            until=end,
            directed=directed,
            count=count,
            min_confidence=min_confidence,
        )
    return {"a": first, "b": second, "by": by, "rows": [asdict(row) for row in rows]}


@router.get("/countries/{c}/partners", response_model=Partners)
def country_partners(
    state: State,
    c: Country,
    rank_by: Literal["events", "cooperation", "conflict"] = "events",
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    count: Count = "events",
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    """The countries ``c`` interacts with, ranked by volume, cooperation or conflict."""
    code = params.country_code(c, "country")
    start, end = params.date_range(since, until)
    with state.store_access() as store:
        rows = partners(
            store,
            code,
            rank_by=rank_by,
            since=start,
            until=end,
            limit=limit,
            count=count,
            min_confidence=min_confidence,
        )
    return {"country": code, "rank_by": rank_by, "partners": [asdict(row) for row in rows]}


@router.get("/articles/{article_id}", response_model=ArticleOut)
def article(
    state: State, article_id: Annotated[str, Path(min_length=1, max_length=200)]
) -> dict[str, Any]:
    """One stored article: its text, coded events and evidence spans (character offsets)."""
    with state.store_access() as store:
        found = article_view(store, article_id)
    if found is None:
        raise NotFoundError(detail=f"no stored article with id {article_id!r}")
    return found


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """The ``GET /api/articles/{id}`` body, or ``None`` when the article is not stored."""
    found = queries.article_record(store, article_id)
    if found is None:
        return None
    coded = []
    for event in store.events(article_id=article_id):
        coded.append(
            {"event": event_out(event.to_dict()), "spans": event_spans(found["text"], event)}
        )
    return {**found, "events": coded}
