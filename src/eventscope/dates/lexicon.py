"""The word lists behind time expressions, loaded once from ``data/dates/lexicon.toml``.

Example:
    >>> lexicon = DateLexicon.load()
    >>> lexicon.months["sept"], lexicon.weekdays["friday"], lexicon.key("Sept.")
    (9, 4, 'sept')
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..datafiles import check_keys
from ..errors import DataFileError

LEXICON_FILE = "lexicon.toml"
_INT_TABLES = ("months", "weekdays", "relative_days", "offsets", "numbers", "ordinals")
_STR_TABLES = ("seasons", "units", "references")
_WORD_LISTS = (
    "fillers",
    "day_parts",
    "year_names",
    "year_preps",
    "year_determiners",
    "weekday_names",
    "vague",
)
_TENSE = ("future", "past", "not_past")
_TABLES = (*_INT_TABLES, *_STR_TABLES, *_WORD_LISTS, "shift", "tense")


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Read-only tables of time words (see the TOML file for what each one holds)."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    offsets: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    seasons: Mapping[str, str]
    units: Mapping[str, str]
    references: Mapping[str, str]
    fillers: frozenset[str]
    day_parts: frozenset[str]
    year_names: frozenset[str]
    year_preps: frozenset[str]
    year_determiners: frozenset[str]
    weekday_names: frozenset[str]
    vague: frozenset[str]
    shift_back: frozenset[str]
    shift_forward: frozenset[str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    not_past: frozenset[str]
    clock_words: frozenset[str] = frozenset()
    continuation_preps: frozenset[str] = frozenset()
    continuation_nouns: frozenset[str] = frozenset()
    anaphoric_days: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    anaphoric_shifts: frozenset[str] = frozenset()
    narrative_breaks: frozenset[str] = frozenset()

    @staticmethod
    def key(word: str) -> str:
        """The lookup key of a word: lower case, without a trailing full stop."""
        return word.lower().rstrip(".")

    @classmethod
    def load(cls, path: Path | None = None) -> DateLexicon:
        """Load the packaged lexicon (cached), or the TOML file at ``path``."""
        if path is None:
            return _packaged()
        return cls.from_mapping(_read_toml(path), source=str(path))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], *, source: str = "lexicon") -> DateLexicon:
        """Build a lexicon from parsed TOML; raises :class:`DataFileError` naming a bad table."""
        check_keys(raw, source=source, required=_TABLES, optional=None)
        for name in _WORD_LISTS:
            check_keys(raw[name], source=source, required=("words",), where=f"[{name}]")
        check_keys(raw["shift"], source=source, required=("back", "forward"), where="[shift]")
        check_keys(raw["tense"], source=source, required=_TENSE, where="[tense]")
        try:
            tables: dict[str, Any] = {}
            for name in _INT_TABLES:
                tables[name] = MappingProxyType({str(k): int(v) for k, v in raw[name].items()})
            for name in _STR_TABLES:
                tables[name] = MappingProxyType({str(k): str(v) for k, v in raw[name].items()})
            for name in _WORD_LISTS:
                tables[name] = frozenset(str(w) for w in raw[name]["words"])
            tense = raw["tense"]
            return cls(
                **tables,
                shift_back=frozenset(raw["shift"]["back"]),
                shift_forward=frozenset(raw["shift"]["forward"]),
                future_cues=frozenset(tense["future"]),
                past_cues=frozenset(tense["past"]),
                not_past=frozenset(tense["not_past"]),
                # Optional tables (a lexicon file written before they existed still loads).
                clock_words=frozenset(raw.get("clock_words", {}).get("words", ())),
                continuation_preps=frozenset(raw.get("continuation", {}).get("preps", ())),
                continuation_nouns=frozenset(raw.get("continuation", {}).get("nouns", ())),
                **_narrative_tables(raw),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataFileError(detail=f"{source}: bad or missing table ({exc!r})") from exc


def _narrative_tables(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The optional [anaphoric_days] and [narrative] tables."""
    narrative = raw.get("narrative", {})
    days = raw.get("anaphoric_days", {})
    return {
        "anaphoric_days": MappingProxyType({str(k): int(v) for k, v in days.items()}),
        "anaphoric_shifts": frozenset(narrative.get("shifts", ())),
        "narrative_breaks": frozenset(narrative.get("breaks", ())),
    }


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(detail=f"cannot read date lexicon {path}: {exc}") from exc


@lru_cache(maxsize=1)
def _packaged() -> DateLexicon:
    resource = resources.files("eventscope") / "data" / "dates" / LEXICON_FILE
    try:
        raw = tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(detail=f"packaged date lexicon is unreadable: {exc}") from exc
    return DateLexicon.from_mapping(raw, source=LEXICON_FILE)
