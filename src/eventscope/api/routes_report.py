"""Report routes: the "why" brief of a country pair (the dashboard's panel above the chart)
and the paged table of real-world events (clusters), also as a CSV/JSON download.

``GET /api/dyads/{a}/{b}/brief`` returns :func:`eventscope.report.brief_json` of
:func:`eventscope.report.build_brief`: the series (every period, empty ones at zero), the turns
with their key events, evidence sentences, articles and partners. ``?format=html`` returns the
self-contained HTML page of ``eventscope brief --format html``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from ..report import BriefOptions, brief_json, build_brief, render_html
from ..report.html import STYLE_SOURCE
from ..store import queries
from ..store.filters import EventFilter
from . import params
from .routes_read import MAX_OFFSET, Country, MinConfidence, MinPlaceScore, Since, State, Until
from .security import CSP

router = APIRouter(prefix="/api", tags=["reports"])


@router.get("/dyads/{a}/{b}/brief", response_model=None)
def brief(
    state: State,
    a: Country,
    b: Country,
    by: Literal["week", "month", "quarter", "year"] = "month",
    since: Since = None,
    until: Until = None,
    turns: Annotated[int, Query(ge=1, le=12)] = 4,
    partners: Annotated[int, Query(ge=0, le=5, description="Partners per side.")] = 3,
    min_confidence: MinConfidence = None,
    format: Literal["json", "html"] = "json",
) -> dict[str, Any] | HTMLResponse:
    """How relations between ``a`` and ``b`` changed and why: the periods that moved most,
    their key events with evidence sentences and articles, the partners each side turned to."""
    first, second = params.country_code(a, "a"), params.country_code(b, "b")
    start, end = params.date_range(since, until)
    options = BriefOptions(
        since=start,
        until=end,
        by=by,
        turns=turns,
        partners_per_side=partners,
        min_confidence=min_confidence,
    )
    with state.store_access() as store:
        built = build_brief(store, first, second, options=options)
    if format == "html":
        # The page's one <style> element is allowed by its hash (the dashboard's CSP has
        # style-src 'self' only, which would leave the page unstyled).
        policy = CSP.replace("style-src 'self'", f"style-src 'self' {STYLE_SOURCE}")
        return HTMLResponse(render_html(built), headers={"Content-Security-Policy": policy})
    return brief_json(built)


MAX_DOWNLOAD = 10_000
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/clusters", response_model=None)
def clusters(
    state: State,
    country: Annotated[str | None, Query(max_length=3)] = None,
    a: Annotated[str | None, Query(max_length=3)] = None,
    b: Annotated[str | None, Query(max_length=3)] = None,
    directed: Annotated[bool, Query(description="Only events from a to b.")] = False,
    root: Annotated[str | None, Query(max_length=2)] = None,
    cameo: Annotated[str | None, Query(max_length=4)] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    place: Text = None,
    min_confidence: MinConfidence = None,
    min_place_score: MinPlaceScore = None,
    exclude_self: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 25,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    order: Literal["newest", "oldest", "articles"] = "newest",
    download: Literal["csv", "json"] | None = None,
) -> dict[str, Any] | Response:
    """Real-world events (one row per cluster) matching the filters of ``/api/events``, with
    each cluster's matching mentions and articles; ``download=csv|json`` returns up to
    10,000 rows from ``offset`` as a file (the dashboard's "export this view")."""
    filters = _filters(locals())
    size = MAX_DOWNLOAD if download else limit
    with state.store_access() as store:
        total, rows = queries.cluster_page(store, filters, order=order, limit=size, offset=offset)
    rows = [{**row, "date": _iso_date(row["date"])} for row in rows]
    if download is not None:
        return _download(rows, download)
    return {"total": total, "limit": limit, "offset": offset, "clusters": rows}


def _filters(query: dict[str, Any]) -> EventFilter:
    """The :class:`EventFilter` of the cluster and place routes' query parameters."""
    names = ("country", "a", "b", "root", "cameo", "since", "until", "text")
    return replace(
        params.event_filter(**{name: query[name] for name in names}),
        directed=query["directed"],
        quad_class=query["quad_class"],
        place=params.search_text(query.get("place")),
        min_confidence=query["min_confidence"],
        min_place_score=query["min_place_score"],
        exclude_self=query["exclude_self"],
    )


@router.get("/places", response_model=None)
def places(
    state: State,
    country: Annotated[str | None, Query(max_length=3)] = None,
    a: Annotated[str | None, Query(max_length=3)] = None,
    b: Annotated[str | None, Query(max_length=3)] = None,
    directed: bool = False,
    root: Annotated[str | None, Query(max_length=2)] = None,
    cameo: Annotated[str | None, Query(max_length=4)] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    min_confidence: MinConfidence = None,
    min_place_score: MinPlaceScore = None,
    exclude_self: bool = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 300,
) -> dict[str, Any]:
    """Where the events matching the filters happened: one row per place with its number of
    real-world events (the dashboard map; a marker click filters ``/api/clusters`` by
    ``place``)."""
    filters = _filters(locals())
    with state.store_access() as store:
        rows = queries.place_counts(store, filters, limit=limit)
    return {"places": rows}


def _download(rows: list[dict[str, Any]], kind: str) -> Response:
    if kind == "json":
        body, media = json.dumps(rows, ensure_ascii=False, indent=1), "application/json"
    else:
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        body, media = buffer.getvalue(), "text/csv; charset=utf-8"
    headers = {"Content-Disposition": f'attachment; filename="eventscope-events.{kind}"'}
    return Response(body, media_type=media, headers=headers)


def _iso_date(value: Any) -> Any:
    """A stored date as ISO text (other values pass through)."""
    return value.isoformat() if isinstance(value, dt.date) else value
