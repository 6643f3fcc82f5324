"""Output formats: JSONL keeps nesting, CSV and tables flatten it."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventscope.io.output import flatten, write_records

RECORDS = [
    {"date": "2020-08-19", "source": {"country": "AZE", "code": "AZEGOV"}, "cameo": "040"},
    {"date": None, "source": {"country": "CHN", "code": "CHN"}, "cameo": "070", "tags": ["a", "b"]},
]


def test_flatten_nested_and_lists() -> None:
    assert flatten(RECORDS[1]) == {
        "date": None,
        "source_country": "CHN",
        "source_code": "CHN",
        "cameo": "070",
        "tags": "a;b",
    }


def test_jsonl_round_trips() -> None:
    out = io.StringIO()
    assert write_records(RECORDS, "jsonl", out) == 2
    assert [json.loads(line) for line in out.getvalue().splitlines()] == RECORDS


def test_csv_has_union_header_and_empty_cells_for_none() -> None:
    out = io.StringIO()
    write_records(RECORDS, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["source_country"] == "AZE"
    assert rows[1]["date"] == ""
    assert rows[0]["tags"] == ""


@pytest.mark.parametrize("columns", [None, ("cameo", "source_code")])
def test_table_has_header_rule_and_one_line_per_row(columns: tuple[str, ...] | None) -> None:
    out = io.StringIO()
    write_records(RECORDS, "table", out, columns=columns)
    lines = out.getvalue().splitlines()
    assert len(lines) == 4
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "AZEGOV" in lines[2]


def test_table_without_rows_says_so() -> None:
    out = io.StringIO()
    write_records([], "table", out)
    assert out.getvalue() == "(no rows)\n"
