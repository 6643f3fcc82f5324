"""List the role errors of a roles gold file, one sentence each, grouped by outcome and shape.

Usage:
    python tools/role_errors.py [GOLD] [--split tune|check] [--limit N] [--kind KIND]
                                [--system SAVED.jsonl] [--save OUT.jsonl]

GOLD defaults to ``../shared/train/conflibert_roles_train.jsonl`` (never copied into the
repository). Each sentence gets the outcome of :func:`eventscope.evaluate.roles.role_outcome`
(no event, swapped, source or target missed) and the surface shapes it shows (passive,
reported speech, "X's attack on Y", relative clause, pronoun...), so a change can aim at the
shape that fails most. Study the ``tune`` part only; accept a change on ``check``
(``eventscope evaluate GOLD --split check``). ``--save`` writes the system events (one
``Event.to_dict()`` per line) so that later runs can read them with ``--system``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eventscope.evaluate.roles import gold_spans, role_outcome
from eventscope.evaluate.split import SPLITS, select_split
from eventscope.evaluate.system import coded_events, read_jsonl

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "train"
DEFAULT_GOLD = DEFAULT_GOLD / "conflibert_roles_train.jsonl"
# Surface shapes, read from the text alone (tokenised: "government 's").
SHAPES = {
    "passive": re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"),
    "by-agent": re.compile(r"\b\w+(?:ed|en)\s+by\b"),
    "reported": re.compile(r"\b(?:said|says|told|stated|added|according to)\b"),
    "possessive": re.compile(r"\s(?:'s|’ s|')\s"),
    "relative": re.compile(r"\b(?:who|which|that|whom)\b"),
    "pronoun": re.compile(r"\b(?:he|she|they|it|we|his|her|their|its)\b", re.I),
    "apposition": re.compile(r"\w+ , (?:the|a|an) \w+[^,]* , "),
}


def shapes(text: str) -> list[str]:
    return [name for name, pattern in SHAPES.items() if pattern.search(text)]


def describe(record: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> str:
    text = record["text"]
    gold = gold_spans(record)
    lines = [f"{record['id']}: {text}"]
    for role, spans in gold.items():
        for start, end in spans:
            lines.append(f"    gold {role:7} {text[start:end]!r}")
    for event in sorted(events, key=lambda e: -float(e.get("confidence") or 0)):
        source = (event.get("source") or {}).get("text")
        target = (event.get("target") or {}).get("text")
        lines.append(
            f"    sys  {event.get('cameo')} {event.get('trigger')!r} "
            f"{source!r} -> {target!r} ({float(event.get('confidence') or 0):.2f})"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--kind", default=None, help="show only this outcome")
    parser.add_argument("--system", type=Path, default=None)
    parser.add_argument("--save", type=Path, default=None)
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"{args.gold} is absent: nothing to list", file=sys.stderr)
        return 1
    records = select_split(read_jsonl(args.gold), args.split)[: args.limit]
    events = coded_events(records, system=args.system, save=args.save)
    outcomes: Counter[str] = Counter()
    by_shape: Counter[tuple[str, str]] = Counter()
    for record in records:
        found = list(events.get(record["id"], ()))
        outcome = role_outcome(record, found)
        outcomes[outcome] += 1
        for shape in shapes(record["text"]):
            by_shape[(outcome, shape)] += 1
        if outcome != "ok" and args.kind in (None, outcome):
            print(f"[{outcome}] {' '.join(shapes(record['text']))}\n{describe(record, found)}\n")
    print(f"{len(records)} sentences: " + ", ".join(f"{k} {n}" for k, n in outcomes.most_common()))
    for (outcome, shape), count in sorted(by_shape.items()):
        print(f"  {outcome:14} {shape:11} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
