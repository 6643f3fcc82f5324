"""List the geocoding misses on the TUNE part of a geoparsing dev set, grouped by cause.

Usage:
    python tools/place_errors.py geo_lgl|geo_gwn [--shared ../shared] [--work /tmp/place-errors]
        [--split tune] [--show 40]

Never copies the dev data: parsed docs are cached in ``--work`` only. Each gold toponym with
coordinates falls in one group:

* ``missed span``: no system mention overlaps it (with the NER label of its first token);
* ``wrong span``: overlapped by a mention with other bounds, and placed > 161 km off;
* ``not in gazetteer``: no candidate of the mention's name lies within 161 km of the gold;
* ``unresolved``: a right candidate exists but the mention got no place;
* ``wrong namesake``: a right candidate exists and another was chosen (same or other country).

System mentions overlapping no gold toponym (nor an ignored span) are listed as ``extra``.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tune_places import km, load_part  # the tuner's parsed parts, cached in the same files

from eventscope.evaluate.stages import match_spans
from eventscope.places import PlaceResolver, place_record
from eventscope.places.record import output_resolver
from eventscope.settings import load_settings


def _cause(resolver: PlaceResolver, gold: dict, mention: dict) -> tuple[str, str]:
    """The group of a matched gold toponym placed > 161 km off, and its candidate summary."""
    pool = resolver.candidates(mention["text"])
    near = [c for c in pool if km(gold["lat"], gold["lon"], c.place.lat, c.place.lon) <= 161]
    tops = sorted(pool, key=lambda c: -c.population)[:5]
    listing = "; ".join(
        f"{c.place.name}/{c.place.country}/{c.place.feature_code}/{c.population}" for c in tops
    )
    if (mention["start"], mention["end"]) != (gold["start"], gold["end"]) and not near:
        return "wrong span", listing
    if not near:
        return "not in gazetteer", listing
    if mention["lat"] is None:
        return "unresolved", listing
    same = gold.get("country") and mention.get("country") == gold.get("country")
    return ("wrong namesake (same country)" if same else "wrong namesake"), listing


def _misses(record: dict, doc: Any, groups: dict[str, list[str]]) -> None:
    """Gold toponyms no system mention overlaps, with the NER label of their first token."""
    text = record["text"]
    for toponym in record["gold"]:
        start = toponym["start"]
        span = doc.char_span(start, toponym["end"], alignment_mode="expand")
        label = span[0].ent_type_ if span is not None and len(span) else "?"
        context = text[max(0, start - 50) : toponym["end"] + 30].replace("\n", " ")
        row = f"{record['id']} {toponym['phrase']!r} [{label}] {context!r}"
        groups["missed span"].append(row)


def _geocoded(
    resolver: PlaceResolver, record: dict, pairs: list[tuple[dict, dict]], tally: Counter
) -> list[tuple[str, str]]:
    """(cause, row) of each matched toponym placed > 161 km off; counts go to ``tally``."""
    rows = []
    for toponym, mention in pairs:
        off = km(toponym["lat"], toponym["lon"], mention["lat"], mention["lon"])
        tally["matched"] += 1
        tally["near"] += off <= 161
        if toponym.get("country"):
            tally["with country"] += 1
            tally["right country"] += mention.get("country") == toponym["country"]
        if off <= 161:
            continue
        cause, listing = _cause(resolver, toponym, mention)
        chose = f"{mention['name']}/{mention['country']}"
        rows.append(
            (
                cause,
                f"{record['id']} {toponym['phrase']!r}->{mention['text']!r} gold "
                f"{toponym.get('name')}/{toponym.get('country')} chose {chose} {off:.0f} km"
                f" | {listing}",
            )
        )
    return rows


def _extras(record: dict, mentions: list[dict], matched: dict[int, int]) -> list[str]:
    """System mentions that overlap no gold toponym and no ignored span."""
    ignore = record.get("ignore_spans") or ()
    rows = []
    for s_index, mention in enumerate(mentions):
        start, end = mention["start"], mention["end"]
        if s_index in matched or any(s < end and start < e for s, e in ignore):
            continue
        context = record["text"][max(0, start - 40) : end + 25].replace("\n", " ")
        rows.append(f"{record['id']} {mention['text']!r} {context!r}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=("geo_lgl", "geo_gwn"))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/place-errors"))
    parser.add_argument("--split", default="tune", choices=("tune", "check"))
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    records, docs = load_part(args.shared, args.work, args.name, args.split)
    resolver = output_resolver(load_settings().cache_dir)  # as `places` and `evaluate` run
    groups: dict[str, list[str]] = defaultdict(list)
    tally: Counter = Counter()
    for record, doc in zip(records, docs, strict=True):
        gold = [t for t in record.get("toponyms") or () if t.get("lat") is not None]
        mentions = [place_record(record["id"], m) for m in resolver.find(doc)]
        matched = match_spans(gold, mentions)
        hit = set(matched.values())
        _misses({**record, "gold": [t for i, t in enumerate(gold) if i not in hit]}, doc, groups)
        pairs = [(gold[g], mentions[s]) for s, g in matched.items()]
        for cause, row in _geocoded(resolver, record, pairs, tally):
            groups[cause].append(row)
        groups["extra"] += _extras(record, mentions, matched)
    tp, fp, fn = tally["matched"], len(groups["extra"]), len(groups["missed span"])
    tally["span_f1_x1000"] = round(2000 * tp / (2 * tp + fp + fn)) if tp else 0
    print(dict(tally), {cause: len(rows) for cause, rows in groups.items()})
    for cause, rows in sorted(groups.items()):
        print(f"\n== {cause} ({len(rows)})")
        for row in rows[: args.show]:
            print(" ", row)


if __name__ == "__main__":
    main()
