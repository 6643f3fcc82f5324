"""PLOVER JSON records (one per line) per the "Data Fields" chapter of the PLOVER manual.

Field names and types follow the manual's "PLOVER JSON" table (draft 0.8, 2021,
openeventdata/PLOVER ``PLOVER_MANUAL.tex``):

* ``id`` (string), ``date`` (``YYYY-MM-DD``), ``enddate`` when the event spans days;
* ``source`` / ``recipient``: lists of actor objects ``{code, sector, actor_text,
  identifier_text}`` (``code`` the 3-letter country or non-state code, ``identifier_text`` the
  canonical name) plus the extension ``cameo_code`` (``AZEGOV``); ``recipient`` is ``[]``
  when the event has none;
* ``event``, ``mode``, ``context``: lists of strings, from the CAMEO→PLOVER table
  (``data/cameo/cameo_codes.tsv``; 042 → ``["CONSULT"]``, mode ``["visit"]``);
* ``event_loc``: a GeoNames-style location object (``geonameid``, ``name``, ``latitude``,
  ``longitude``, ``feature class``, ``feature code``, ``country code`` (alpha-2), ``cc3``) plus
  the extension ``admin1 name``, or ``null``;
* ``event_text``: ``[evidence sentence]``; ``quad_code``: 1-4 by PLOVER type
  (``data/cameo/plover_types.tsv``); ``event_scale``: the Goldstein score;
* ``link``: ``cluster-<id>``, shared by every record of one real-world event;
* ``text_info`` ``{sequence, start, end}``; ``cite_info`` ``{citation, url, title,
  publication}``; ``coder``, ``coded_date``, ``coded_time``.

Extensions (allowed by the manual): ``date_precision`` (day, month or year: a month-precision
date is written as the first of the month), ``cameo_code``, ``confidence``. Records missing a
required field (``date``, ``source``, ``event``) are left out. The ``text`` field (full
story) is not written: the evidence sentence is in ``event_text``.

Example:
    >>> sorted(PLOVER_KEYS)[:4]
    ['cameo_code', 'cite_info', 'coded_date', 'coded_time']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

from .. import __version__
from ..countries import alpha2
from ..errors import DataFileError
from ..events.cameo import Codebook

PLOVER_KEYS = frozenset(
    {"id", "date", "enddate", "date_precision", "source", "recipient", "event", "mode"}
    | {"context", "event_loc", "event_text", "quad_code", "event_scale", "link", "text_info"}
    | {"cite_info", "coder", "coded_date", "coded_time", "cameo_code", "confidence"}
)
# {where} is an EventFilter.where("e") clause: fixed SQL with ? placeholders only.
PLOVER_SQL = """
    SELECT e.*, a.url, a.title, a.source AS publication, a.coded_at
    FROM events e JOIN articles a ON a.id = e.article_id
    {where} ORDER BY e.date, e.article_id, e.sentence_index, e.id"""


@functools.cache
def _quad_by_type() -> Mapping[str, str]:
    source = resources.files("eventscope") / "data" / "cameo" / "plover_types.tsv"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as error:
        raise DataFileError(detail=f"cannot read data/cameo/plover_types.tsv: {error}") from error
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return MappingProxyType({row[0]: row[1] for row in rows})


@functools.cache
def _codebook() -> Codebook:
    return Codebook.load()


def _values(text: str | None) -> list[str]:
    """``"crime; corruption"`` → ``["crime", "corruption"]``; ``None`` → ``[]``."""
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def _actor(record: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    code = record[f"{prefix}_code"]
    if code is None:
        return []
    top = record[f"{prefix}_country"] or code[:3]
    sector = record[f"{prefix}_sector"]
    actor = {
        "code": top,
        "sector": None if sector == top else sector,
        "actor_text": record[f"{prefix}_text"],
        "identifier_text": record[f"{prefix}_name"],
        "cameo_code": code,
    }
    return [actor]


def _feature_class(code: str | None) -> str | None:
    if not code:
        return None
    if code.startswith(("ADM", "PCL")):
        return "A"
    return "P" if code.startswith("PPL") else None


def _location(record: dict[str, Any]) -> dict[str, Any] | None:
    if record["location_name"] is None:
        return None
    country = record["location_country"]
    return {
        "geonameid": record["location_geonameid"],
        "name": record["location_name"],
        "latitude": record["location_lat"],
        "longitude": record["location_lon"],
        "feature class": _feature_class(record["location_feature_code"]),
        "feature code": record["location_feature_code"],
        "country code": alpha2(country),
        "cc3": country,
        "admin1 name": record["location_admin1"],
    }


def _quad(plover: str, record: dict[str, Any]) -> int:
    quad = _quad_by_type().get(plover, "cameo")
    return int(record["quad_class"]) if quad == "cameo" else int(quad)


def _citation(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "citation": record["article_id"],
        "url": record.get("url"),
        "title": record.get("title"),
        "publication": record.get("publication"),
    }


def plover_record(record: dict[str, Any]) -> dict[str, Any] | None:
    """A stored event row (plus article ``url``, ``title``, ``publication``, ``coded_at``) →
    a PLOVER record, or ``None`` when a required field (date, source, event type) is missing."""
    date, plover, source = record["date"], record["plover"], _actor(record, "source")
    if date is None or plover is None or not source:
        return None
    entry = _codebook().get(record["cameo"])
    coded = record.get("coded_at")
    sentence = record["sentence"]
    return {
        "id": str(record["id"]),
        "date": date.isoformat(),
        "enddate": record["end_date"].isoformat() if record["end_date"] else None,
        "date_precision": record["date_precision"],
        "source": source,
        "recipient": _actor(record, "target"),
        "event": [plover],
        "mode": _values(entry.plover_mode if entry else None),
        "context": _values(entry.plover_context if entry else None),
        "event_loc": _location(record),
        "event_text": [sentence],
        "quad_code": _quad(plover, record),
        "event_scale": float(record["goldstein"]),
        "link": None if record["cluster_id"] is None else f"cluster-{record['cluster_id']}",
        "text_info": {
            "sequence": record["sentence_index"],
            "start": record["sentence_start"],
            "end": record["sentence_start"] + len(sentence),
        },
        "cite_info": _citation(record),
        "coder": f"eventscope {__version__}",
        "coded_date": coded.date().isoformat() if coded else None,
        "coded_time": coded.time().isoformat(timespec="seconds") if coded else None,
        "cameo_code": record["cameo"],
        "confidence": float(record["confidence"]),
    }
