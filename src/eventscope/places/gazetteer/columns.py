"""The column store the gazetteer builder fills: one list or array per field, plus the name
index and the fuzzy buckets (see :func:`~.build.build_index` for the frozen keys).

This module is build code: its content is part of the gazetteer cache key
(:func:`~.build.source_version`), so an edit here rebuilds the index.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from .names import fuzzy_bucket, is_latin_key, normalise_name

# Only places this big (and all countries/divisions) take part in fuzzy matching: a
# one-letter miss on a village name is more often a different word than a typo.
FUZZY_MIN_POPULATION = 15_000
MAX_NAMES = 65_535


class Columns:
    """Column store of gazetteer entries under construction."""

    def __init__(self) -> None:
        self.name: list[str] = []
        self.country: list[str | None] = []
        self.admin1: list[str | None] = []
        self.admin_key: list[str] = []
        self.fcode: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("q")
        self.geonameid = array("q")
        self.names = array("H")  # how many names the entry has: a proxy for prominence
        self.index: dict[str, list[int]] = defaultdict(list)
        # Villages' names (:data:`~.build.VILLAGES_FILE`): read only for names the index lacks.
        self.minor: dict[str, list[int]] = defaultdict(list)
        self.fuzzy: dict[str, set[str]] = defaultdict(set)

    def add(self, fields: dict[str, Any], names: Sequence[str], *, minor: bool = False) -> int:
        """Add one entry under its ``names``; ``minor``: a village, indexed apart (never fuzzy)."""
        row = len(self.name)
        for column in ("name", "country", "admin1", "admin_key", "fcode"):
            getattr(self, column).append(fields[column])
        self.lat.append(float(fields["lat"]))
        self.lon.append(float(fields["lon"]))
        self.population.append(int(fields.get("population") or 0))
        self.geonameid.append(int(fields.get("geonameid") or 0))
        # Every name in any script counts (``known_names``), not only the indexed ones.
        self.names.append(min(int(fields.get("known_names") or len(names)), MAX_NAMES))
        fuzzy = fields["fcode"] != "PPL" or self.population[row] >= FUZZY_MIN_POPULATION
        index = self.minor if minor else self.index
        for key in {normalise_name(name) for name in names}:
            if len(key) < 2 or not is_latin_key(key):
                continue
            index[key].append(row)
            if fuzzy and len(key) >= 5:
                self.fuzzy[fuzzy_bucket(key)].add(key)
        return row

    def freeze(self, version: str) -> dict[str, Any]:
        return {
            "version": version,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "admin_key": self.admin_key,
            "fcode": self.fcode,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "geonameid": self.geonameid,
            "names": self.names,
            "country_rows": {
                code: row
                for row, (code, fcode) in enumerate(zip(self.country, self.fcode, strict=True))
                if code and fcode == "PCLI"
            },
            "index": {key: tuple(rows) for key, rows in self.index.items()},
            "minor": {
                key: tuple(rows) for key, rows in self.minor.items() if key not in self.index
            },
            "fuzzy": {key: tuple(sorted(names)) for key, names in self.fuzzy.items()},
        }
