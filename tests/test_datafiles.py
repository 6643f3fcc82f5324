"""Rule data with a schema: a renamed or missing key stops the load naming file and key."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from eventscope.actors.rules import check_schema
from eventscope.datafiles import check_flags, check_keys, read_toml, tsv_rows
from eventscope.dates.lexicon import DateLexicon
from eventscope.errors import DataFileError


def _packaged(*parts: str) -> str:
    return resources.files("eventscope").joinpath("data", *parts).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("[months]", "[month]", r"lexicon.toml: missing key 'months'"),
        ("[shift]\nback", "[shift]\nbackward", r"lexicon.toml \[shift\]: missing key 'back'"),
        ("not_past =", "not_pasts =", r"\[tense\]: missing key 'not_past'"),
        ("[vague]\nwords", "[vague]\nword", r"\[vague\]: missing key 'words'"),
    ],
)
def test_a_broken_date_lexicon_names_the_key(tmp_path: Path, old, new, message) -> None:
    text = _packaged("dates", "lexicon.toml")
    assert old in text
    broken = tmp_path / "lexicon.toml"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        DateLexicon.load(broken)


def test_the_date_lexicon_copy_loads(tmp_path: Path) -> None:
    copy = tmp_path / "lexicon.toml"
    copy.write_text(_packaged("dates", "lexicon.toml"), encoding="utf-8")
    assert DateLexicon.load(copy) == DateLexicon.load()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("[modifiers]", "[modifier]", r"rules.toml: missing key 'modifiers'"),
        ("admin_words =", "admin =", r"rules.toml \[places\]: missing key 'admin_words'"),
        ('alternative = "USA"', 'alt = "USA"', r"\[ambiguous.georgia\]: missing key 'alter"),
    ],
)
def test_broken_actor_rules_name_the_key(old: str, new: str, message: str) -> None:
    text = _packaged("actors", "rules.toml")
    check_schema(tomllib.loads(text))  # the packaged file passes
    assert old in text
    with pytest.raises(DataFileError, match=message):
        check_schema(tomllib.loads(text.replace(old, new, 1)))


def test_check_keys_unknown_and_non_table() -> None:
    with pytest.raises(DataFileError, match=r"f.toml \[t\]: unknown key 'b' \(expected: a\)"):
        check_keys({"a": 1, "b": 2}, source="f.toml", required=("a",), where="[t]")
    with pytest.raises(DataFileError, match=r"f.toml: expected a table, found list"):
        check_keys([1], source="f.toml", required=())
    assert check_keys({"a": 1, "b": 2}, source="f", required=("a",), optional=None) == {
        "a": 1,
        "b": 2,
    }


def test_toml_and_tsv_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.toml is not valid TOML"):
        read_toml(bad, source=str(bad))
    with pytest.raises(DataFileError, match=r"cannot read nowhere.toml"):
        read_toml(tmp_path / "nowhere.toml", source="nowhere.toml")
    rows = list(tsv_rows("# c\n\na\tb \n", source="t.tsv", widths=(2,)))
    assert rows == [["a", "b"]]
    with pytest.raises(DataFileError, match=r"t.tsv line 2: expected 2 .* found 1"):
        list(tsv_rows("a\tb\nc\n", source="t.tsv", widths=(2,)))
    assert check_flags("-", source="t", known=(), lemma="x") == frozenset()
