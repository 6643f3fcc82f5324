"""Score eventscope on the PETRARCH unit-test records (a syntax check, not a gold standard).

Usage:
    python tools/score_petrarch.py [--shared ../shared] [--split tune|check] [--limit N]
                                   [--verbose] [--misses] [--verbs]

Reads ``eval/petrarch_validation/PETR.UnitTest.records.xml`` from ../shared (never copied into
the repository) and codes each record's text with the pipeline, loading the records' toy actor
and agent dictionaries (``PETR.Validate.actors.txt``, ``...agents.txt``) through the user
dictionary mechanism (``Settings.actors``). An expected coding matches a system event on
(source, target, CAMEO root), where an actor is compared on its first three letters (the
PETRARCH code's country or pseudo-country: ``ARNGOV`` -> ``ARN``), greedily one to one within
the record, as ``eventscope evaluate`` matches events. Records marked ``error`` are skipped;
``noevents`` records count how often the system correctly emits nothing. ``--split`` keeps one
part of the records, split on the SHA-256 of the record id as ``eventscope evaluate --split``
does; study errors on ``tune`` and accept a change on ``check``. Each missed expected coding is
put in one kind (:func:`miss_kinds`), so a change can be aimed at the shape that fails most.

The expected codes are tied to PETRARCH's own verb dictionary (PETRARCH-2 reproduces only a
minority of them), so without it read the figure as a check of compounds, passives, negation
and agents. ``--verbs`` also loads that dictionary (``PETR.Validate.verbs.txt``) as event
patterns, as a user migrating from PETRARCH would (``events/petrarch_verbs.py``).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventscope.evaluate.split import SPLITS, select_split
from eventscope.models import Article
from eventscope.pipeline import Pipeline
from eventscope.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ("eval", "petrarch_validation")
RECORDS = "PETR.UnitTest.records.xml"
DICTIONARIES = ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")
VERBS = "PETR.Validate.verbs.txt"
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r"(\w+)\s*=\s*(\"[^\"]*\"|'[^']*')")

Key = tuple[str, str, str]
# "was attacked by", "were being expelled by": a passive clause with its agent named.
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b.*\bby\b"
)
MISS_KINDS = (
    "no event at all",
    "noevents record coded",
    "compound partly coded",
    "passive",
    "wrong or missing source",
    "wrong or missing target",
    "other dyad",
)


@dataclass(frozen=True)
class Record:
    id: str
    day: date | None
    text: str
    expected: tuple[Key, ...]
    no_events: bool


def _attrs(text: str) -> dict[str, str]:
    return {name: value[1:-1].strip("'\"") for name, value in _ATTR.findall(text)}


def _day(value: str) -> date | None:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except (ValueError, IndexError):
        return None


def _key(source: str, target: str, code: str) -> Key:
    return (source[:3].upper(), target[:3].upper(), code[:2])


def read_records(path: Path) -> list[Record]:
    """The scorable records of the file (``error`` records left out)."""
    records = []
    for head, body in _SENTENCE.findall(path.read_text(encoding="utf-8", errors="replace")):
        codings = [_attrs(c) for c in _CODING.findall(body)]
        text = _TEXT.search(body)
        if text is None or any("error" in c for c in codings):
            continue
        attrs = _attrs(head)
        expected = tuple(
            _key(c.get("sourcecode", ""), c.get("targetcode", ""), c["eventcode"])
            for c in codings
            if "eventcode" in c
        )
        records.append(
            Record(
                id=attrs.get("id", ""),
                day=_day(attrs.get("date", "")),
                text=" ".join(html.unescape(text.group(1)).split()),
                expected=expected,
                no_events=any("noevents" in c for c in codings) and not expected,
            )
        )
    return records


def system_keys(pipeline: Pipeline, record: Record) -> list[Key]:
    article = Article(id=record.id, text=record.text, published=record.day)
    found = []
    for event in pipeline.code(article):
        source = event.source.code if event.source is not None else ""
        target = event.target.code if event.target is not None else ""
        found.append(_key(source or "", target or "", event.cameo))
    return found


def match(expected: tuple[Key, ...], system: list[Key], *, roots: bool = True) -> int:
    """Expected codings matched one to one by system events (``roots=False``: dyads only)."""
    left = [key if roots else key[:2] for key in system]
    hits = 0
    for key in expected:
        wanted = key if roots else key[:2]
        if wanted in left:
            left.remove(wanted)
            hits += 1
    return hits


def miss_kinds(record: Record, system: list[Key]) -> Counter[str]:
    """One kind per expected coding whose dyad no system event has (and the noevents case).

    The first kind that applies wins, in the order of ``MISS_KINDS``: nothing coded; a record
    that should code nothing coded something; some but not all of several codings found (a
    compound "A and B ..."); a passive sentence; a system event with the right target and
    another or no source; the right source and another or no target; anything else.
    """
    kinds: Counter[str] = Counter()
    if record.no_events and system:
        kinds["noevents record coded"] += 1
    left = [key[:2] for key in system]
    missed = []
    for key in record.expected:
        if key[:2] in left:
            left.remove(key[:2])
        else:
            missed.append(key)
    for source, target, _code in missed:
        kinds[_kind(record, system, missed, source, target)] += 1
    return kinds


def _kind(record: Record, system: list[Key], missed: list[Key], source: str, target: str) -> str:
    if not system:
        return "no event at all"
    if len(record.expected) > 1 and len(missed) < len(record.expected):
        return "compound partly coded"
    if _PASSIVE.search(record.text):
        return "passive"
    if any(t == target and s != source for s, t, _ in system):
        return "wrong or missing source"
    if any(s == source and t != target for s, t, _ in system):
        return "wrong or missing target"
    return "other dyad"


def prf(tp: int, n_system: int, n_gold: int) -> str:
    precision = tp / n_system if n_system else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return f"p={precision:.3f} r={recall:.3f} f1={f1:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--split", choices=SPLITS, help="score one part of the records only")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--verbose", action="store_true", help="print each imperfect record")
    parser.add_argument("--misses", action="store_true", help="print each record's miss kinds")
    parser.add_argument(
        "--verbs",
        action="store_true",
        help=f"also load the records' verb dictionary ({VERBS}) as event patterns",
    )
    args = parser.parse_args(argv)
    folder = args.shared.joinpath(*FOLDER)
    if not (folder / RECORDS).is_file():
        print(f"{folder / RECORDS} is absent", file=sys.stderr)
        return 2
    settings = load_settings().with_overrides(
        actors=tuple(str(folder / n) for n in DICTIONARIES),
        patterns=(str(folder / VERBS),) if args.verbs else (),
    )
    pipeline = Pipeline(settings=settings)
    records = read_records(folder / RECORDS)
    records = _select(records, args.split)[: args.limit]
    tp = dyads = n_system = n_gold = quiet = n_quiet = 0
    kinds: Counter[str] = Counter()
    for record in records:
        system = system_keys(pipeline, record)
        hits = match(record.expected, system)
        dyads += match(record.expected, system, roots=False)
        tp, n_system, n_gold = tp + hits, n_system + len(system), n_gold + len(record.expected)
        if record.no_events:
            n_quiet += 1
            quiet += not system
        missed = miss_kinds(record, system)
        kinds.update(missed)
        if args.verbose and (hits < len(record.expected) or len(system) > hits):
            print(f"{record.id}: expected {record.expected} system {system} | {record.text}")
        if args.misses and missed:
            print(f"{record.id}: {dict(missed)} | {record.text}")
    print(
        f"petrarch_unit_tests split={args.split or 'all'} records={len(records)} "
        f"expected={n_gold} system={n_system}\n"
        f"  event {prf(tp, n_system, n_gold)}\n  dyad  {prf(dyads, n_system, n_gold)}\n"
        f"  noevents records with no system event: {quiet}/{n_quiet}\n"
        "  misses by kind: " + ", ".join(f"{k} {kinds[k]}" for k in MISS_KINDS)
    )
    return 0


def _select(records: list[Record], split: str | None) -> list[Record]:
    """The records of one part (by the hash of the id), in file order."""
    rows = [{"id": r.id, "record": r} for r in records]
    return [row["record"] for row in select_split(rows, split)]  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
