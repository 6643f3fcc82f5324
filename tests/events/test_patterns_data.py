"""Rule data with a schema: broken pattern files stop the load naming the file and key;
user pattern files (setting ``patterns``) extend the packaged verbs and nouns."""

from __future__ import annotations

import shutil
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from eventscope.errors import DataFileError
from eventscope.events import EventCoder
from eventscope.events.patterns import PatternBook
from eventscope.pipeline import Pipeline
from eventscope.settings import load_settings


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged data/events folder."""
    source = resources.files("eventscope").joinpath("data", "events")
    folder = tmp_path / "events"
    folder.mkdir()
    for name in ("verbs.tsv", "nouns.tsv", "frames.toml"):
        (folder / name).write_text(source.joinpath(name).read_text(encoding="utf-8"))
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}: the test no longer edits anything"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_copy_loads_like_the_packaged_data(data_copy: Path) -> None:
    assert PatternBook.load(folder=data_copy) == PatternBook.load()


BROKEN = [  # (file, text, replaced by, the error message says)
    ("frames.toml", "light_verbs =", "light_verb =", r"\[words\]: missing key 'light_verbs'"),
    ("frames.toml", "[frame_verbs]", "[frame_verb]", r"frames.toml: missing key 'frame_verbs'"),
    ("frames.toml", "[frame_verbs]", "[frame_verbs]\nplot = 'x'", r"'plot' has unknown kind 'x'"),
    ("frames.toml", "[codes.threat]", "[codes.threats]", r"\[codes\]: missing key 'threat'"),
    ("frames.toml", 'negations = ["not"', 'negations = [1, "not"', r"'words.negations' must be"),
    ("frames.toml", '[codes.fact]\n"*"', '[codes.fact]\n"01"', r"\[codes.fact\]: missing key '\*'"),
    ("frames.toml", "[frame_verbs]", "[frame_verbs", r"frames.toml is not valid TOML"),
    ("verbs.tsv", "warn\t012\t-\t-\t-", "warn\t012\t-\t-", r"verbs.tsv line \d+: expected 5 "),
    ("verbs.tsv", "\t051\t-\t-\ttarget", "\t051\t-\t-\trecp", r"'welcome' has unknown flag 'recp'"),
    ("nouns.tsv", "\tsubj", "\tsubject", r"nouns.tsv: row '[a-z ]+' has unknown flag 'subject'"),
]


@pytest.mark.parametrize(("file", "old", "new", "message"), BROKEN)
def test_a_broken_file_names_file_and_key(data_copy, file, old, new, message) -> None:
    _edit(data_copy / file, old, new)
    with pytest.raises(DataFileError, match=message):
        PatternBook.load(folder=data_copy)


def test_a_missing_file_is_named(data_copy: Path) -> None:
    (data_copy / "nouns.tsv").unlink()
    with pytest.raises(DataFileError, match=r"cannot read .*nouns.tsv"):
        PatternBook.load(folder=data_copy)


def test_user_rows_extend_verbs_and_nouns(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "# my patterns\nlambast\t111\t-\t-\ttarget\nrebuke\t112\t-\t-\t-\nfracas\t145\thostile\n",
        encoding="utf-8",
    )
    packaged = PatternBook.load()
    book = PatternBook.load(extra=[extra])
    assert "lambast" not in packaged.verbs
    assert [(r.code, r.needs_target) for r in book.verbs["lambast"]] == [("111", True)]
    # A user row comes before the packaged rows of the same lemma and specificity.
    assert [r.code for r in book.verbs["rebuke"]][:2] == ["112", "111"]
    assert book.nouns["fracas"].hostile and "fracas" in book.noun_heads
    assert "lambast" in book.trigger_verbs


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("lambast\t111\t-\t-", r"mine.tsv line 1: expected 3 or 5 tab-separated columns"),
        ("lambast\t111\t-\t-\tloud", r"mine.tsv: row 'lambast' has unknown flag 'loud'"),
    ],
)
def test_a_broken_user_file_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        PatternBook.load(extra=[extra])


def test_user_codes_are_checked_against_the_codebook(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("lambast\t999\t-\t-\t-\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"codes not in the codebook: \['999'\]"):
        EventCoder.load(patterns=[extra])


def test_patterns_setting_reaches_the_coder(tmp_path: Path, nlp) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("lambast\t111\t-\t-\ttarget\n", encoding="utf-8")
    text = "Iran lambasted Iraq on Tuesday."
    plain = Pipeline(nlp=nlp, settings=load_settings(env={}, config_path=None))
    # Without the row no rule codes the verb (the classifier may still guess a root: #15).
    assert all(e.cameo != "111" for e in plain.code_text(text, published=date(2021, 5, 6)))
    env = {"EVENTSCOPE_PATTERNS": str(extra)}
    mine = Pipeline(nlp=nlp, settings=load_settings(env=env, config_path=None))
    (event,) = mine.code_text(text, published=date(2021, 5, 6))
    assert (event.source.country, event.cameo, event.target.country) == ("IRN", "111", "IRQ")


def test_codebook_setting_replaces_the_packaged_codebook(tmp_path: Path, nlp) -> None:
    packaged = resources.files("eventscope").joinpath("data", "cameo", "cameo_codes.tsv")
    mine = tmp_path / "codes.tsv"
    with resources.as_file(packaged) as source:
        shutil.copy(source, mine)
    _edit(mine, "Praise or endorse", "Praise")
    settings = load_settings(env={"EVENTSCOPE_CODEBOOK": str(mine)}, config_path=None)
    pipeline = Pipeline(nlp=nlp, settings=settings)
    assert pipeline.codebook["051"].name == "Praise"
    broken = tmp_path / "broken.tsv"
    broken.write_text("code\tname\n01\tx\n", encoding="utf-8")
    settings = load_settings(env={"EVENTSCOPE_CODEBOOK": str(broken)}, config_path=None)
    with pytest.raises(DataFileError, match=r"broken.tsv lacks column\(s\) goldstein"):
        Pipeline(nlp=nlp, settings=settings)


def test_patterns_flag_of_the_code_command(tmp_path: Path, monkeypatch) -> None:
    import json

    from click.testing import CliRunner

    from eventscope.cli import main

    monkeypatch.setenv("EVENTSCOPE_CONFIG", str(tmp_path / "none.toml"))
    extra = tmp_path / "mine.tsv"
    extra.write_text("lambast\t111\t-\t-\ttarget\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Iran lambasted Iraq on Tuesday.", encoding="utf-8")
    args = ["code", str(story), "--published", "2021-05-06"]
    assert '"cameo": "111"' not in CliRunner().invoke(main, args).output
    result = CliRunner().invoke(main, [*args, "--patterns", str(extra)])
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.output.splitlines()]
    assert (event["cameo"], event["date"]) == ("111", "2021-05-04")
