"""Throughput: spaCy parsing alone vs the full eventscope pipeline, on the same articles, one run.

Usage:
    python benchmarks/throughput.py [--articles N] [--rounds R] [--corpus PATH]

Articles: the first N stories of ../shared/corpus/reuters21578.jsonl.gz when it is present
(or --corpus), else the bundled sample articles repeated up to N. The two measurements are
interleaved over R rounds (the machine is shared and noisy) and the best round of each is
reported, with their ratio (full pipeline / spaCy alone; the target is >= 0.85).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eventscope.ingest import read_paths
from eventscope.models import Article
from eventscope.nlp import load_nlp
from eventscope.pipeline import Pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/reuters21578.jsonl.gz"


def load_articles(corpus: Path, count: int) -> tuple[list[Article], str]:
    """The first ``count`` readable articles of the corpus, or the bundled samples repeated."""
    if corpus.is_file():
        articles = []
        for item in read_paths([corpus]):
            if isinstance(item, Article):
                articles.append(item)
            if len(articles) >= count:
                break
        return articles, str(corpus)
    from eventscope.demo import load_samples

    samples = load_samples()
    repeated = [samples[i % len(samples)] for i in range(count)]
    return repeated, "bundled samples (../shared corpus absent)"


def timed(work: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    produced = work()
    return time.perf_counter() - start, produced


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)

    articles, origin = load_articles(args.corpus, args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    pipeline = Pipeline(nlp=nlp)
    list(pipeline.code_many(articles[:5]))  # warm up: caches, lazy loads

    def spacy_only() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=pipeline.settings.batch_size))

    def full() -> int:
        return sum(len(r.events) for r in pipeline.code_many(articles))

    spacy_times, full_times, events = [], [], 0
    for _ in range(args.rounds):
        spacy_times.append(timed(spacy_only)[0])
        seconds, events = timed(full)
        full_times.append(seconds)
    spacy_rate = len(texts) / min(spacy_times)
    full_rate = len(texts) / min(full_times)
    print(f"articles: {len(texts)} ({words:,} words) from {origin}; rounds: {args.rounds}")
    print(f"spaCy alone:   {spacy_rate:8.1f} articles/s  (median {statistics.median(spacy_times):.2f} s)")
    print(f"full pipeline: {full_rate:8.1f} articles/s  (median {statistics.median(full_times):.2f} s)")
    print(f"events coded:  {events}")
    print(f"ratio full/spaCy: {full_rate / spacy_rate:.3f}  (target >= 0.85)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
