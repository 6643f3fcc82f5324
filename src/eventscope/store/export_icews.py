"""Row layout of the ICEWS export: the 20 columns of the public ICEWS event files.

Values follow the ICEWS conventions rather than eventscope's internal codes:

* ``Source Name`` / ``Target Name``: the canonical actor name (``Aram Sargsyan`` for "Armenian
  Prime Minister Aram Sargsyan", ``United States`` for "U.S."); an actor named only by its
  country is the country's name; an unnamed group is ``<agent> (<country>)``, e.g.
  ``Military (Armenia)`` for "Armenian forces" (agents from ``data/export/icews_sectors.tsv``).
* ``Source Sectors`` / ``Target Sectors``: the ICEWS-style sector list of the CAMEO agent code
  (``COP`` → ``Police,Government``), same table.
* every country column: a country name from :func:`eventscope.countries.country_name` (no raw
  codes: ``SUN`` → ``Soviet Union``).
* ``Event Text``: the CAMEO event name; ``Intensity``: the Goldstein score; ``Sentence
  Number``: 1-based; ``City``: the place when it is a populated place; ``Province``: its
  first-order division; ``District``: empty (not recorded).

Example:
    >>> len(ICEWS_COLUMNS)
    20
    >>> actor_name({"source_name": None, "source_text": "Armenian forces",
    ...             "source_country": "ARM", "source_sector": "MIL"}, "source")
    'Military (Armenia)'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..countries import country_name, read_table

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)
# {where} is an EventFilter.where("e") clause: fixed SQL with ? placeholders only.
ICEWS_SQL = """
    SELECT e.*, a.source AS publisher FROM events e JOIN articles a ON a.id = e.article_id
    {where} ORDER BY e.date, e.id"""


@functools.cache
def sector_table() -> Mapping[str, tuple[str, str]]:
    """CAMEO agent code → (ICEWS-style agent name, sector list)."""
    rows = read_table("icews_sectors.tsv")
    return MappingProxyType({row[0]: (row[1], row[2] if len(row) > 2 else "") for row in rows})


def _is_country(name: str, code: str) -> bool:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    known = {country_name(code), code}
    if country is not None:
        known |= {country.name, getattr(country, "common_name", country.name)}
    return name.casefold() in {item.casefold() for item in known}


def actor_name(record: dict[str, Any], prefix: str) -> str:
    """The ICEWS-style name of the ``prefix`` (source/target) actor of a stored row."""
    name, country = record[f"{prefix}_name"], record[f"{prefix}_country"]
    if name:
        return country_name(country) if country and _is_country(name, country) else name
    agent = sector_table().get(record[f"{prefix}_sector"] or "", ("", ""))[0]
    if agent and country:
        return f"{agent} ({country_name(country)})"
    return agent or country_name(country) or (record[f"{prefix}_text"] or "")


def actor_sectors(sector: str | None) -> str:
    """CAMEO agent code → ICEWS-style sector list (``""`` when unknown or none)."""
    return sector_table().get(sector or "", ("", ""))[1]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


def icews_row(record: dict[str, Any]) -> list[str]:
    """One stored event (plus ``publisher``) → the 20 ICEWS cells."""
    feature = record["location_feature_code"] or ""
    city = record["location_name"] if feature.startswith("PPL") else None
    cells = [
        record["id"],
        record["date"].isoformat() if record["date"] else None,
        actor_name(record, "source") if record["source_code"] else None,
        actor_sectors(record["source_sector"]),
        country_name(record["source_country"]),
        record["cameo_name"],
        record["cameo"],
        record["goldstein"],
        actor_name(record, "target") if record["target_code"] else None,
        actor_sectors(record["target_sector"]),
        country_name(record["target_country"]),
        record["article_id"],
        int(record["sentence_index"]) + 1,
        record["publisher"],
        city,
        None,
        record["location_admin1"],
        country_name(record["location_country"]),
        record["location_lat"],
        record["location_lon"],
    ]
    return [_text(cell) for cell in cells]
