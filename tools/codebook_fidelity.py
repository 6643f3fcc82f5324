"""How many CAMEO codebook example sentences code to their own code's root, per root.

Usage:
    python tools/codebook_fidelity.py [--shared ../shared] [--show ROOT] [--misses]

Reads ../shared/reference/cameo_codebook_with_examples.csv (never copied into the repository),
codes each example sentence with the full pipeline and counts, per CAMEO root, the sentences
where some event has that root ("any") and where the highest-confidence event has it ("top").
``--misses`` prints the sentences that miss (what was coded instead), for reading the
codebook's own text about that code before changing a rule.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import Counter
from pathlib import Path

from eventscope.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def examples(shared: Path) -> list[tuple[str, str, str]]:
    """(code, root, sentence) of every codebook row with an example."""
    raw = (shared / "reference/cameo_codebook_with_examples.csv").read_bytes().decode("latin-1")
    found = []
    for row in csv.DictReader(io.StringIO(raw)):
        text = re.sub(r"[\x80-\xff]+", "'", row["example"] or "").strip()
        if text and text != "NA":
            found.append((row["code"], row["root_code"], text))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", action="store_true", help="print the missed sentences")
    parser.add_argument("--show", help="only this root (two digits)")
    args = parser.parse_args(argv)
    if not (args.shared / "reference").is_dir():
        print(f"error: {args.shared}/reference not found", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    total, anyhit, tophit = Counter(), Counter(), Counter()
    for code, root, text in examples(args.shared):
        if args.show and root != args.show:
            continue
        events = pipeline.code_text(text)
        roots = [e.root for e in sorted(events, key=lambda e: -e.confidence)]
        total[root] += 1
        anyhit[root] += root in roots
        tophit[root] += bool(roots) and roots[0] == root
        if args.misses and root not in roots:
            coded = (
                ", ".join(
                    f"{e.source.code if e.source else '-'}>"
                    f"{e.target.code if e.target else '-'} {e.cameo} ({e.trigger})"
                    for e in events
                )
                or "nothing"
            )
            print(f"[{code}] {text}\n    coded: {coded}")
    print("root  examples  any-event  top-event")
    for root in sorted(total):
        print(f"{root:>4}  {total[root]:8d}  {anyhit[root]:9d}  {tophit[root]:9d}")
    n = sum(total.values())
    hits, tops = sum(anyhit.values()), sum(tophit.values())
    share = f"({hits / max(n, 1):.1%} any, {tops / max(n, 1):.1%} top)"
    print(f" all  {n:8d}  {hits:9d}  {tops:9d}  {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
