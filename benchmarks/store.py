"""Store benchmark: insert rates, clustering time, query latencies and size on disk.

Usage:
    python benchmarks/store.py [--events N] [--save-events S] [--db PATH] [--queries Q]

Generates N synthetic events (default 10,000,000; 10 per article) over 60 countries with a
skewed (Zipf-like) choice of dyads, 20 CAMEO roots, ten years of dates and a place on a
third of them. The first S events (default 500,000) go through ``Store.save_many`` (the
``ingest`` path: Event objects -> Arrow -> INSERT, 1,000 articles per transaction, with
dedup checks, without per-save clustering); the rest are generated column-wise and appended
with ``Store.bulk_load`` (Arrow tables of 1,000,000 events, one transaction each). Then one
full ``Store.recluster()``, the median latency of Q monthly dyad timelines over random dyads,
partner rankings, the dyad summary and key events, and the DuckDB file size. Generation
time is excluded from the insert rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from eventscope.analytics import dyad_summary, dyad_timeline, key_events, partners
from eventscope.models import Actor, Article, Event, Place
from eventscope.store import Store, open_store

COUNTRIES = (
    "AZE CHN ARM GEO TUR RUS IRN USA FRA DEU GBR ITA ESP UKR KAZ UZB TKM IND PAK AFG "
    "JPN KOR PRK ISR PSE SYR IRQ SAU EGY LBY NGA ETH KEN ZAF BRA ARG MEX VEN COL CAN "
    "AUS IDN MYS PHL VNM THA MMR BGD LKA NPL POL HUN ROU GRC SRB BLR MDA LTU LVA EST"
).split()
ROOTS = {  # root: (code, quad class, goldstein)
    "01": ("010", 1, 0.0),
    "02": ("020", 1, 3.0),
    "03": ("030", 1, 4.0),
    "04": ("040", 1, 1.0),
    "05": ("050", 1, 3.5),
    "06": ("060", 2, 6.0),
    "07": ("070", 2, 7.0),
    "08": ("080", 2, 5.0),
    "09": ("090", 3, -2.0),
    "10": ("100", 3, -5.0),
    "11": ("110", 3, -2.0),
    "12": ("120", 3, -4.0),
    "13": ("130", 3, -4.4),
    "14": ("140", 3, -6.5),
    "15": ("150", 4, -7.2),
    "16": ("160", 4, -4.0),
    "17": ("170", 4, -7.0),
    "18": ("180", 4, -9.0),
    "19": ("190", 4, -10.0),
    "20": ("200", 4, -10.0),
}
START = dt.date(2015, 1, 1)
DAYS = 3650


WEIGHTS = 1.0 / np.arange(1, len(COUNTRIES) + 1)
WEIGHTS /= WEIGHTS.sum()  # Zipf-like: a few countries (and dyads) are busy


def synthetic_article(number: int, count: int, rng: np.random.Generator) -> tuple[Article, list]:
    """One article with ``count`` random events (Event objects, as the pipeline makes them)."""
    article_id = f"art{number:09d}"
    article = Article(article_id, f"synthetic article {number}", START, source=f"S{number % 50}")
    pairs = rng.choice(len(COUNTRIES), size=(count, 2), p=WEIGHTS)
    days = rng.integers(0, DAYS, size=count)
    kinds = rng.integers(0, len(ROOTS), size=count)
    located = rng.integers(0, 1500, size=count)
    roots = list(ROOTS)
    events = []
    for i in range(count):
        source, target = COUNTRIES[pairs[i, 0]], COUNTRIES[pairs[i, 1]]
        code, quad, goldstein = ROOTS[roots[kinds[i]]]
        place = located[i]
        events.append(
            Event(
                article_id=article_id,
                date=START + dt.timedelta(days=int(days[i])),
                date_precision="day",
                date_source="text",
                source=Actor(source, 0, 3, source, "GOV", f"{source}GOV", source.title()),
                target=Actor(target, 0, 3, target, "GOV", f"{target}GOV", target.title()),
                cameo=code,
                cameo_name="x",
                root=code[:2],
                quad_class=quad,
                goldstein=goldstein,
                plover=None,
                location=Place(f"Place {place}", "AZE", None, 1.0, 2.0, 10_000 + int(place))
                if place < 500
                else None,
                sentence=f"{source} and {target} did something.",
                sentence_index=i,
                confidence=0.8,
            )
        )
    return article, events


def synthetic_batches(
    total: int, per_article: int, chunk_articles: int, seed: int = 7
) -> Iterator[list[tuple[Article, list[Event]]]]:
    """Chunks of ``chunk_articles`` (article, events) pairs, ``total`` events in all."""
    rng = np.random.default_rng(seed)
    number = made = 0
    chunk: list[tuple[Article, list[Event]]] = []
    while made < total:
        count = min(per_article, total - made)
        chunk.append(synthetic_article(number, count, rng))
        number += 1
        made += count
        if len(chunk) == chunk_articles or made >= total:
            yield chunk
            chunk = []


def timed(func: Callable[[], object], rounds: int) -> float:
    """Median wall time of ``rounds`` calls, in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _events_table(article_no: np.ndarray, per_article: int, rng: np.random.Generator):
    """``len(article_no)`` random events as an Arrow table with ``EVENT_COLUMNS``."""
    import pyarrow as pa

    from eventscope.store.schema import EVENT_COLUMNS

    n = len(article_no)
    countries = np.array(COUNTRIES)
    roots = np.array(list(ROOTS))
    pair = rng.choice(len(COUNTRIES), size=(n, 2), p=WEIGHTS)
    kind = rng.integers(0, len(roots), size=n)
    place = rng.integers(0, 1500, size=n)
    no_place = place >= 500
    dates = np.datetime64("2015-01-01") + rng.integers(0, DAYS, size=n).astype("timedelta64[D]")
    columns = {name: pa.nulls(n) for name in EVENT_COLUMNS}
    columns.update(
        article_id=pa.array(np.char.add("art", article_no.astype(str))),
        sentence_index=pa.array(np.arange(n) % per_article),
        date=pa.array(dates),
        date_precision=pa.array(np.full(n, "day")),
        date_source=pa.array(np.full(n, "text")),
        source_country=pa.array(countries[pair[:, 0]]),
        target_country=pa.array(countries[pair[:, 1]]),
        source_code=pa.array(np.char.add(countries[pair[:, 0]], "GOV")),
        target_code=pa.array(np.char.add(countries[pair[:, 1]], "GOV")),
        cameo=pa.array(np.array([ROOTS[r][0] for r in roots])[kind]),
        root=pa.array(roots[kind]),
        quad_class=pa.array(np.array([ROOTS[r][1] for r in roots])[kind]),
        goldstein=pa.array(np.array([ROOTS[r][2] for r in roots])[kind]),
        location_name=pa.array(np.char.add("Place ", place.astype(str)), mask=no_place),
        location_geonameid=pa.array(10_000 + place, mask=no_place),
        sentence=pa.array(np.full(n, "Synthetic sentence.")),
        sentence_start=pa.array(np.zeros(n, dtype=np.int64)),
        confidence=pa.array(np.full(n, 0.8)),
    )
    return pa.table([columns[name] for name in EVENT_COLUMNS], names=list(EVENT_COLUMNS))


def _articles_table(numbers: np.ndarray):
    """Article rows (``ARTICLE_COLUMNS``) for the given article numbers."""
    import pyarrow as pa

    from eventscope.store.schema import ARTICLE_COLUMNS

    n = len(numbers)
    ids = np.char.add("art", numbers.astype(str))
    return pa.table(
        {
            "id": pa.array(ids),
            "url": pa.nulls(n, pa.string()),
            "title": pa.nulls(n, pa.string()),
            "source": pa.array(np.char.add("S", (numbers % 50).astype(str))),
            "published": pa.array(np.full(n, np.datetime64("2015-01-01"))),
            "content_hash": pa.array(ids),
            "text": pa.array(np.full(n, "synthetic")),
            "coded_at": pa.array(np.full(n, np.datetime64("2024-01-01T00:00:00"))),
        }
    ).select(list(ARTICLE_COLUMNS))


def arrow_batches(first_article: int, total: int, per_article: int, size: int, seed: int = 9):
    """(articles, events) Arrow tables of ``size`` events, built column-wise with numpy."""
    rng = np.random.default_rng(seed)
    done = 0
    while done < total:
        n = min(size, total - done)
        article_no = first_article + (done + np.arange(n)) // per_article
        yield _articles_table(np.unique(article_no)), _events_table(article_no, per_article, rng)
        done += n


def load(store: Store, args: argparse.Namespace) -> None:
    saving = 0.0
    saved = 0
    for chunk in synthetic_batches(min(args.save_events, args.events), 10, 1000):
        start = time.perf_counter()
        store.save_many(chunk, recluster=False)
        saving += time.perf_counter() - start
        saved += sum(len(events) for _, events in chunk)
    if saved:
        print(
            f"save_many (ingest path, no clustering): {saved:,} events in {saving:.1f} s "
            f"= {saved / saving:,.0f} events/s"
        )
    loading = 0.0
    loaded = 0
    rest = args.events - saved
    for articles, events in arrow_batches(saved // 10 + 1, rest, 10, 1_000_000):
        start = time.perf_counter()
        loaded += store.bulk_load(articles, events)
        loading += time.perf_counter() - start
        print(f"  ... {saved + loaded:,} events stored", flush=True)
    if loaded:
        print(
            f"bulk_load (Arrow): {loaded:,} events in {loading:.1f} s "
            f"= {loaded / loading:,.0f} events/s"
        )
    start = time.perf_counter()
    clusters = store.recluster()
    print(f"recluster all: {clusters:,} clusters in {time.perf_counter() - start:.1f} s")


def queries(store: Store, rounds: int) -> None:
    rng = np.random.default_rng(11)
    pairs = iter(rng.choice(20, size=(rounds * 2, 2)).tolist())

    def timeline() -> object:
        a, b = next(pairs)
        return dyad_timeline(store, COUNTRIES[a], COUNTRIES[b], by="month")

    print(f"dyad monthly timeline, median of {rounds}: {timed(timeline, rounds):.1f} ms")
    print(f"  (AZE-CHN: {len(dyad_timeline(store, 'AZE', 'CHN'))} months)")
    ms = timed(lambda: partners(store, "AZE"), rounds)
    print(f"partners(AZE), median of {rounds}: {ms:.1f} ms")
    ms = timed(lambda: dyad_summary(store), max(3, rounds // 5))
    print(f"dyad_summary (all pairs): {ms:.1f} ms")
    ms = timed(lambda: key_events(store, "AZE", "CHN", limit=10), max(3, rounds // 5))
    print(f"key_events(AZE, CHN): {ms:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--save-events", type=int, default=500_000, help="via save_many")
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--db", default=None, help="DuckDB file (default: a temporary file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(Path(tmp) / "bench.duckdb")
        with open_store(path) as store:
            load(store, args)
            queries(store, args.queries)
            store.scalar("CHECKPOINT")
        print(
            f"DB size on disk: {Path(path).stat().st_size / 1e6:,.0f} MB "
            f"({Path(path).stat().st_size / args.events:,.0f} bytes/event)"
        )


if __name__ == "__main__":
    main()
