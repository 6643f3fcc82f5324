"""The bundled sample articles and the demo: code them, store them, summarise the dyads.

``load_samples()`` reads ``eventscope/data/samples`` (original articles written for this
package, see its README) through importlib.resources, so it works from a wheel too.
``run_demo(pipeline, store)`` codes them (replacing any earlier demo run in the store) and
returns a :class:`DemoReport`; the ``eventscope demo`` command prints it.

Example:
    >>> [article.id for article in load_samples()][:2]
    ['aze-chn-consultations', 'geo-aze-railway']
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .analytics import DyadRow, KeyEvent, dyad_summary, key_events
from .errors import DataFileError
from .io.readers import parse_date
from .models import Article, Event
from .store import Store
from .store.ingest import Coder, IngestOptions, IngestReport, ingest


def load_samples() -> list[Article]:
    """The bundled sample articles, in index order, with id, date, title and outlet."""
    folder = resources.files("eventscope").joinpath("data", "samples")
    try:
        lines = folder.joinpath("index.jsonl").read_text(encoding="utf-8").splitlines()
        return [_sample(folder, json.loads(line)) for line in lines if line.strip()]
    except (OSError, ValueError, KeyError) as error:
        raise DataFileError("data/samples", detail=f"cannot read the samples: {error}") from error


def _sample(folder: Any, entry: dict[str, Any]) -> Article:
    text = folder.joinpath(entry["file"]).read_text(encoding="utf-8")
    return Article(
        id=entry["id"],
        text=text,
        published=parse_date(entry["published"], item=entry["file"]),
        title=entry.get("title"),
        source=entry.get("source"),
        url=entry.get("url"),
    )


@dataclass(frozen=True, slots=True)
class DemoReport:
    """What the demo coded: the ingest report, the events, the country pairs, key events."""

    ingest: IngestReport
    events: tuple[Event, ...]
    dyads: tuple[DyadRow, ...]
    key_events: tuple[KeyEvent, ...]

    def event_records(self) -> list[dict[str, Any]]:
        return [event.to_dict() for event in self.events]


def run_demo(pipeline: Coder, store: Store, *, articles: list[Article] | None = None) -> DemoReport:
    """Code ``articles`` (default: the bundled samples) with ``pipeline`` into ``store``."""
    articles = load_samples() if articles is None else articles
    report = ingest(pipeline, store, articles, options=IngestOptions(replace=True))
    events: list[Event] = []
    for article in articles:
        events.extend(store.events(article_id=article.id))
    return DemoReport(
        ingest=report,
        events=tuple(events),
        dyads=tuple(dyad_summary(store)),
        key_events=tuple(key_events(store, limit=10)),
    )
