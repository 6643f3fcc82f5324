"""Event filters for store queries, turned into a WHERE clause with bound parameters only.

Every value goes into the parameter list; the SQL text is built from fixed fragments, so a
filter can never inject SQL.

Example:
    >>> sql, params = EventFilter(country="AZE", root="04").where()
    >>> sql
    'WHERE (source_country = ? OR target_country = ?) AND root = ?'
    >>> params
    ['AZE', 'AZE', '04']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .schema import PAIR_COLUMN, pair_key


def like_pattern(text: str) -> str:
    """``text`` as a literal ``LIKE`` pattern matching it anywhere (``ESCAPE '\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _country(value: str, name: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ConfigError(detail=f"{name} {value!r} is not an ISO alpha-3 country code (AZE, CHN)")
    return code


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which events to select. ``None`` means no condition on that field.

    ``dyad`` matches both directions unless ``directed`` (then source=dyad[0],
    target=dyad[1]); ``cameo`` is a code prefix ("04" = all consultations, "042" = visits);
    ``text`` is a case-insensitive substring of the evidence sentence; ``since``/``until``
    are inclusive event dates; ``place`` is an exact place name; ``min_confidence`` keeps
    events coded with at least that confidence (0-1); ``exclude_self`` drops events whose
    source and target country are the same (domestic events); ``min_place_score`` keeps
    events whose place was resolved at least this sure (0-1; events without a place or a
    score are dropped); ``limit`` caps the rows (listings are oldest first).
    """

    country: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    root: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    article_id: str | None = None
    place: str | None = None
    min_confidence: float | None = None
    exclude_self: bool = False
    min_place_score: float | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ConfigError(detail=f"limit must be >= 0, not {self.limit}")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise ConfigError(detail=f"quad_class must be 1-4, not {self.quad_class}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(detail=f"min_confidence must be 0-1, not {self.min_confidence}")
        if self.min_place_score is not None and not 0.0 <= self.min_place_score <= 1.0:
            raise ConfigError(detail=f"min_place_score must be 0-1, not {self.min_place_score}")
        if self.dyad is not None and len(self.dyad) != 2:
            raise ConfigError(detail=f"dyad needs two country codes, not {self.dyad!r}")

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """``("WHERE ...", params)`` (or ``("", [])``); ``alias`` prefixes column names."""
        p = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []
        if self.country is not None:
            clauses.append(f"({p}source_country = ? OR {p}target_country = ?)")
            code = _country(self.country, "country")
            params += [code, code]
        if self.dyad is not None:
            a, b = (_country(code, "dyad country") for code in self.dyad)
            if self.directed:
                clauses.append(f"({p}source_country = ? AND {p}target_country = ?)")
                params += [a, b]
            else:
                clauses.append(f"{p}{PAIR_COLUMN} = ?")
                params.append(pair_key(a, b))
        simple = (
            ("root", self.root),
            ("quad_class", self.quad_class),
            ("article_id", self.article_id),
            ("location_name", self.place),
        )
        for column, value in simple:
            if value is not None:
                clauses.append(f"{p}{column} = ?")
                params.append(value)
        clauses, params = self._ranges(p, clauses, params)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def _ranges(self, p: str, clauses: list[str], params: list[Any]) -> tuple[list[str], list[Any]]:
        if self.cameo is not None:
            clauses.append(f"{p}cameo LIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.cameo.strip())[1:])
        if self.since is not None:
            clauses.append(f"{p}date >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append(f"{p}date <= ?")
            params.append(self.until)
        if self.text is not None:
            clauses.append(f"{p}sentence ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.text))
        if self.min_confidence is not None:
            clauses.append(f"{p}confidence >= ?")
            params.append(self.min_confidence)
        if self.exclude_self:
            clauses.append(f"{p}source_country IS DISTINCT FROM {p}target_country")
        if self.min_place_score is not None:
            clauses.append(f"{p}location_score >= ?")
            params.append(self.min_place_score)
        return clauses, params
