"""List events whose actor sector or country differs from gold, grouped by (gold, ours).

Usage:
    python tools/actor_errors.py GOLD [--split tune|check|all] [--limit N] [--side source|target]
                                 [--only sector|country] [--group GOLD/OURS]
                                 [--system SAVED.jsonl] [--save OUT.jsonl]

GOLD is an events gold file of ``../shared/eval`` (ACLED, PLOVER; never copied into the
repository) or our own ``tests/gold/team_gold.jsonl`` (``--split all``). Each gold event is
paired with the system event the scorer would pair it with (dyad match, root match first,
then confidence, as :func:`eventscope.evaluate.events.score_article`); on a pair, a side whose
sector is not among the gold's is a *sector* miss, keyed ``GOLDSECTORS/OURS``. A gold event
that no system event matches is a *country* miss on each side whose key no system event of
the article has, keyed ``GOLDKEYS/OURS`` with the system's keys on that side (``-`` none).
Study the ``tune`` part only; accept a change on ``check``. ``--save`` writes the system
events (one ``Event.to_dict()`` per line) for later runs with ``--system``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eventscope.evaluate.events import accepts, actor_key, dyad_matches, root_matches
from eventscope.evaluate.split import SPLITS, select_split
from eventscope.evaluate.system import coded_events, read_jsonl

Record = Mapping[str, Any]


def _pair(gold: Record, system: Sequence[Record]) -> Record | None:
    """The system event that best matches ``gold``'s dyad (root match first, confidence)."""
    found = [e for e in system if dyad_matches(gold, e)]
    found.sort(key=lambda e: (not root_matches(gold, e), -float(e.get("confidence") or 0)))
    return found[0] if found else None


def _actor(event: Record, side: str) -> str:
    actor = event.get(side) or {}
    return f"{actor.get('text')!r} {actor.get('code')} ({actor.get('resolution')})"


def _wrong_sectors(gold: Record, event: Record) -> list[str]:
    sides = ("source", "target")
    return [
        s
        for s in sides
        if gold.get(f"{s}_sector") and (event.get(s) or {}).get("sector") not in gold[f"{s}_sector"]
    ]


def _turned(event: Record) -> Record:
    return {**event, "source": event.get("target"), "target": event.get("source")}


def _oriented(gold: Record, event: Record) -> Record:
    """``event`` in the order that fits ``gold`` best (a symmetric event may be turned)."""
    if not gold.get("symmetric"):
        return event
    turned = _turned(event)
    if not accepts(gold.get("source"), actor_key(event.get("source"))):
        return turned
    if not accepts(gold.get("source"), actor_key(turned.get("source"))):
        return event
    return min((event, turned), key=lambda e: len(_wrong_sectors(gold, e)))


def misses(gold: Record, system: Sequence[Record]) -> list[tuple[str, str, str, str]]:
    """``(kind, side, key, detail)`` for each side of ``gold`` the system gets wrong."""
    paired = _pair(gold, system)
    if paired is not None:
        paired = _oriented(gold, paired)
        return [
            (
                "sector",
                side,
                f"{'|'.join(gold[f'{side}_sector'])}/{(paired.get(side) or {}).get('sector')}",
                _actor(paired, side),
            )
            for side in _wrong_sectors(gold, paired)
        ]
    out = []
    for side in ("source", "target"):
        keys = [actor_key(e.get(side)) for e in system]
        if accepts(gold.get(side), None) or any(accepts(gold.get(side), k) for k in keys if k):
            continue
        ours = ",".join(sorted({k or "-" for k in keys})) or "none"
        detail = "; ".join(_actor(e, side) for e in system) or "no event"
        out.append(("country", side, f"{'|'.join(gold.get(side) or [])}/{ours}", detail))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="tune")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--side", choices=("source", "target"), default=None)
    parser.add_argument("--only", choices=("sector", "country"), default=None)
    parser.add_argument("--group", default=None, help="show only this GOLD/OURS key")
    parser.add_argument("--system", type=Path, default=None)
    parser.add_argument("--save", type=Path, default=None)
    args = parser.parse_args(argv)
    split = None if args.split == "all" else args.split  # "all": our own gold (team_gold)
    records = select_split(read_jsonl(args.gold), split)[: args.limit]
    events = coded_events(records, system=args.system, save=args.save)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record in records:
        for gold in record.get("events") or ():
            for kind, side, key, detail in misses(gold, list(events.get(record["id"], ()))):
                if args.side in (None, side) and args.only in (None, kind):
                    groups[(kind, key)].append(
                        f"  {record['id']} {side}: {detail}\n    {record['text']}"
                    )
    counts = Counter({group: len(lines) for group, lines in groups.items()})
    for (kind, key), count in counts.most_common():
        if args.group in (None, key):
            print(f"== {kind} {key}: {count}")
            print(
                "\n".join(groups[(kind, key)]) if args.group else "", end="\n" if args.group else ""
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
