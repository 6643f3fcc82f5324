"""Settings resolve defaults < user file < environment, and name a bad setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscope.errors import ConfigError
from eventscope.settings import DEFAULT_MODEL, load_settings


def test_defaults_without_file_or_environment(tmp_path: Path) -> None:
    settings = load_settings(env={"XDG_CACHE_HOME": str(tmp_path)}, config_path=None)
    assert settings.model == DEFAULT_MODEL
    assert settings.db == "eventscope.duckdb"
    assert settings.cache_dir == str(tmp_path / "eventscope")


def test_file_overrides_defaults_and_environment_overrides_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('db = "team.duckdb"\nbatch_size = 8\nactors = ["a.csv", "b.txt"]\n')
    settings = load_settings(env={"EVENTSCOPE_BATCH_SIZE": "4"}, config_path=config)
    assert settings.db == "team.duckdb"
    assert settings.batch_size == 4
    assert settings.actors == ("a.csv", "b.txt")


def test_config_path_from_environment(tmp_path: Path) -> None:
    config = tmp_path / "alt.toml"
    config.write_text("max_article_bytes = 1234\n")
    settings = load_settings(env={"EVENTSCOPE_CONFIG": str(config)})
    assert settings.max_article_bytes == 1234


@pytest.mark.parametrize(
    ("env", "content", "message"),
    [
        ({"EVENTSCOPE_BATCH_SIZE": "many"}, "", "batch_size"),
        ({}, "colour = 'blue'\n", "unknown setting"),
        ({}, "db = \n", "not valid TOML"),
    ],
)
def test_bad_settings_are_named(
    tmp_path: Path, env: dict[str, str], content: str, message: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env, config_path=config)


def test_with_overrides_ignores_none() -> None:
    settings = load_settings(env={}, config_path=None)
    assert settings.with_overrides(db=None, batch_size=2).batch_size == 2
    assert settings.with_overrides(db=None).db == settings.db


def test_patterns_and_codebook_follow_the_precedence(tmp_path: Path) -> None:
    import os

    config = tmp_path / "config.toml"
    config.write_text('patterns = ["a.tsv"]\ncodebook = "mine.tsv"\n')
    from_file = load_settings(env={}, config_path=config)
    assert (from_file.patterns, from_file.codebook) == (("a.tsv",), "mine.tsv")
    env = {"EVENTSCOPE_PATTERNS": f"b.tsv{os.pathsep}c.tsv", "EVENTSCOPE_CODEBOOK": ""}
    from_env = load_settings(env=env, config_path=config)
    assert (from_env.patterns, from_env.codebook) == (("b.tsv", "c.tsv"), None)
    flags = from_env.with_overrides(patterns=from_env.patterns + ("d.tsv",), codebook="x.tsv")
    assert (flags.patterns, flags.codebook) == (("b.tsv", "c.tsv", "d.tsv"), "x.tsv")
    assert load_settings(env={}, config_path=None).codebook is None
