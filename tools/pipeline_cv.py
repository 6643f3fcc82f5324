"""Cross-validation of the whole pipeline on the ConfliBERT PentaClass sentences (#15).

``python tools/train_classifier.py --pipeline-cv 5 [--cache FILE]``. The classifier's own CV
(``--cv``) scores the model alone; this scores what ``eventscope code`` outputs. For each
fold (a SHA-256 hash of the record id, so a sentence's fold never depends on file order):

1. train the classifier as ``make train`` does (same sources, features, C and seed) without
   the fold's ConfliBERT sentences;
2. build ``EventCoder(book, options, classifier=<fold model>)`` and inject it into
   ``Pipeline(events=...)`` (every other stage is the shipped one, loaded once);
3. run the fold's sentences through the pipeline (each sentence is parsed once for all
   folds) and score them with :func:`eventscope.evaluate.stages.score_pentaclass`, the
   scorer of ``eventscope evaluate``.

Printed: accuracy, macro-F1 and the share of texts with any event, per fold and pooled.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from eventscope.evaluate.stages import score_pentaclass
from eventscope.events import EventCoder
from eventscope.events.classifier import EventClassifier
from eventscope.events.learned import ClassifierOptions
from eventscope.models import Article
from eventscope.pipeline import Pipeline

Record = Mapping[str, Any]


def classifier_options(overrides: Sequence[str]) -> ClassifierOptions | None:
    """``ClassifierOptions`` with ``KEY=VALUE`` overrides (None: the shipped defaults)."""
    if not overrides:
        return None
    defaults = ClassifierOptions()
    changes: dict[str, Any] = {}
    for item in overrides:
        key, _, value = item.partition("=")
        kind = type(getattr(defaults, key))  # AttributeError names an unknown field
        changes[key] = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
    return replace(defaults, **changes)


def fold_of(record_id: str, folds: int) -> int:
    """The fold of a record: its id's SHA-256 modulo ``folds`` (fixed, order-free)."""
    return int(hashlib.sha256(record_id.encode("utf-8")).hexdigest(), 16) % folds


@dataclass
class Parsed:
    """The ConfliBERT records and their parses, shared by every fold."""

    records: list[dict[str, Any]]
    docs: list[Any]
    base: Pipeline


def parse_records(path: Path) -> Parsed:
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    base = Pipeline()
    docs = list(base.nlp.pipe([r["text"] for r in records], batch_size=64))
    return Parsed(records, docs, base)


def fold_pipeline(
    base: Pipeline, model: EventClassifier, options: ClassifierOptions | None = None
) -> Pipeline:
    """The shipped pipeline with an event coder around ``model`` (and ``options``)."""
    shipped = base.event_coder
    event_options = shipped.options
    if options is not None:
        event_options = replace(event_options, classifier=options)
    coder = EventCoder(shipped.book, event_options, classifier=model, codebook=base.codebook)
    return base.with_events(coder)


def code_fold(pipeline: Pipeline, parsed: Parsed, members: Sequence[int]) -> dict[str, list]:
    """Event dicts by record id, for the records at ``members``."""
    coded: dict[str, list] = {}
    for i in members:
        record = parsed.records[i]
        article = Article(id=str(record["id"]), text=str(record["text"]))
        events = pipeline.events_from_doc(article, parsed.docs[i])
        coded[article.id] = [event.to_dict() for event in events]
    return coded


def summary(label: str, scores: Record) -> str:
    return (
        f"{label:8s} texts={scores['texts']:4d} acc={scores['class_acc']:.3f} "
        f"macro_f1={scores['class_macro_f1']:.3f} any_event={scores['any_event']:.3f}"
    )


def run(
    parsed: Parsed,
    models: Sequence[EventClassifier],
    options: ClassifierOptions | None = None,
    *,
    verbose: bool = True,
) -> dict[str, Any]:
    """Code each fold with its model; print and return per-fold and pooled scores."""
    folds = len(models)
    members: list[list[int]] = [[] for _ in range(folds)]
    for i, record in enumerate(parsed.records):
        members[fold_of(str(record["id"]), folds)].append(i)
    pooled: dict[str, list] = {}
    per_fold = []
    for k, model in enumerate(models):
        coded = code_fold(fold_pipeline(parsed.base, model, options), parsed, members[k])
        gold = [parsed.records[i] for i in members[k]]
        per_fold.append(score_pentaclass(gold, coded))
        pooled |= coded
        if verbose:
            print(summary(f"fold {k}", per_fold[-1]))
    total = score_pentaclass(parsed.records, pooled)
    if verbose:
        print(summary("pooled", total))
        print("confusion (gold -> system):", json.dumps(total["confusion"]))
    return {"folds": per_fold, "pooled": total, "coded": pooled}
