"""Row layout of the GDELT 2.0 export (see :mod:`eventscope.store.export`; ICEWS rows are in
:mod:`eventscope.store.export_icews`).

GDELT 2.0 event table (61 tab-separated columns, no header), one row per event cluster,
from the cluster's most confident event. Filled: GLOBALEVENTID (cluster id), SQLDATE,
MonthYear, Year, FractionDate, Actor1/2 Code, Name, CountryCode, Type1Code (CAMEO sector),
IsRootEvent (1 when the evidence is the article's first or second sentence), EventCode,
EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources,
NumArticles, ActionGeo_Type (1 country, 2 US state, 3 US place, 4 world place, 5 world
first-level division), FullName, CountryCode (FIPS 10-4), ADM1Code (FIPS country + division
code, "USTX"; empty where GeoNames' admin1 codes are not FIPS: see
:mod:`eventscope.places.gdelt`), Lat, Long, FeatureID (a GeoNames id, where GDELT uses
GNS/GNIS ids), DATEADDED (coding time, UTC), SOURCEURL (the article URL, or its id when it
has none).
Empty: Actor1/2 KnownGroupCode, EthnicCode, Religion1/2Code, Type2/3Code; AvgTone (no tone
model); Actor1Geo_* and Actor2Geo_* (actors are not geocoded); ActionGeo_ADM2Code.

Date precision: GDELT dates are days. An event dated only to a month or a year is written with
zeros for the unknown parts, as in the "00" day/month convention of historical event data sets:
SQLDATE ``YYYYMM00`` / ``YYYY0000``, MonthYear ``YYYYMM`` / ``YYYY00``; FractionDate is the middle
of the month or year. So a year-precision date is never a silent ``YYYY0101``, and readers that
parse SQLDATE as a date fail loudly instead of inventing January 1st.

Example:
    >>> len(GDELT_COLUMNS)
    61
    >>> date_cells(dt.date(1987, 1, 1), "year")
    ['19870000', '198700', '1987', '1987.5000']
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from ..places.gdelt import FipsTable

_ACTOR = (
    "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code "
    "Type1Code Type2Code Type3Code"
).split()
_GEO = "Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID".split()
GDELT_COLUMNS: tuple[str, ...] = (
    *"GLOBALEVENTID SQLDATE MonthYear Year FractionDate".split(),
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    *(
        "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale "
        "NumMentions NumSources NumArticles AvgTone"
    ).split(),
    *(f"Actor1Geo_{name}" for name in _GEO),
    *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED",
    "SOURCEURL",
)
# {where} is an EventFilter.where("e") clause: fixed SQL with ? placeholders only.
GDELT_SQL = """
    WITH picked AS (
        SELECT e.*, row_number() OVER (
            PARTITION BY e.cluster_id ORDER BY e.confidence DESC, e.id) AS pick
        FROM events e {where})
    SELECT p.*, c.num_mentions, c.num_articles, c.num_sources, a.url, a.coded_at
    FROM picked p
    JOIN clusters c ON c.cluster_id = p.cluster_id
    JOIN articles a ON a.id = p.article_id
    WHERE p.pick = 1
    ORDER BY p.date, p.cluster_id"""


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


def _actor_cells(record: dict[str, Any], prefix: str) -> list[str]:
    name = record[f"{prefix}_name"] or record[f"{prefix}_text"]
    cells = [record[f"{prefix}_code"], name and name.upper(), record[f"{prefix}_country"]]
    cells += [None] * 4 + [record[f"{prefix}_sector"], None, None]
    return [_text(cell) for cell in cells]


def date_cells(date: dt.date | None, precision: str | None = "day") -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate; unknown month/day parts are ``00``."""
    if date is None:
        return ["", "", "", ""]
    if precision == "year":
        return [f"{date.year}0000", f"{date.year}00", str(date.year), f"{date.year + 0.5:.4f}"]
    day_of_year = date.timetuple().tm_yday - 1
    if precision == "month":
        fraction = date.year + (day_of_year + 14.5) / 365.0
        sqldate = date.strftime("%Y%m") + "00"
    else:
        fraction = date.year + day_of_year / 365.0
        sqldate = date.strftime("%Y%m%d")
    return [sqldate, date.strftime("%Y%m"), str(date.year), f"{fraction:.4f}"]


@lru_cache(maxsize=1)
def _fips() -> FipsTable:
    return FipsTable.load()


def _action_geo(record: dict[str, Any]) -> list[str]:
    if record["location_name"] is None:
        return [""] * len(_GEO)
    geo_type, country, adm1 = _fips().geo(
        record["location_country"],
        record.get("location_admin1_code"),
        record["location_feature_code"],
    )
    cells = [geo_type, record["location_name"], country, adm1]
    cells += [None, record["location_lat"], record["location_lon"], record["location_geonameid"]]
    return [_text(cell) for cell in cells]


def gdelt_row(record: dict[str, Any]) -> list[str]:
    """One cluster's representative event (with cluster counts) → 61 GDELT cells."""
    cameo = record["cameo"]
    added = record["coded_at"]
    cells = [_text(record["cluster_id"]), *date_cells(record["date"], record["date_precision"])]
    cells += _actor_cells(record, "source") + _actor_cells(record, "target")
    cells += [
        "1" if record["sentence_index"] <= 1 else "0",
        cameo,
        cameo[:3],
        record["root"],
        _text(record["quad_class"]),
        _text(record["goldstein"]),
        _text(record["num_mentions"]),
        _text(record["num_sources"]),
        _text(record["num_articles"]),
        "",
    ]
    cells += [""] * (2 * len(_GEO)) + _action_geo(record)
    cells += [
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _text(record["url"] or record["article_id"]),
    ]
    return cells
