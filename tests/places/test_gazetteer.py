"""Gazetteer name folding, the one-edit test and the build-once cache (with a tiny index)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

from eventscope.places import gazetteer as gazetteer_module
from eventscope.places.gazetteer import Gazetteer
from eventscope.places.gazetteer.names import (
    normalise_name,
    one_edit_variants,
    within_one_edit,
)

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Xi’an", "Xian"),
        ("Xi'an", "XIAN"),
        ("Sumqayıt", "sumqayit"),
        ("Gəncə", "Ganca"),
        ("São Paulo", "Sao Paulo"),
        ("the Hague", "Hague"),
        ("Ivano-Frankivsk", "Ivano Frankivsk"),
    ],
)
def test_normalise_name_folds_spelling_variants(left: str, right: str) -> None:
    assert normalise_name(left) == normalise_name(right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("chudzhou", "chuzhou", True),
        ("chuzhou", "chuzhuo", True),  # adjacent transposition
        ("baku", "bakus", True),
        ("tovuz", "tovuz", True),
        ("chudzhou", "chongqing", False),
        ("paris", "parma", False),
    ],
)
def test_within_one_edit(left: str, right: str, expected: bool) -> None:
    assert within_one_edit(left, right) is expected


# Names of one bucket ("ka") and misspellings of them: the variants looked up must find
# exactly the names within_one_edit accepts.
_KA_NAMES = ("kabul", "kabal", "kabula", "kabu", "kaubl", "kandahar", "kandhar", "kano", "ka lu")


@pytest.mark.parametrize(
    "key", ["kabul", "kabull", "kbaul", "kandahr", "kanddahar", "kalu", "kano"]
)
def test_one_edit_variants_find_what_within_one_edit_accepts(key: str) -> None:
    alphabet = "".join(sorted(set("".join(_KA_NAMES))))
    variants = one_edit_variants(key, alphabet, start=2)
    found = {name for name in _KA_NAMES if name in variants}
    expected = {name for name in _KA_NAMES if name[:2] == key[:2] and within_one_edit(key, name)}
    assert found == expected


def test_fuzzy_lookup_keeps_index_order() -> None:
    from array import array

    index = _tiny_index("v") | {
        "name": ["Tovuz", "Tovur"],
        "country": ["AZE", "AZE"],
        "admin1": ["Tovuz", "Tovuz"],
        "admin_key": ["AZ.58", "AZ.58"],
        "fcode": ["PPL", "PPL"],
        "lat": array("d", [40.9, 41.0]),
        "lon": array("d", [45.6, 45.7]),
        "population": array("q", [12626, 2000]),
        "geonameid": array("q", [147622, 1]),
        "names": array("H", [9, 1]),
        "index": {"tovuz": (0,), "tovur": (1,)},
        "fuzzy": {"to": ("tovur", "tovuz")},
    }
    gazetteer = Gazetteer.from_index(index)
    # "tovus" is one letter off both: the index's order, not the order variants are made in.
    assert [c.place.name for c in gazetteer.fuzzy_lookup("Tovus")] == ["Tovur", "Tovuz"]
    index["fuzzy"] = {"to": ("tovuz", "tovur")}
    assert [c.place.name for c in Gazetteer.from_index(index).fuzzy_lookup("Tovus")] == [
        "Tovuz",
        "Tovur",
    ]


def _tiny_index(version: str) -> dict:
    from array import array

    return {
        "version": version,
        "name": ["Tovuz"],
        "country": ["AZE"],
        "admin1": ["Tovuz"],
        "admin_key": ["AZ.58"],
        "fcode": ["PPL"],
        "lat": array("d", [40.99249]),
        "lon": array("d", [45.62838]),
        "population": array("q", [12626]),
        "geonameid": array("q", [147622]),
        "names": array("H", [9]),
        "country_rows": {},
        "index": {"tovuz": (0,)},
        "fuzzy": {"to": ("tovuz",)},
    }


def test_cache_is_built_once_then_reused(tmp_path, monkeypatch) -> None:
    builds = []

    def fake_build() -> dict:
        builds.append(1)
        return _tiny_index(gazetteer_module.source_version())

    monkeypatch.setattr(gazetteer_module, "build_index", fake_build)
    first = Gazetteer.load(cache_dir=tmp_path)
    second = Gazetteer.load(cache_dir=tmp_path)
    assert len(builds) == 1
    assert [c.place.country for c in second.lookup("TOVUZ")] == ["AZE"]
    assert len(first) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [gazetteer_module.CACHE_FILE]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", None])
def test_damaged_or_outdated_cache_is_rebuilt(tmp_path, monkeypatch, damage) -> None:
    import pickle

    path = tmp_path / gazetteer_module.CACHE_FILE
    if damage is None:
        path.write_bytes(pickle.dumps(_tiny_index("old-version")))
    else:
        path.write_bytes(damage)
    wanted = gazetteer_module.source_version()
    monkeypatch.setattr(gazetteer_module, "build_index", lambda: _tiny_index(wanted))
    assert Gazetteer.load(cache_dir=tmp_path).version == wanted


def test_fuzzy_lookup_finds_one_edit_names(tmp_path, monkeypatch) -> None:
    wanted = gazetteer_module.source_version()
    monkeypatch.setattr(gazetteer_module, "build_index", lambda: _tiny_index(wanted))
    gazetteer = Gazetteer.load(cache_dir=tmp_path)
    assert [c.place.name for c in gazetteer.fuzzy_lookup("Tovuzz")] == ["Tovuz"]
    assert gazetteer.fuzzy_lookup("Tov") == ()
    assert "Tovuz" in gazetteer and "Baku" not in gazetteer


def test_fuzzy_lookup_caches_per_key_and_stays_bounded(tmp_path, monkeypatch) -> None:
    """The span finder and the ranker ask for the same unknown word: the second answer comes
    from the instance's cache, equal to the first, and the cache never outgrows its bound."""
    wanted = gazetteer_module.source_version()
    monkeypatch.setattr(gazetteer_module, "build_index", lambda: _tiny_index(wanted))
    monkeypatch.setattr(gazetteer_module, "FUZZY_CACHE_SIZE", 2)
    gazetteer = Gazetteer.load(cache_dir=tmp_path)
    first = gazetteer.fuzzy_lookup("Tovuzz")
    assert gazetteer.fuzzy_lookup("tovuzz") == first and first
    for word in ("Tovuzzz", "Tovvuz", "Tavuz", "Tovoz"):
        gazetteer.fuzzy_lookup(word)
    assert len(gazetteer._fuzzy_found) <= 2
    assert [c.place.name for c in gazetteer.fuzzy_lookup("Tovuzz")] == ["Tovuz"]


@pytest.mark.parametrize("asked", [("tovuz",), ("tovuz", "baku", "tovuz", "tovuz")])
def test_lookup_key_remembers_each_key_and_stays_bounded(monkeypatch, asked) -> None:
    """Each key's candidates are built once (the finders and rankers ask again), equal to a
    fresh gazetteer's; an unknown key gives no candidate; the memo never outgrows its bound."""
    monkeypatch.setattr(gazetteer_module, "KEY_CACHE_SIZE", 1)
    gazetteer = Gazetteer.from_index(_tiny_index("test"))
    answers = [gazetteer.lookup_key(key) for key in asked]
    fresh = Gazetteer.from_index(_tiny_index("test"))
    assert answers == [fresh.lookup_key(key) for key in asked]
    assert [[c.place.name for c in found] for found in answers] == [
        ["Tovuz"] if key == "tovuz" else [] for key in asked
    ]
    assert len(gazetteer._by_key) <= 1
    again = gazetteer.lookup_key(asked[-1])
    assert again == answers[-1] and all(a is b for a, b in zip(again, answers[-1], strict=True))


@pytest.mark.parametrize(
    "name", ["hints.toml", "country_aliases.tsv", "build.py", "columns.py", "names.py", "points.py"]
)
def test_an_edit_that_keeps_the_size_rebuilds_the_cache(tmp_path, monkeypatch, name) -> None:
    """Regression (issue 14): the key used file lengths, so a same-size edit of the curated
    data reused a stale index. Now a content hash of the data and of the build code."""
    from eventscope.places.gazetteer import build

    builds = []

    def fake_build() -> dict:
        builds.append(1)
        return _tiny_index(gazetteer_module.source_version())

    monkeypatch.setattr(gazetteer_module, "build_index", fake_build)
    Gazetteer.load(cache_dir=tmp_path)
    Gazetteer.load(cache_dir=tmp_path)
    assert len(builds) == 1
    read = build._data_bytes if name in build._CURATED else build._code_bytes
    original = read(name)
    edited = original.replace(b"a", b"e", 1)  # one letter changed, same size
    assert len(edited) == len(original) and edited != original
    reader = "_data_bytes" if name in build._CURATED else "_code_bytes"
    monkeypatch.setattr(build, reader, lambda n: edited if n == name else read(n))
    Gazetteer.load(cache_dir=tmp_path)
    assert len(builds) == 2


def test_a_gazetteer_pickles_with_its_remembered_lookups() -> None:
    """The candidate and one-edit memos (``BoundedMemo``) travel with the gazetteer."""
    import pickle

    gazetteer = Gazetteer.from_index(_tiny_index("test"))
    exact, fuzzy = gazetteer.lookup("Tovuz"), gazetteer.fuzzy_lookup("Tovuzz")
    assert [c.place.name for c in fuzzy] == ["Tovuz"]
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.lookup("Tovuz") == exact
    assert copy.fuzzy_lookup("Tovuzz") == fuzzy


def test_division_names_drop_a_leading_admin_word() -> None:
    from eventscope.places.gazetteer.build import _division_names, _division_words

    suffixes, prefixes = _division_words()
    assert _division_names("Muhafazat al Qarya", suffixes, prefixes) == [
        "Muhafazat al Qarya",
        "al Qarya",
    ]
    assert _division_names("Province d'Oukaba", suffixes, prefixes)[-1] == "Oukaba"
    assert _division_names("Province de la Tapoa Sud", suffixes, prefixes)[-1] == "Tapoa Sud"
    assert _division_names("Wilayat-e Nadir", suffixes, prefixes)[-1] == "Nadir"
    assert _division_names("Lakeland Shi", suffixes, prefixes) == ["Lakeland Shi", "Lakeland"]
    # a name that is only the admin word stays whole
    assert _division_names("Municipio", suffixes, prefixes) == ["Municipio"]
    # a prefix must be a whole word: "Citymore" is no "City of" anything
    assert _division_names("Citymore", suffixes, prefixes) == ["Citymore"]


def test_a_governorate_is_found_without_its_prefix(resolver) -> None:
    readings = resolver.gazetteer.lookup_key("al hudaydah")
    assert any(c.place.feature_code == "ADM1" and c.place.country == "YEM" for c in readings)
    assert all(not (c.place.name or "").lower().startswith("muhafazat") for c in readings)
