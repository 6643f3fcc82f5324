"""Learn the place ranker's weights on the TUNE part of the geoparsing dev sets.

Usage:
    python tools/tune_places.py [--shared ../shared] [--work /tmp/tune-places] [--write]

Reads ``SHARED/eval/geo_gwn.jsonl`` and ``geo_lgl.jsonl`` (never copied: parsed docs are cached
in ``--work`` only), finds the place names as the library does, and for every name that
overlaps a gold toponym labels each candidate "right" when it lies within 161 km of the gold
point. Two conditional-logit models are fitted on the TUNE part (records split by
:func:`eventscope.evaluate.split.split_of`): the *prior* (context-free features) and, on the
first pass's choices, the *full* model (plus the document-context features). The
country-fallback threshold is then picked on the TUNE part from a short grid. The script
prints acc@161 km, AUC and country accuracy on both parts for the shipped weights and for the
new ones; ``--write`` stores the new weights in ``data/gazetteer/rank_weights.toml``.
Deterministic (full-batch gradient descent from zero weights; no sampling).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import DocBin

from eventscope.evaluate.split import split_of
from eventscope.evaluate.stages import match_spans, score_places
from eventscope.nlp import load_nlp, parse_many
from eventscope.places import PlaceResolver, mentions_of, place_record, rank_context
from eventscope.places.rank import (
    CONTEXT_FEATURES,
    EVIDENCE_CAP,
    FEATURES,
    RankModel,
    candidate_pool,
    features,
)
from eventscope.settings import load_settings

SETS = ("geo_gwn", "geo_lgl")
RIGHT_KM = 161.0
L2 = 0.01
STEPS = 1500
RATE = 0.05
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.3)
TOLERANCE = 0.002  # summed tune gain a stricter or safer choice may cost
ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src/eventscope/data/gazetteer/rank_weights.toml"


def km(lat1: float, lon1: float, lat2: float | None, lon2: float | None) -> float:
    if lat2 is None or lon2 is None:
        return 20_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def load_part(shared: Path, work: Path, name: str, part: str) -> tuple[list[dict[str, Any]], Any]:
    """Gold records of one part and their parsed docs (parsed once, cached in ``work``)."""
    records = [
        json.loads(line)
        for line in (shared / "eval" / f"{name}.jsonl").read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    records = [r for r in records if split_of(r["id"]) == part]
    nlp = load_nlp(load_settings().model)
    cache = work / f"{name}_{part}.spacy"
    if not cache.exists():
        bin_ = DocBin(store_user_data=False)
        for doc in parse_many(nlp, (r["text"] for r in records)):
            bin_.add(doc)
        work.mkdir(parents=True, exist_ok=True)
        bin_.to_disk(cache)
    return records, list(DocBin().from_disk(cache).get_docs(nlp.vocab))


def examples(resolver: PlaceResolver, records, docs, *, context: bool) -> list[tuple]:
    """(feature matrix, right labels) per matched name with a right candidate and a choice."""
    rows = []
    for record, doc in zip(records, docs, strict=True):
        gold = [t for t in record.get("toponyms") or () if t.get("lat") is not None]
        spans = resolver.mention_spans(doc)
        names = mentions_of(doc, spans, resolver)
        chars = [{"start": doc[s:e].start_char, "end": doc[s:e].end_char} for s, e in spans]
        matched = match_spans(gold, chars)
        first = None
        if context:
            first = resolver.first_pass(names, frozenset())
        chosen = first or [None] * len(names)
        for k, g in matched.items():
            strict = resolver.model.strict_countries
            ctx = rank_context(
                names, k, countries=frozenset(), chosen=chosen, first=first, strict=strict
            )
            pool = candidate_pool(names[k].candidates, ctx)
            if len(pool) < 2:
                continue
            toponym = gold[g]
            right = [
                km(toponym["lat"], toponym["lon"], c.place.lat, c.place.lon) <= RIGHT_KM
                for c in pool
            ]
            if not any(right) or all(right):
                continue
            x = np.array([[features(c, ctx)[f] for f in FEATURES] for c in pool])
            rows.append((x, np.array(right, dtype=float)))
    return rows


def fit(rows: Sequence[tuple], used: Sequence[str]) -> dict[str, float]:
    """Conditional logit: maximise log P(right) per name, L2-penalised; Adam, full batch."""
    mask = np.array([f in used for f in FEATURES], dtype=float)
    w = np.zeros(len(FEATURES))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        grad = 2 * L2 * w
        for x, right in rows:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * right
            q /= q.sum()
            grad -= (q - p) @ x / len(rows)
        grad *= mask
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(value), 3) for f, value in zip(FEATURES, w, strict=True) if f in used}


def measure(resolver: PlaceResolver, parts: dict[str, tuple]) -> dict[str, dict[str, Any]]:
    out = {}
    for key, (records, docs) in parts.items():
        system = {
            r["id"]: [place_record(r["id"], m) for m in resolver.find(doc)]
            for r, doc in zip(records, docs, strict=True)
        }
        metrics = score_places(records, system)
        out[key] = {k: metrics[k] for k in ("acc_161km", "auc_log_error", "country_acc")}
    return out


def candidates_for(resolver: PlaceResolver, tune: list[tuple], strict: bool) -> list[RankModel]:
    """Fit both passes under one eligibility rule; one model per fallback threshold."""
    resolver.model = RankModel(strict_countries=strict)
    rows = [row for part in tune for row in examples(resolver, *part, context=False)]
    prior = fit(rows, [f for f in FEATURES if f not in CONTEXT_FEATURES | {"actor"}])
    resolver.model = RankModel(prior=prior, full=prior, strict_countries=strict)
    rows = [row for part in tune for row in examples(resolver, *part, context=True)]
    full = fit(rows, [f for f in FEATURES if f != "actor"])
    # The dev sets give no actor countries (evaluate resolves places alone), so "actor" cannot
    # be learnt here: an actor country counts like one other place name in that country.
    prior["actor"] = full["actor"] = round(full["same_country"] / EVIDENCE_CAP, 3)
    print(f"strict={strict}\nprior {prior}\nfull {full}")
    return [
        RankModel(prior=prior, full=full, fallback_below=below, strict_countries=strict)
        for below in THRESHOLDS
    ]


def to_toml(model: RankModel) -> str:
    lines = [
        "# Place-ranking weights learnt by tools/tune_places.py on the TUNE part of geo_gwn and",
        "# geo_lgl (conditional logit, L2, full-batch Adam from zero: deterministic). Do not edit",
        "# by hand; rerun the tool. Feature meanings: eventscope/places/rank.py.",
        f"fallback_below = {model.fallback_below}",
        f"strict_countries = {str(model.strict_countries).lower()}",
        "",
        "[prior]",
        *(f"{k} = {v}" for k, v in model.prior.items() if k not in CONTEXT_FEATURES),
        "",
        "[full]",
        *(f"{k} = {v}" for k, v in model.full.items()),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--work", type=Path, default=Path("/tmp/tune-places"))
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    resolver = PlaceResolver.load(cache_dir=load_settings().cache_dir)
    parts = {
        f"{name}/{part}": load_part(args.shared, args.work, name, part)
        for name in SETS
        for part in ("tune", "check")
    }
    print("shipped", json.dumps(measure(resolver, parts), indent=1))
    tune = {k: v for k, v in parts.items() if k.endswith("tune")}
    best: tuple[float, RankModel] | None = None
    for strict in (True, False):
        for model in candidates_for(resolver, list(tune.values()), strict):
            resolver.model = model
            scores = measure(resolver, tune)
            gain = sum(s["acc_161km"] - s["auc_log_error"] for s in scores.values())
            print(f"strict={strict} fallback_below={model.fallback_below}", scores)
            # A fallback (or a looser rule) is kept unless it costs more than TOLERANCE.
            if best is None or gain >= best[0] - TOLERANCE:
                best = (max(gain, best[0]) if best else gain, model)
    if best is None:
        raise SystemExit("no model was fitted")
    resolver.model = best[1]
    print("chosen", to_toml(best[1]))
    print("new", json.dumps(measure(resolver, parts), indent=1))
    if args.write:
        WEIGHTS.write_text(to_toml(resolver.model), encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
