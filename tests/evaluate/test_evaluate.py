"""The evaluation harness: gold kinds, the team gold set, dev-set runs and the CLI."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.errors import DataFileError
from eventscope.evaluate import (
    DEV_SETS,
    TEAM_GOLD,
    EvaluateOptions,
    evaluate_dev_sets,
    evaluate_file,
    format_table,
    gold_kind,
    gold_to_system,
    score_records,
)
from eventscope.evaluate.system import SystemRunner, read_jsonl

ROOTS = [f"{number:02d}" for number in range(1, 21)]
MONTHS = (
    "January February March April May June July August September October November December"
).split()


class FakeRunner(SystemRunner):
    """A system that finds nothing, so harness tests need neither the model nor the stages."""

    def events(self, records):
        return {}

    def dates(self, records):
        return {}

    def places(self, records):
        return {}


@pytest.fixture(scope="module")
def team_gold():
    return read_jsonl(TEAM_GOLD)


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "kind"),
    [
        ({"id": "a", "text": "t", "events": []}, "events"),
        ({"id": "a", "text": "t", "label": 0}, "classes"),
        ({"id": "a", "expression": "Friday", "dct": "1998-08-08", "value": "x"}, "dates"),
        ({"id": "a", "text": "t", "toponyms": []}, "places"),
    ],
)
def test_gold_kind(record, kind):
    assert gold_kind([record]) == kind


def test_unknown_gold_format_is_a_data_error():
    with pytest.raises(DataFileError, match="unknown gold format"):
        gold_kind([{"id": "a", "text": "t"}])


def test_bad_jsonl_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.jsonl:2"):
        read_jsonl(path)
    assert len(read_jsonl(path, limit=1)) == 1


# -- the team gold set -------------------------------------------------------------


def test_team_gold_size_and_root_coverage(team_gold):
    roots = Counter(root for r in team_gold for e in r["events"] for root in e["roots"])
    assert sum(len(r["events"]) for r in team_gold) >= 150
    assert all(roots[root] >= 5 for root in ROOTS), roots
    assert set(roots) == set(ROOTS)
    assert any(not r["events"] for r in team_gold)
    assert any("\n\n" in r["text"] or r["text"].count(". ") >= 1 for r in team_gold)
    assert len({r["id"] for r in team_gold}) == len(team_gold)


def test_team_gold_events_are_well_formed(team_gold):
    for record in team_gold:
        published = date.fromisoformat(record["published"])
        for event in record["events"]:
            assert len(event["roots"]) == 1 and event["cameo"][0].startswith(event["roots"][0])
            when = date.fromisoformat(event["date"])
            assert when <= published, record["id"]
            # Dates are explicit in the text: "on March 3, 2021".
            assert f"{MONTHS[when.month - 1]} {when.day}, {when.year}" in record["text"]
            for side in ("source", "target"):
                assert all(re.fullmatch(r"[A-Z]{3}", key) for key in event[side]), record["id"]
            place = event["place"]
            assert place is None or re.fullmatch(r"[A-Z]{3}", place["country"])


def test_perfect_system_scores_one_on_team_gold(team_gold):
    system = gold_to_system(team_gold)
    row = score_records("team_gold", team_gold, system=system, runner=FakeRunner())[0]
    for metric in ("event_f1", "dyad_f1", "root_acc", "quad_acc", "sector_acc", "date_acc"):
        assert row[metric] == 1.0, metric
    assert row["place_country_acc"] == 1.0 and row["place_acc_25km"] == 1.0


def test_team_gold_copies_nothing_from_shared(team_gold, shared_dir):
    shared_text = []
    for name in ("plover_gsr_dev.jsonl", "glocon_dev.jsonl", "geo_lgl.jsonl", "geo_gwn.jsonl"):
        shared_text.extend(r["text"] for r in read_jsonl(shared_dir / "eval" / name))
    blob = "\n".join(shared_text)
    for record in team_gold:
        for sentence in re.split(r"(?<=\.)\s+", record["text"]):
            assert len(sentence) < 40 or sentence[:60] not in blob, record["id"]


# -- running sets ------------------------------------------------------------------


def test_evaluate_file_with_saved_system_output(tmp_path, team_gold):
    system = write_jsonl(tmp_path / "system.jsonl", gold_to_system(team_gold[:10]))
    options = EvaluateOptions(limit=10)
    rows = evaluate_file(TEAM_GOLD, system_path=system, options=options, runner=FakeRunner())
    assert rows[0]["dataset"] == "team_gold"
    assert rows[0]["texts"] == 10
    assert rows[0]["event_f1"] == 1.0


def test_dev_sets_without_shared_still_score_team_gold(tmp_path):
    options = EvaluateOptions(limit=5, shared=tmp_path / "absent")
    rows = evaluate_dev_sets(options, runner=FakeRunner())
    assert [row["dataset"] for row in rows] == ["team_gold", "dev sets"]
    assert rows[0]["event_r"] == 0.0
    assert "absent" in rows[1]["note"]
    assert "dev sets skipped" in format_table(rows)


def test_dev_sets_score_every_shared_set(shared_dir):
    options = EvaluateOptions(limit=3, shared=shared_dir)
    rows = evaluate_dev_sets(options, runner=FakeRunner())
    names = [row["dataset"] for row in rows]
    assert names[0] == "team_gold"
    for name in DEV_SETS:
        stem = name.removesuffix(".jsonl")
        assert stem in names or (stem.startswith("glocon") and "glocon_doc" in names)
    table = format_table(rows)
    assert table.count("\n") == len(rows)


def test_set_limits_override_the_global_limit():
    options = EvaluateOptions(limit=10, set_limits=(("geo_lgl", 3),))
    assert options.limit_for("geo_lgl") == 3
    assert options.limit_for("team_gold") == 10


# -- the CLI -----------------------------------------------------------------------


def test_cli_scores_a_system_file_as_json(tmp_path, team_gold):
    system = write_jsonl(tmp_path / "system.jsonl", gold_to_system(team_gold))
    result = CliRunner().invoke(
        main, ["evaluate", str(TEAM_GOLD), "--system", str(system), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["event_f1"] == 1.0 and rows[0]["gold_events"] >= 150


def test_cli_writes_suggested_floors(tmp_path, team_gold):
    system = write_jsonl(tmp_path / "system.jsonl", gold_to_system(team_gold))
    floors = tmp_path / "floors.json"
    args = ["evaluate", str(TEAM_GOLD), "--system", str(system), "--write-floors", str(floors)]
    result = CliRunner().invoke(main, [*args, "--margin", "0.05"])
    assert result.exit_code == 0, result.output
    assert json.loads(floors.read_text())["floors"]["team_gold"]["event_f1"] == 0.95


def test_cli_needs_a_gold_file_or_dev_sets():
    result = CliRunner().invoke(main, ["evaluate"])
    assert result.exit_code == 2
    assert "GOLD.jsonl" in result.output


def test_cli_reports_a_bad_gold_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(bad), "--system", str(bad)])
    assert result.exit_code == 1
    assert "E400" in result.output


def test_cli_system_output_goes_with_exactly_one_gold_file(tmp_path, team_gold):
    first = write_jsonl(tmp_path / "first.jsonl", [{**r, "events": []} for r in team_gold[:2]])
    second = write_jsonl(tmp_path / "second.jsonl", team_gold[2:4])
    result = CliRunner().invoke(main, ["evaluate", str(first), str(second), "--system", str(first)])
    assert result.exit_code == 2
    assert "exactly one" in result.output


def test_dev_sets_note_a_missing_team_gold(tmp_path):
    options = EvaluateOptions(shared=tmp_path, team_gold=tmp_path / "none.jsonl")
    rows = evaluate_dev_sets(options, runner=FakeRunner())
    assert rows[0] == {
        "dataset": "team_gold",
        "note": f"not scored: {tmp_path / 'none.jsonl'} is absent (give --team-gold FILE)",
    }


@pytest.mark.parametrize("split", ["tune", "check"])
def test_split_keeps_one_part_of_a_gold_file_by_id_hash(tmp_path, split):
    from eventscope.evaluate.split import split_of

    gold = tmp_path / "mini.jsonl"
    ids = [f"doc-{n}" for n in range(40)]
    lines = [
        {"id": i, "expression": "today", "dct": "2020-01-02", "value": "2020-01-02"} for i in ids
    ]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    system = tmp_path / "system.jsonl"
    system.write_text("".join(json.dumps({"id": i, "value": "2020-01-02"}) + "\n" for i in ids))
    options = EvaluateOptions(split=split)
    rows = evaluate_file(gold, system_path=system, options=options)
    expected = sum(split_of(i) == split for i in ids)
    assert 0 < expected < len(ids)
    assert rows[0]["items"] == expected


def test_split_parts_are_disjoint_and_cover_every_record():
    from eventscope.evaluate.split import select_split

    records = [{"id": f"r{n}"} for n in range(200)]
    tune = select_split(records, "tune")
    check = select_split(records, "check")
    assert {r["id"] for r in tune} | {r["id"] for r in check} == {r["id"] for r in records}
    assert not {r["id"] for r in tune} & {r["id"] for r in check}
    assert 70 < len(tune) < 130


def test_the_gold_sets_are_found_under_the_current_directory_not_the_package(tmp_path, monkeypatch):
    """Regression (issue 14 item 11): installed from a wheel there is no checkout around the
    package; evaluate finds tests/gold/ and ../shared from the current directory."""
    import eventscope.evaluate as evaluate_module

    monkeypatch.setattr(evaluate_module, "_CHECKOUT", tmp_path / "site-packages")
    work = tmp_path / "work"
    monkeypatch.chdir(tmp_path)
    assert evaluate_module.find_team_gold() is None
    assert evaluate_module.find_shared(work) is None
    (work / "tests" / "gold").mkdir(parents=True)
    (work / "tests" / "gold" / "team_gold.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "shared").mkdir()
    assert evaluate_module.find_team_gold(work) == work / "tests" / "gold" / "team_gold.jsonl"
    assert evaluate_module.find_shared(work) == tmp_path / "shared"


def test_cli_says_what_it_needs_when_no_gold_data_is_found(tmp_path, monkeypatch):
    import eventscope.evaluate as evaluate_module

    monkeypatch.setattr(evaluate_module, "_CHECKOUT", tmp_path / "site-packages")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["evaluate", "--dev-sets"])
    assert result.exit_code == 1
    assert "nothing was scored" in result.output
    for needed in ("--team-gold FILE", "--shared DIR", "GOLD.jsonl"):
        assert needed in result.output


def test_package_data_ships_no_development_files():
    """The wheel's package data: runtime data, the dashboard and licences; no code, no gold."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["eventscope"]
    package = root / "src" / "eventscope"
    shipped = {path for pattern in patterns for path in package.glob(pattern) if path.is_file()}
    assert shipped, patterns
    assert not [p for p in shipped if p.suffix in (".py", ".sh", ".ipynb") or "gold" in p.parts]
    assert package / "web" / "LICENSE-world-atlas.txt" in shipped
