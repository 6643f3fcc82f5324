"""The `eventscope dates` command, the record functions behind it, and the lexicon loader."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.dates.lexicon import DateLexicon
from eventscope.dates.records import normalise_lines, normalise_record
from eventscope.errors import BadDateError, BadRecordError, DataFileError

GOOD = {
    "id": "x1",
    "dct": "2020-08-20",
    "expression": "last Monday",
    "context": "They met last Monday.",
}


def _write(tmp_path, lines):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_output(tmp_path):
    path = _write(tmp_path, [json.dumps(GOOD)])
    result = CliRunner().invoke(main, ["dates", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"id": "x1", "value": "2020-08-17", "precision": "day"}


@pytest.mark.parametrize(("fmt", "header"), [("csv", "id,value,precision"), ("table", "id")])
def test_csv_and_table(tmp_path, fmt, header):
    path = _write(tmp_path, [json.dumps(GOOD)])
    result = CliRunner().invoke(main, ["dates", str(path), "--format", fmt])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith(header)
    assert "2020-08-17" in result.stdout


def test_bad_lines_are_reported_and_the_run_goes_on(tmp_path):
    lines = [
        "not json",
        json.dumps({**GOOD, "dct": "20/08/2020"}),
        json.dumps({**GOOD, "expression": ""}),
        json.dumps({**GOOD, "id": "x2"}),
    ]
    result = CliRunner().invoke(main, ["dates", str(_write(tmp_path, lines))])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["x2"]
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert all(f"in.jsonl:{n}" in line for n, line in zip((1, 2, 3), errors, strict=True))


def test_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["dates", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "cannot read" in result.stderr


@pytest.mark.parametrize(
    ("record", "error"),
    [
        ([1, 2], BadRecordError),
        ({"dct": "2020-08-20"}, BadRecordError),
        ({"dct": "2020-08-20", "expression": "Monday", "context": 3}, BadRecordError),
        ({"expression": "Monday"}, BadRecordError),
        ({"dct": "August", "expression": "Monday"}, BadDateError),
    ],
)
def test_bad_records_raise(record, error):
    with pytest.raises(error, match="line 9"):
        normalise_record(record, item="line 9")


def test_unknown_expression_gives_null_value():
    record = {"id": 7, "dct": "2020-08-20T10:00", "expression": "the committee"}
    assert normalise_record(record) == {"id": 7, "value": None, "precision": None}


def test_normalise_lines_skips_blank_lines():
    results = list(normalise_lines(["", json.dumps(GOOD), "  "]))
    assert results == [{"id": "x1", "value": "2020-08-17", "precision": "day"}]


def test_lexicon_errors_name_the_file(tmp_path):
    bad = tmp_path / "lexicon.toml"
    bad.write_text("months = 3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="lexicon.toml"):
        DateLexicon.load(bad)
    with pytest.raises(DataFileError, match="cannot read"):
        DateLexicon.load(tmp_path / "missing.toml")
