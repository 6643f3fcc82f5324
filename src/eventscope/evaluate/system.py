"""Running eventscope on gold texts (or reading a saved system output) for evaluation.

The :class:`SystemRunner` loads each stage lazily, once, through its public contract:
``Pipeline.code_many`` for events, ``dates.normalise`` for time expressions and
``PlaceResolver.find`` for places. Outputs are plain dicts, the shape the scorers read.

Example:
    >>> runner = SystemRunner()
    >>> gold = [{"id": "t1", "text": "China sent aid to Azerbaijan on 3 April.",
    ...          "published": "2020-04-04"}]
    >>> events = runner.events(gold)                            # doctest: +SKIP
    >>> sorted(events)                                          # doctest: +SKIP
    ['t1']
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BadDateError, DataFileError
from ..models import Article

if TYPE_CHECKING:
    from spacy.language import Language

    from ..pipeline import Pipeline
    from ..places import PlaceResolver
    from ..settings import Settings

Record = Mapping[str, Any]


def read_jsonl(path: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` JSON objects of a JSONL file (all when ``limit`` is None)."""
    try:
        with Path(path).open(encoding="utf-8") as stream:
            # islice stops reading at the limit: lines after it are neither read nor parsed
            filled = ((number, line) for number, line in enumerate(stream, start=1) if line.strip())
            return [_parse_line(path, number, line) for number, line in islice(filled, limit)]
    except OSError as exc:
        raise DataFileError(str(path), detail=f"cannot read the file: {exc}") from exc


def _parse_line(path: str | Path, number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{path}:{number}", detail=f"not valid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise DataFileError(f"{path}:{number}", detail="each line must be a JSON object")
    return record


def parse_date(value: str | None, *, item: str = "date") -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise BadDateError(item, value=value) from exc


def group_by(records: Sequence[Record], key: str) -> dict[str, list[Record]]:
    """System records grouped by ``key`` (``article_id`` for events and places)."""
    grouped: dict[str, list[Record]] = {}
    for record in records:
        grouped.setdefault(str(record.get(key)), []).append(record)
    return grouped


def coded_events(
    records: Sequence[Record], *, system: Path | None = None, save: Path | None = None
) -> Mapping[str, Sequence[Record]]:
    """Event dicts by article id for ``records``: read from the JSONL file ``system`` (events
    saved before, e.g. by ``save``) or coded now with the real pipeline; written to ``save``
    when given, one event per line. The error-listing tools share this.

    Example:
        >>> coded_events([], system=None)
        {}
    """
    if system is not None:
        return group_by(read_jsonl(system), "article_id")
    events = SystemRunner().events(records) if records else {}
    if save is not None:
        with save.open("w", encoding="utf-8") as out:
            for found in events.values():
                out.writelines(json.dumps(e) + "\n" for e in found)
    return events


class SystemRunner:
    """Runs the real stages on gold records; each stage is loaded on first use."""

    def __init__(self, *, settings: Settings | None = None) -> None:
        self._settings = settings
        self._pipeline: Pipeline | None = None
        self._resolver: PlaceResolver | None = None
        self.errors: list[str] = []

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from ..settings import load_settings

            self._settings = load_settings()
        return self._settings

    @property
    def nlp(self) -> Language:
        from ..nlp import load_nlp

        return load_nlp(self.settings.model)

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from ..pipeline import Pipeline

            self._pipeline = Pipeline(settings=self.settings, nlp=self.nlp)
        return self._pipeline

    def events(self, records: Sequence[Record]) -> dict[str, list[dict[str, Any]]]:
        """Code each gold text; returns event dicts by article id (errors kept in ``errors``)."""
        articles = (
            Article(
                id=str(r["id"]),
                text=str(r["text"]),
                published=parse_date(r.get("published"), item=str(r["id"])),
            )
            for r in records
        )
        coded: dict[str, list[dict[str, Any]]] = {}
        for result in self.pipeline().code_many(articles):
            if result.error:
                self.errors.append(result.error)
            coded[result.article_id] = [event.to_dict() for event in result.events]
        return coded

    def dates(self, records: Sequence[Record]) -> dict[str, str | None]:
        """Normalise each gold expression against its document date."""
        from ..dates import normalise

        values: dict[str, str | None] = {}
        for record in records:
            dct = parse_date(record["dct"], item=str(record["id"]))
            if dct is None:
                raise DataFileError(str(record["id"]), detail="a date record needs a dct")
            context = record.get("text_context") or record.get("context")
            values[record["id"]] = normalise(record["expression"], dct=dct, context=context).value
        return values

    def places(self, records: Sequence[Record]) -> dict[str, list[dict[str, Any]]]:
        """Find and geocode place mentions in each gold text (no actor countries given)."""
        from ..nlp import parse_many
        from ..places import place_record

        if self._resolver is None:
            from ..places.record import output_resolver

            self._resolver = output_resolver(self.settings.cache_dir)
        found: dict[str, list[dict[str, Any]]] = {}
        docs = parse_many(self.nlp, (str(r["text"]) for r in records))
        for record, doc in zip(records, docs, strict=True):
            mentions = self._resolver.find(doc, countries=())
            found[record["id"]] = [place_record(record["id"], m) for m in mentions]
        return found
