"""The CAMEO 1.1b3 event codebook with Goldstein scores, QuadClass and PLOVER mapping.

The packaged table is ``data/cameo/cameo_codes.tsv`` (every code, 2-4 digits, incl. roots);
see ``data/cameo/README.md`` for its provenance and licences.

Example:
    >>> codebook = Codebook.load()
    >>> codebook["190"].name, codebook["190"].quad_class, codebook["190"].plover
    ('Use conventional military force', 4, 'ASSAULT')
    >>> codebook.get("999") is None, "057" in codebook
    (True, True)
    >>> codebook.root_name("19")
    'FIGHT'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import DataFileError
from ..models import CameoCode

CODEBOOK_FILE = "cameo_codes.tsv"
# The QuadClass of material conflict (CAMEO manual: 1 verbal and 2 material cooperation, 3 verbal
# conflict); which roots have it is the codebook's ``quad_class`` column (roots 14-20).
MATERIAL_CONFLICT_QUAD = 4
# Roots of violence: assault (18), fight (19), unconventional mass violence (20).
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# CAMEO 150 "demonstrate military or police power": moves that fall short of the use of force.
SHOW_OF_FORCE = "150"
_REQUIRED = ("code", "name", "goldstein", "quad_class", "plover", "plover_mode", "plover_context")


class Codebook:
    """Immutable lookup from CAMEO code (2-4 digits, as a string) to :class:`CameoCode`."""

    def __init__(self, entries: Mapping[str, CameoCode]) -> None:
        self._entries: Mapping[str, CameoCode] = MappingProxyType(dict(entries))
        # Root -> QuadClass, read once: every document asks for roots of a class.
        self._root_quads = MappingProxyType(
            {code: entry.quad_class for code, entry in self._entries.items() if len(code) == 2}
        )

    @classmethod
    def load(cls, path: Path | str | None = None) -> Codebook:
        """Load the packaged codebook (or a TSV with the same columns at ``path``)."""
        if path is None:
            source = resources.files("eventscope") / "data" / "cameo" / CODEBOOK_FILE
            name = str(source)
            text = source.read_text(encoding="utf-8")
        else:
            name = str(path)
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise DataFileError(detail=f"cannot read CAMEO codebook {name}: {exc}") from exc
        return cls(_parse(text, name))

    def get(self, code: str) -> CameoCode | None:
        return self._entries.get(code)

    def roots(self, *quad_classes: int) -> frozenset[str]:
        """The 2-digit roots, of the given QuadClasses only when any are given.

        >>> sorted(Codebook.load().roots(2))
        ['06', '07', '08']
        """
        return frozenset(
            root
            for root, quad in self._root_quads.items()
            if not quad_classes or quad in quad_classes
        )

    def quad_class(self, code: str) -> int:
        """The QuadClass of a code's root ("190" -> 4); raises ``KeyError`` if unknown."""
        return self._entries[code[:2]].quad_class

    def root_name(self, root: str) -> str:
        """The name of a 2-digit root ("19" -> "FIGHT"); raises ``KeyError`` if unknown."""
        return self._entries[root[:2]].name

    def __getitem__(self, code: str) -> CameoCode:
        return self._entries[code]

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)


def _parse(text: str, name: str) -> dict[str, CameoCode]:
    reader = csv.DictReader(io.StringIO(text), delimiter="\t")
    missing = [column for column in _REQUIRED if column not in (reader.fieldnames or ())]
    if missing:
        raise DataFileError(detail=f"CAMEO codebook {name} lacks column(s) {', '.join(missing)}")
    entries: dict[str, CameoCode] = {}
    for line, row in enumerate(reader, start=2):
        try:
            entry = CameoCode(
                code=row["code"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover=row["plover"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
        except (TypeError, ValueError) as exc:
            raise DataFileError(detail=f"CAMEO codebook {name} line {line}: {exc}") from exc
        if not entry.code.isdigit() or not 2 <= len(entry.code) <= 4:
            detail = f"CAMEO codebook {name} line {line}: bad code {entry.code!r}"
            raise DataFileError(detail=detail)
        entries[entry.code] = entry
    return entries


@lru_cache(maxsize=1)
def packaged_codebook() -> Codebook:
    """The packaged codebook, loaded once per process (for code that has none injected)."""
    return Codebook.load()
