"""Bad input at the command line: one error line, never a traceback (issue 14 item 12).

The subprocess tests run the installed ``eventscope`` script as a user would; the in-process
tests cover ``eventscope code`` (cli/code_cmd.py) with the real pipeline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventscope.cli import main

STORY = "Kenya accused Uganda of blocking trucks at the border on Monday.\n"
SCRIPT = Path(sys.executable).with_name("eventscope")


def _files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "header.csv").write_text("name,country\nKenyan army,KEN\n", encoding="utf-8")
    bad_date = "pattern,code,valid_from,valid_to\nKenyan army,KENMIL,yesterday,\n"
    (tmp_path / "date.csv").write_text(bad_date, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00bad")
    return {p.name: p for p in tmp_path.iterdir()}


CASES = [
    (["code", "--actors", "missing.csv", "story.txt"], {}, "missing.csv"),
    (["code", "--actors", "header.csv", "story.txt"], {}, "header.csv"),
    (["code", "--actors", "date.csv", "story.txt"], {}, "date.csv"),
    (["code", "--actors", "binary.txt", "story.txt"], {}, "binary.txt"),
    (["code", "story.txt"], {"EVENTSCOPE_ACTORS": "missing.csv"}, "missing.csv"),
    (["ingest", "--actors", "missing.csv", "--workers", "2", "--db", "x.duckdb", "story.txt"],
     {}, "missing.csv"),
    (["ingest", "--actors", "header.csv", "--db", "x.duckdb", "story.txt"], {}, "header.csv"),
]  # fmt: skip


@pytest.mark.skipif(not SCRIPT.exists(), reason="the eventscope script is not installed here")
@pytest.mark.parametrize(("args", "env", "named"), CASES)
def test_bad_user_files_give_one_error_line_and_no_traceback(
    tmp_path: Path, args: list[str], env: dict[str, str], named: str
) -> None:
    _files(tmp_path)
    run = subprocess.run(
        [str(SCRIPT), *args],
        cwd=tmp_path,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 1, (run.returncode, run.stderr)
    assert f"[E400] {named}:" in run.stderr, run.stderr
    assert run.stderr.count("\n") <= 2, run.stderr  # one error, not a dump


@pytest.fixture
def runner(nlp) -> CliRunner:
    """The real model is loaded once per session (``nlp``); the command reuses it."""
    return CliRunner()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_code_in_process_prints_the_events(runner, tmp_path: Path, fmt: str) -> None:
    paths = _files(tmp_path)
    result = runner.invoke(
        main, ["code", str(paths["story.txt"]), "--published", "2021-03-10", "--format", fmt]
    )
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        events = [json.loads(line) for line in result.stdout.splitlines()]
        assert [(e["source"]["code"][:3], e["target"]["code"][:3]) for e in events] == [
            ("KEN", "UGA")
        ]
        assert events[0]["date"] == "2021-03-08"
    else:
        assert "KEN" in result.stdout and "UGA" in result.stdout


def test_code_reports_a_bad_item_and_goes_on(runner, tmp_path: Path) -> None:
    paths = _files(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(main, ["code", str(empty), str(paths["story.txt"])])
    assert result.exit_code == 1
    assert f"error: [E101] {empty}:" in result.stderr
    assert '"KEN' in result.stdout  # the good file was still coded


def test_code_with_a_user_dictionary(runner, tmp_path: Path) -> None:
    paths = _files(tmp_path)
    actors = tmp_path / "actors.csv"
    actors.write_text("pattern,code,valid_from,valid_to\nBorder Watch,KENCOP,,\n", "utf-8")
    story = tmp_path / "watch.txt"
    story.write_text("Border Watch accused Uganda of smuggling on Monday.\n", encoding="utf-8")
    result = runner.invoke(main, ["code", "--actors", str(actors), str(story)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["source"]["code"] for line in result.stdout.splitlines()] == ["KENCOP"]
    assert paths["story.txt"].exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "2021-02-30"], "Invalid value for --published: [E108]"),
        (["--actors", "missing.csv"], "Error: [E400] missing.csv:"),
    ],
)
def test_code_option_errors_are_one_line(runner, tmp_path: Path, args, message) -> None:
    paths = _files(tmp_path)
    result = runner.invoke(main, ["code", *args, str(paths["story.txt"])])
    assert result.exit_code in (1, 2)
    assert message in result.stderr
    assert "Traceback" not in result.output
