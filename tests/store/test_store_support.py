"""Hand-made articles and events for the store, analytics and demo tests (no model needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventscope.models import Actor, Article, Event, Place

PLACES = {
    "Baku": Place("Baku", "AZE", "Baki", 40.38, 49.89, 587084, "PPLC", "09", 0.9),
    "Beijing": Place("Beijing", "CHN", "Beijing", 39.91, 116.40, 1816670, "PPLC"),
    "Tovuz": Place("Tovuz", "AZE", "Tovuz", 40.99, 45.63, 585557, "PPLA2", "53", 0.4),
}
ROOTS = {  # root: (code, name, quad class, goldstein)
    "04": ("040", "Consult", 1, 1.0),
    "07": ("070", "Provide aid", 2, 7.0),
    "19": ("190", "Use conventional military force", 4, -10.0),
    "11": ("111", "Criticize or denounce", 3, -2.0),
}


def actor(country: str | None, sector: str = "GOV") -> Actor:
    code = f"{country or ''}{sector}"
    return Actor(text=country or sector, start=0, end=3, country=country, sector=sector, code=code)


def make_event(
    source: str | None = "AZE",
    target: str | None = "CHN",
    *,
    root: str = "04",
    day: dt.date | None = dt.date(2020, 8, 19),
    place: str | None = None,
    article_id: str = "a1",
    sentence: str = "Azerbaijan and China held talks.",
    index: int = 0,
    **changes: Any,
) -> Event:
    code, name, quad, goldstein = ROOTS[root]
    values: dict[str, Any] = dict(
        article_id=article_id,
        date=day,
        date_precision="day" if day else None,
        date_source="text" if day else "none",
        source=actor(source) if source else None,
        target=actor(target) if target else None,
        cameo=code,
        cameo_name=name,
        root=root,
        quad_class=quad,
        goldstein=goldstein,
        plover="CONSULT" if root == "04" else None,
        location=PLACES[place] if place else None,
        location_reason=None if place else "no place in the clause",
        sentence=sentence,
        sentence_index=index,
        confidence=0.9,
        trigger="held talks",
    )
    values.update(changes)
    return Event(**values)


def make_article(
    article_id: str = "a1", text: str | None = None, source: str | None = "Wire"
) -> Article:
    return Article(
        id=article_id,
        text=text or f"Story {article_id}: Azerbaijan and China held talks.",
        published=dt.date(2020, 8, 20),
        title=f"Title {article_id}",
        source=source,
        url=f"https://example.org/{article_id}",
    )
