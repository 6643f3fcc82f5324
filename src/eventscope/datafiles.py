"""Reading rule data files (TOML, TSV) with their keys checked at load.

A renamed or mistyped key must stop the load with a :class:`DataFileError` that names the
file and the key, not load and then fail every article with ``KeyError``. The loaders of
each file (``events.patterns``, ``dates.lexicon``, ``actors.rules``) build their frozen
dataclasses through these helpers.

Example:
    >>> table = {"words": ["a"], "extra": 1}
    >>> check_keys(table, source="x.toml", required=("words",), optional=())
    Traceback (most recent call last):
    ...
    eventscope.errors.DataFileError: [E400] x.toml: unknown key 'extra' (expected: words)
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterator, Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .errors import DataFileError


def read_text(file: Traversable | Path, *, source: str) -> str:
    """The file's text, or a :class:`DataFileError` naming ``source``."""
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(detail=f"cannot read {source}: {exc}") from exc


def read_toml(file: Traversable | Path, *, source: str) -> dict[str, Any]:
    """Parse a TOML file; a syntax error names ``source`` and the line."""
    try:
        return tomllib.loads(read_text(file, source=source))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(detail=f"{source} is not valid TOML: {exc}") from exc


def check_keys(
    table: Any,
    *,
    source: str,
    required: Collection[str],
    optional: Collection[str] | None = (),
    where: str = "",
) -> Mapping[str, Any]:
    """``table`` as a mapping with every ``required`` key; refuse keys not listed.

    ``optional=None`` accepts any other key. ``where`` names the table in messages
    (``"[words]"``).
    """
    place = f"{source} {where}".strip()
    if not isinstance(table, Mapping):
        raise DataFileError(detail=f"{place}: expected a table, found {type(table).__name__}")
    missing = [key for key in required if key not in table]
    if missing:
        raise DataFileError(detail=f"{place}: missing key {missing[0]!r}")
    if optional is not None:
        known = [*required, *optional]
        unknown = sorted(key for key in table if key not in known)
        if unknown:
            expected = ", ".join(known)
            raise DataFileError(
                detail=f"{place}: unknown key {unknown[0]!r} (expected: {expected})"
            )
    return table


def string_list(value: Any, *, source: str, key: str) -> frozenset[str]:
    """A TOML array of strings as a frozenset, or an error naming ``key``."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DataFileError(detail=f"{source}: key {key!r} must be a list of strings")
    return frozenset(value)


def string_table(value: Any, *, source: str, key: str) -> dict[str, str]:
    """A TOML table of string values, or an error naming ``key``."""
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise DataFileError(detail=f"{source}: [{key}] must be a table of strings")
    return {str(k): v for k, v in value.items()}


def tsv_rows(text: str, *, source: str, widths: Collection[int]) -> Iterator[list[str]]:
    """Tab-separated rows (``#`` comments and blank lines skipped), cells stripped.

    A row whose cell count is not in ``widths`` is an error naming ``source`` and its line.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in widths:
            expected = " or ".join(str(width) for width in sorted(widths))
            raise DataFileError(
                detail=f"{source} line {number}: expected {expected} tab-separated columns, "
                f"found {len(cells)}"
            )
        yield [cell.strip() for cell in cells]


def check_flags(flags: str, *, source: str, known: Collection[str], lemma: str) -> frozenset[str]:
    """A ``-`` or comma list of flags, each one of ``known``."""
    found = frozenset() if flags in ("-", "") else frozenset(flags.split(","))
    unknown = sorted(found - set(known))
    if unknown:
        raise DataFileError(
            detail=f"{source}: row {lemma!r} has unknown flag {unknown[0]!r} "
            f"(known: {', '.join(sorted(known))})"
        )
    return found
