"""Noise: how many events the pipeline emits on economic news, and how many are the classifier's.

Usage:
    python benchmarks/noise.py [--stories N] [--skip K] [--model DIR] [--option KEY=VALUE]
                               [--show N] [--json FILE]

Codes the first N stories (default 1,000, after skipping K) of
../shared/corpus/reuters21578.jsonl.gz: 1987 Reuters business news, in which few sentences
report a political event, so most events coded there are false and every one costs precision
in an event-level score. Prints the events, their confidence bands, the events the classifier
made (``fill``: a sentence no rule coded, ``fill_outvote``: one that outranks the sentence's
rule events; ``last_resort``: a document's one guess), the root distribution of those, and the
share of self-dyads (source and target of one country and sector). ``--model DIR`` codes with a
model folder written by ``tools/train_classifier.py --out DIR`` instead of the shipped one;
``--option`` changes a ``ClassifierOptions`` field (``last_resort=false``). ``--show N`` prints
N classifier events (sentence, root, dyad) to read. Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from eventscope.events import EventCoder
from eventscope.events.classifier import EventClassifier
from eventscope.events.keep import CLASSIFIER_PATTERN
from eventscope.events.learned import ClassifierOptions
from eventscope.models import ActorMention, Article, Event, EventMention
from eventscope.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REUTERS = SHARED / "corpus/reuters21578.jsonl.gz"
BANDS = ((0.0, 0.45), (0.45, 0.46), (0.46, 0.6), (0.6, 0.8), (0.8, 1.01))


@dataclass
class Tags:
    """Where each event mention of the current document came from, by (sentence, code)."""

    by_key: dict[tuple[int, str], str] = field(default_factory=dict)


class TaggingCoder(EventCoder):
    """The shipped event coder, noting which mentions the classifier made (the output
    :class:`Event` carries no pattern)."""

    def __init__(self, pipeline: Pipeline, model: EventClassifier, options: Any, tags: Tags):
        book = pipeline.event_coder.book
        super().__init__(book, options, classifier=model, codebook=pipeline.codebook)
        self.tags = tags

    def find(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        found = super().find(doc, mentions)
        ruled = {m.sent_index for m in found if not m.pattern.startswith(CLASSIFIER_PATTERN)}
        for m in found:
            if m.pattern.startswith(CLASSIFIER_PATTERN):
                kind = "fill_outvote" if m.sent_index in ruled else "fill"
                self.tags.by_key[(m.sent_index, m.cameo)] = kind
        return found

    def last_resort(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        found = super().last_resort(doc, mentions)
        for m in found:
            self.tags.by_key[(m.sent_index, m.cameo)] = "last_resort"
        return found


def load_model(folder: Path | None) -> EventClassifier:
    if folder is None:
        return EventClassifier.load()
    with np.load(folder / "weights.npz") as arrays:
        data = {name: arrays[name] for name in ("weights", "bias")}
    return EventClassifier.from_files((folder / "model.json").read_text(encoding="utf-8"), data)


def options_of(overrides: Sequence[str]) -> ClassifierOptions:
    options = ClassifierOptions()
    for item in overrides:
        key, _, value = item.partition("=")
        kind = type(getattr(options, key))
        parsed = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
        options = replace(options, **{key: parsed})
    return options


def read_stories(count: int, skip: int) -> list[Article]:
    articles = []
    with gzip.open(REUTERS, "rt", encoding="utf-8") as stream:
        for i, line in enumerate(stream):
            if i >= skip + count:
                break
            if i >= skip:
                record = json.loads(line)
                articles.append(Article(id=record["id"], text=record["text"]))
    return articles


def self_dyad(event: Event) -> bool:
    a, b = event.source, event.target
    if a is None or b is None:
        return False
    return (a.country, a.sector, a.code if not a.country else "") == (
        b.country,
        b.sector,
        b.code if not b.country else "",
    )


def code_all(pipeline: Pipeline, tags: Tags, articles: list[Article]) -> list[dict[str, Any]]:
    """One row per emitted event: the event and where it came from."""
    rows = []
    docs = pipeline.nlp.pipe([a.text for a in articles], batch_size=32)
    for article, doc in zip(articles, docs, strict=True):
        tags.by_key.clear()
        for event in pipeline.events_from_doc(article, doc):
            kind = tags.by_key.get((event.sentence_index, event.cameo), "rules")
            rows.append({"event": event, "kind": kind})
    return rows


def report(rows: list[dict[str, Any]], stories: int, show: int) -> dict[str, Any]:
    events = [r["event"] for r in rows]
    learned = [r for r in rows if r["kind"] != "rules"]
    bands = Counter(
        next(f"[{lo:.2f},{hi:.2f})" for lo, hi in BANDS if lo <= e.confidence < hi) for e in events
    )
    summary = {
        "stories": stories,
        "events": len(events),
        "documents_with_events": len({e.article_id for e in events}),
        "by_confidence": dict(sorted(bands.items())),
        "by_origin": dict(Counter(r["kind"] for r in rows).most_common()),
        "classifier_events": len(learned),
        "classifier_roots": dict(Counter(r["event"].root for r in learned).most_common()),
        "self_dyads": sum(self_dyad(e) for e in events),
        "self_dyad_share": round(sum(self_dyad(e) for e in events) / max(1, len(events)), 3),
    }
    for key, value in summary.items():
        print(f"{key:22s} {value}")
    for r in learned[:show]:
        e = r["event"]
        dyad = f"{e.source.code if e.source else '-'} -> {e.target.code if e.target else '-'}"
        print(f"  [{r['kind']}] {e.root} {dyad} | {e.sentence[:160]}")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--model", type=Path, help="a model folder (default: the shipped one)")
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--show", type=int, default=0, help="print N classifier events")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    args = parser.parse_args(argv)
    if not REUTERS.is_file():
        print(f"skipped: {REUTERS} not found (the shared development folder)")
        return 0
    base = Pipeline()
    shipped = base.event_coder
    options = replace(shipped.options, classifier=options_of(args.option))
    tags = Tags()
    coder = TaggingCoder(base, load_model(args.model), options, tags)
    pipeline = base.with_events(coder)
    articles = read_stories(args.stories, args.skip)
    summary = report(code_all(pipeline, tags, articles), len(articles), args.show)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
