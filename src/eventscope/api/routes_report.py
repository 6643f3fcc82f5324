"""Report routes: the "why" brief of a country pair (the dashboard's panel above the chart).

``GET /api/dyads/{a}/{b}/brief`` returns :func:`eventscope.report.brief_json` of
:func:`eventscope.report.build_brief`: the series (every period, empty ones at zero), the turns
with their key events, evidence sentences, articles and partners. ``?format=html`` returns the
self-contained HTML page of ``eventscope brief --format html``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from ..report import BriefOptions, brief_json, build_brief, render_html
from . import params
from .routes_read import Country, MinConfidence, Since, State, Until

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
    min_confidence: MinConfidence = None,
    format: Literal["json", "html"] = "json",
) -> dict[str, Any] | HTMLResponse:
    """How relations between ``a`` and ``b`` changed and why: the periods that moved most,
    their key events with evidence sentences and articles, the partners each side turned to."""
    first, second = params.country_code(a, "a"), params.country_code(b, "b")
    start, end = params.date_range(since, until)
    options = BriefOptions(
        since=start, until=end, by=by, turns=turns, min_confidence=min_confidence
    )
    with state.store_access() as store:
        built = build_brief(store, first, second, options=options)
    if format == "html":
        return HTMLResponse(render_html(built))
    return brief_json(built)
