"""List GLOCON false positives and misses with the events emitted and the rule behind each.

Usage:
    python tools/glocon_errors.py [GOLD] [--split tune|check] [--level sent|doc|both]
                                  [--save OUT.jsonl] [--system SAVED.jsonl]

GOLD defaults to ``../shared/eval/glocon_dev.jsonl`` (never copied into the repository).
GLOCON calls a text contentious when its top event (highest confidence) is material conflict
(PentaClass 4, :func:`eventscope.evaluate.stages.glocon_label`). For each false positive the
tool prints the events with their pattern (``classifier`` fills, ``last_resort`` guesses,
rule names) and for each miss the events that were coded instead; a closing table counts the
false positives by the origin of their top event, so a change can aim at the cause that
costs most. Study the ``tune`` part only; accept a change on ``check``.

Example:
    >>> origin_group("classifier:fill")
    'classifier'
    >>> origin_group("contentious.protest_noun")
    'contentious'
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventscope.evaluate.split import SPLITS, select_split
from eventscope.evaluate.stages import glocon_label
from eventscope.evaluate.system import read_jsonl
from eventscope.events import EventCoder
from eventscope.models import ActorMention, Article, EventMention
from eventscope.pipeline import Pipeline

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "glocon_dev.jsonl"


def origin_group(pattern: str) -> str:
    """The coarse origin of a pattern name: its part before the first ``.`` or ``:``."""
    return pattern.replace(":", ".").split(".")[0] or "rules"


class TaggingCoder(EventCoder):
    """The shipped coder, remembering the pattern of every event mention it keeps."""

    def __init__(self, pipeline: Pipeline) -> None:
        shipped = pipeline.event_coder
        super().__init__(
            shipped.book, shipped.options, classifier=shipped.classifier, codebook=pipeline.codebook
        )
        self.tags: dict[tuple[int, str], str] = {}

    def last_resort(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        found = super().last_resort(doc, mentions)
        for m in found:
            self.tags[(m.sent_index, m.cameo)] = "last_resort:" + m.pattern
        return found

    def main_events(self, doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
        for m in events:
            self.tags.setdefault((m.sent_index, m.cameo), m.pattern or "rules")
        return super().main_events(doc, events)


def code(records: Sequence[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    base = Pipeline()
    coder = TaggingCoder(base)
    pipeline = base.with_events(coder)
    coded: dict[str, list[dict[str, Any]]] = {}
    docs = pipeline.nlp.pipe([str(r["text"]) for r in records], batch_size=32)
    for record, doc in zip(records, docs, strict=True):
        coder.tags.clear()
        article = Article(id=str(record["id"]), text=str(record["text"]))
        rows = []
        for event in pipeline.events_from_doc(article, doc):
            row = event.to_dict()
            row["pattern"] = coder.tags.get((event.sentence_index, event.cameo), "?")
            rows.append(row)
        coded[article.id] = rows
    return coded


def describe(record: Mapping[str, Any], events: Sequence[Mapping[str, Any]], kind: str) -> str:
    lines = [f"[{kind}] {record['id']}: {str(record['text'])[:400]}"]
    for e in sorted(events, key=lambda e: -float(e.get("confidence") or 0)):
        src = (e.get("source") or {}).get("code")
        tgt = (e.get("target") or {}).get("code")
        lines.append(
            f"    {e.get('cameo')} {e.get('confidence')} {src}->{tgt} {e.get('trigger')!r} "
            f"<{e.get('pattern')}> | {str(e.get('sentence'))[:160]}"
        )
    return "\n".join(lines)


def report(records: Sequence[Mapping[str, Any]], coded: Mapping[str, Sequence[Any]]) -> None:
    causes: Counter[str] = Counter()
    for kind in ("FP", "MISS"):
        for record in records:
            gold = record.get("label")
            if gold not in (0, 1) or not (record.get("labels") or {}).get("contentious", [1]):
                continue
            events = coded.get(str(record["id"]), [])
            system = glocon_label(events)
            if (kind == "FP" and system == 1 and gold == 0) or (
                kind == "MISS" and system == 0 and gold == 1
            ):
                print(describe(record, events, kind))
                top = max(events, key=lambda e: float(e.get("confidence") or 0), default=None)
                causes[f"{kind} {origin_group(str(top['pattern'])) if top else 'no event'}"] += 1
    for cause, n in causes.most_common():
        print(f"{n:4d}  {cause}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--level", choices=("sent", "doc", "both"), default="both")
    parser.add_argument("--save", type=Path, help="write the coded events here")
    parser.add_argument("--system", type=Path, help="read coded events saved by --save")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"skipped: {args.gold} not found (the shared development folder)")
        return 0
    records = select_split(read_jsonl(args.gold), args.split)
    if args.level != "both":
        records = [r for r in records if r.get("dataset") == f"glocon_{args.level}"]
    saved = args.system.read_text(encoding="utf-8") if args.system else None
    coded = json.loads(saved) if saved is not None else code(records)
    if args.save:
        args.save.write_text(json.dumps(coded, default=str) + "\n", encoding="utf-8")
    report(records, coded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
