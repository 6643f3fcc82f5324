"""Where the throughput gap goes: CPU seconds of spaCy alone and of the full pipeline, split.

Usage:
    python benchmarks/gap.py [--articles N] [--rounds R] [--corpus PATH|reuters|acled]

On the texts ``throughput.py`` times (same corpus choice, same texts refused before parsing),
each round times, in this process and in CPU seconds (steadier than wall time on a shared
machine): ``parse`` (``nlp.pipe`` alone, the benchmark's baseline), ``stages`` (the stages
after the parse on those parsed docs, as ``stagetime`` measures them) and ``full``
(``Pipeline.code_many``, the benchmark's full pass) split into its parse, its stages and the
rest (text checks, batching, result objects), with the garbage collector's time. Prints each
round and the medians, with ``parse/full`` (the ratio ``throughput.py`` reports, in CPU time).

Example (main 17104f4, 300 ACLED notes, load 8-9): the parse inside ``code_many`` costs what the
parse alone costs (0.99-1.00), its stages what they cost alone, the rest 0.010 s, GC 0.003 s.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Iterator
from typing import Any

from throughput import CORPORA, corpus_path, load_articles, parseable

from eventscope.models import Article
from eventscope.nlp import load_nlp
from eventscope.pipeline import Pipeline


class _Clock:
    """CPU seconds spent in the full pass's parse, its stages and garbage collection."""

    def __init__(self) -> None:
        self.parts = {"parse": 0.0, "stages": 0.0, "gc": 0.0}
        self._gc_start = 0.0

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = time.process_time()
        else:
            self.parts["gc"] += time.process_time() - self._gc_start


class _TimedNlp:
    """The pipeline's ``nlp`` with the time of each parsed batch counted (``pipe`` only)."""

    def __init__(self, nlp: Any, clock: _Clock) -> None:
        self._nlp, self._clock = nlp, clock

    def pipe(self, texts: list[str], **options: Any) -> Iterator[Any]:
        docs = self._nlp.pipe(texts, **options)
        while True:
            start = time.process_time()
            doc = next(docs, None)
            self._clock.parts["parse"] += time.process_time() - start
            if doc is None:
                return
            yield doc


def one_round(pipeline: Pipeline, articles: list[Article], clock: _Clock) -> dict[str, float]:
    """One round: parse alone, the stages alone on those docs, then the split full pass."""
    nlp, coder = pipeline.nlp, pipeline.events_from_doc
    texts = [a.text for a in articles]
    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.process_time() - start
    start = time.process_time()
    for article, doc in zip(articles, docs, strict=True):
        coder(article, doc)
    stages = time.process_time() - start

    def timed_stages(article: Article, doc: Any) -> Any:
        begin = time.process_time()
        found = coder(article, doc)
        clock.parts["stages"] += time.process_time() - begin
        return found

    clock.parts = dict.fromkeys(clock.parts, 0.0)
    pipeline.nlp = _TimedNlp(nlp, clock)  # type: ignore[assignment]
    pipeline.events_from_doc = timed_stages  # type: ignore[method-assign]
    start = time.process_time()
    try:
        list(pipeline.code_many(articles))
    finally:
        full = time.process_time() - start
        pipeline.nlp, pipeline.events_from_doc = nlp, coder  # type: ignore[method-assign]
    parts = clock.parts
    return {
        "parse": parse,
        "stages": stages,
        "full": full,
        "full_parse": parts["parse"],
        "full_stages": parts["stages"],
        "rest": full - parts["parse"] - parts["stages"],
        "gc": parts["gc"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--corpus", type=corpus_path, default=CORPORA["acled"])
    args = parser.parse_args(argv)
    articles = parseable(load_articles(args.corpus, args.articles)[0])
    pipeline = Pipeline(nlp=load_nlp())
    list(pipeline.code_many(articles[:5]))  # warm up lazy loads
    clock = _Clock()
    gc.callbacks.append(clock.on_gc)
    rows = []
    for _ in range(args.rounds):
        rows.append(one_round(pipeline, articles, clock))
        print(" ".join(f"{k} {v:.3f}" for k, v in rows[-1].items()), flush=True)
    medians = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    ratio = statistics.median(r["parse"] / r["full"] for r in rows)
    print("median " + " ".join(f"{k} {v:.3f}" for k, v in medians.items()))
    inside = medians["full_parse"] / medians["parse"]
    print(f"parse/full (CPU) {ratio:.3f}; parse inside the full pass / parse alone {inside:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
