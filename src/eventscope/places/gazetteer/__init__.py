"""The offline gazetteer: GeoNames places by normalised name, built once into the cache dir.

The index (about 190,000 countries, divisions and places of >= 1,000 people, 390,000 names;
and apart, 64,500 villages of 500-999 people: :meth:`Gazetteer.villages`) is built from PyPI
packages by :mod:`eventscope.places.gazetteer.build` the first time it is needed (about 15-30
s) and pickled to ``<cache_dir>/gazetteer-v1.pickle``; later loads take about a second. It is
rebuilt when the file is missing, unreadable or built from other source versions. Builders
write a temporary file and ``os.replace`` it, so concurrent processes never see a
half-written index.

Example:
    >>> gazetteer = Gazetteer.load(cache_dir="/tmp/eventscope-cache")   # doctest: +SKIP
    >>> [c.place.country for c in gazetteer.lookup("Xi’an")][:1]          # doctest: +SKIP
    ['CHN']
"""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import DataFileError
from ...memo import BoundedMemo
from ...models import Place
from .build import build_index, source_version
from .names import fuzzy_bucket, normalise_name, one_edit_variants

CACHE_FILE = "gazetteer-v1.pickle"
COUNTRY = "PCLI"
DIVISIONS = frozenset({"ADM1", "ADM2"})
AREAS = frozenset({"CONT", "RGN", "SEA", "GULF", "STRT", "OCN", "CNL", "ADMD", "PCLH"})
CANDIDATE_CACHE_SIZE = 50_000
FUZZY_CACHE_SIZE = 10_000
KEY_CACHE_SIZE = 20_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to, with what ranking needs."""

    place: Place
    population: int
    admin_key: str  # "CN.33" for places and divisions, "CN" for countries, "" for regions
    row: int
    names: int = 1  # how many names (all scripts) GeoNames knows: a proxy for prominence

    def __hash__(self) -> int:
        # Equal candidates share their row and place id; the generated hash read every field
        # of the place, for each of the ranker's cached lookups.
        return hash((self.row, self.place.geonameid))

    @property
    def is_country(self) -> bool:
        return self.place.feature_code == COUNTRY

    @property
    def is_division(self) -> bool:
        return self.place.feature_code in DIVISIONS

    @property
    def is_area(self) -> bool:
        """A region, sea, continent, disputed or historical area (not a town)."""
        return self.place.feature_code in AREAS

    @property
    def is_town(self) -> bool:
        """A populated place or a local feature: no country, division or area."""
        return not (self.is_country or self.is_division or self.is_area)


class Gazetteer:
    """Name -> candidate places. Build with :meth:`load` (cached) or :meth:`from_index`."""

    def __init__(self, index: dict[str, Any]) -> None:
        self._index = index
        self._names: dict[str, tuple[int, ...]] = index["index"]
        self._minor: dict[str, tuple[int, ...]] = index.get("minor", {})
        self._fuzzy: dict[str, tuple[str, ...]] = index["fuzzy"]
        self.version: str = index["version"]
        # Candidates built so far, by row: news repeats the same few hundred names.
        self._built: BoundedMemo[int, Candidate] = BoundedMemo(CANDIDATE_CACHE_SIZE)
        # Each key's candidates: the finders, the ranker and the containment rules ask for
        # the same names again (some 1,800 asks per 300 ACLED notes), each building a tuple.
        self._by_key: BoundedMemo[str, tuple[Candidate, ...]] = BoundedMemo(KEY_CACHE_SIZE)
        # Per fuzzy bucket, built on first use: each key's place in the bucket and the letters
        # its keys use. The one-edit variants of a word are looked up in it (see _one_edit).
        self._buckets: dict[str, tuple[dict[str, int], frozenset[str], str]] = {}
        # One-edit results by key: the span finder and the ranker both ask for the same
        # unknown word, and news repeats its misspellings.
        self._fuzzy_found: BoundedMemo[str, tuple[Candidate, ...]] = BoundedMemo(FUZZY_CACHE_SIZE)

    @classmethod
    def from_index(cls, index: dict[str, Any]) -> Gazetteer:
        return cls(index)

    @classmethod
    def load(cls, *, cache_dir: str | Path | None = None, rebuild: bool = False) -> Gazetteer:
        """Load the cached index from ``cache_dir``, building it first when needed."""
        directory = Path(cache_dir) if cache_dir else _default_cache_dir()
        path = directory / CACHE_FILE
        wanted = source_version()
        if not rebuild:
            index = _read_cache(path)
            if index is not None and index.get("version") == wanted:
                return cls(index)
        index = build_index()
        _write_cache(path, index)
        return cls(index)

    def __len__(self) -> int:
        return len(self._index["name"])

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalise_name(name) in self._names

    def has_key(self, key: str) -> bool:
        """Whether an already normalised key is a known name."""
        return key in self._names

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every entry whose name or alternate name normalises like ``name``."""
        return self.lookup_key(normalise_name(name))

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """Every entry of an already normalised key (:meth:`lookup` without normalising)."""
        return self._by_key.get(key, self._key_candidates)

    def _key_candidates(self, key: str) -> tuple[Candidate, ...]:
        return tuple(self._candidate(row) for row in self._names.get(key, ()))

    def villages(self, name: str) -> tuple[Candidate, ...]:
        """The villages of 500-999 people named ``name`` when no larger place is: the last
        resort of a name known neither as written nor in another spelling ("Pavlopil")."""
        key = normalise_name(name)
        if key in self._names:
            return ()
        return tuple(self._candidate(row) for row in self._minor.get(key, ()))

    def country(self, code: str | None) -> Candidate | None:
        """The country entry (``PCLI``) of an ISO alpha-3 code, or ``None``."""
        row = self._index.get("country_rows", {}).get(code) if code else None
        return self._candidate(row) if row is not None else None

    def fuzzy_lookup(self, name: str) -> tuple[Candidate, ...]:
        """Entries one edit away from ``name`` (countries, divisions, places >= 15,000 people).

        Only keys of five letters or more sharing the first two letters are compared, so
        "Chudzhou" finds Chuzhou but short words never drift to a town.
        """
        key = normalise_name(name)
        if len(key) < 5:
            return ()
        return self._fuzzy_found.get(key, self._one_edit)

    def _one_edit(self, key: str) -> tuple[Candidate, ...]:
        # The bucket's keys one edit away, in index order. Generating the key's variants and
        # looking them up finds the same keys as comparing it with every key of the bucket
        # (within_one_edit), about ten times faster on a large bucket.
        bucket = fuzzy_bucket(key)
        order, keys, alphabet = self._bucket(bucket)
        # Every key of the bucket starts with the bucket's letters: no edit before them.
        close = one_edit_variants(key, alphabet, start=len(bucket)) & keys  # a set operation
        close.discard(key)
        matches = sorted(close, key=order.__getitem__)
        return tuple(candidate for other in matches for candidate in self.lookup_key(other))

    def _bucket(self, bucket: str) -> tuple[dict[str, int], frozenset[str], str]:
        """The bucket's keys by their place in it, as a set, and the letters they use."""
        found = self._buckets.get(bucket)
        if found is None:
            keys = self._fuzzy.get(bucket, ())
            letters = "".join(sorted(set("".join(keys))))
            order = {k: i for i, k in enumerate(keys)}
            found = self._buckets[bucket] = (order, frozenset(keys), letters)
        return found

    def _candidate(self, row: int) -> Candidate:
        return self._built.get(row, self._make_candidate)

    def _make_candidate(self, row: int) -> Candidate:
        index = self._index
        geonameid = index["geonameid"][row]
        admin_key = index["admin_key"][row]
        place = Place(
            name=index["name"][row],
            country=index["country"][row],
            admin1=index["admin1"][row],
            lat=round(index["lat"][row], 5),
            lon=round(index["lon"][row], 5),
            geonameid=geonameid or None,
            feature_code=index["fcode"][row],
            admin1_code=admin_key.partition(".")[2] or None,
        )
        names = index["names"][row]
        return Candidate(place, index["population"][row], admin_key, row, names)


def _default_cache_dir() -> Path:
    from ...settings import default_cache_dir

    return default_cache_dir(os.environ)


def _read_cache(path: Path) -> dict[str, Any] | None:
    """The cached index, or ``None`` when it is absent or unreadable (then it is rebuilt)."""
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None  # a damaged cache is rebuilt, never trusted
    return index if isinstance(index, dict) else None


def _write_cache(path: Path, index: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise DataFileError(
            detail=f"cannot write the gazetteer cache {path}: {exc}; set cache_dir to a "
            "writable folder (EVENTSCOPE_CACHE_DIR)"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError as exc:
        raise DataFileError(
            detail=f"cannot write the gazetteer cache {path}: {exc}; set cache_dir to a "
            "writable folder (EVENTSCOPE_CACHE_DIR)"
        ) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)  # only left behind when writing failed
