"""Regenerate ``cameo_codes.tsv`` from the merged reference table in ``../shared/reference``.

Usage (from the repository root)::

    .venv/bin/python tools/build_codebook.py ../shared/reference/cameo_codes.tsv

Rules (see README.md in this folder):

* ``name``: the CAMEO 1.1b3 name as ICEWS spells it (GDELT's descriptions for 101-108 follow an
  older numbering and two of its rows are corrupted), first letter upper case.
* ``goldstein``: GDELT's score; ICEWS's score is kept in ``icews_goldstein`` (they differ on 016,
  022, 164, 165; GDELT lacks 1213, which takes the ICEWS score).
* ``quad_class``: by root, 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.
* ``plover``/``plover_mode``/``plover_context``: CAMEO2PLOVER-2021 (CC BY-SA 4.0, Open Event Data
  Alliance). Codes without a row take a type filled by root (``plover_source`` = ``root-fill``):
  01 -> SUPPORT, 02 -> REQUEST.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT_FILL = {"01": "SUPPORT", "02": "REQUEST"}
COLUMNS = (
    "code",
    "name",
    "goldstein",
    "quad_class",
    "plover",
    "plover_mode",
    "plover_context",
    "plover_source",
    "icews_goldstein",
)


def quad_class(root: str) -> int:
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    return 3 if number <= 13 else 4


def convert(row: dict[str, str]) -> dict[str, str]:
    code, root = row["code"], row["root"]
    name = (row["icews_name"] or row["gdelt_description"]).strip()
    name = " ".join(name.split())
    name = name[:1].upper() + name[1:]
    goldstein = row["gdelt_goldstein"] or row["icews_goldstein"]
    plover, source = row["plover_2021"], "CAMEO2PLOVER-2021"
    if not plover:
        plover, source = ROOT_FILL[root], "root-fill"
    return {
        "code": code,
        "name": name,
        "goldstein": f"{float(goldstein):.1f}",
        "quad_class": str(quad_class(root)),
        "plover": plover,
        "plover_mode": row["plover_mode"].strip(),
        "plover_context": row["plover_context"].strip(),
        "plover_source": source,
        "icews_goldstein": f"{float(row['icews_goldstein']):.1f}",
    }


def main(source: Path, target: Path) -> None:
    with source.open(encoding="utf-8", newline="") as handle:
        rows = [convert(row) for row in csv.DictReader(handle, delimiter="\t")]
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {target}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        Path(__file__).resolve().parents[1]
        / "src"
        / "eventscope"
        / "data"
        / "cameo"
        / "cameo_codes.tsv",
    )
