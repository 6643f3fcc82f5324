"""List the top-event place misses on the TUNE part of the ACLED dev set, grouped by cause.

Usage:
    python tools/acled_place_errors.py [--shared ../shared] [--split tune] [--show 40]
        [--system SAVED.jsonl] [--save OUT.jsonl] [--km 25]

Never copies the dev data. For each article with gold coordinates and at least one system
event, the top event's location (the one ``top_place_161km`` scores) falls in one group:

* ``no location``: the top event has no place;
* ``wrong country``: placed in another country than the gold place;
* ``far (same country)``: right country, more than 161 km off;
* ``near (25-161 km)``: within 161 km but farther than ``--km`` (the town vs. its district);
* ``right``: within ``--km``.

Each row shows the gold place (name, admin1, precision), the chosen one (name, feature code,
admin1) and whether the gold's name has a gazetteer candidate within ``--km`` of the gold
point (``in gaz``), so a miss of the ranker is told from a gap in the gazetteer.
``--save`` writes the system events so that later runs can read them with ``--system``.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tune_places import km

from eventscope.evaluate.split import select_split
from eventscope.evaluate.system import coded_events, read_jsonl
from eventscope.evaluate.top import top_event
from eventscope.places import PlaceResolver
from eventscope.places.record import output_resolver
from eventscope.settings import load_settings

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def _in_gazetteer(resolver: PlaceResolver, place: Mapping[str, Any], near_km: float) -> str:
    """``yes`` when some candidate of the gold's name lies within ``near_km`` of it."""
    pool = resolver.candidates(str(place.get("name") or ""))
    near = [c for c in pool if km(place["lat"], place["lon"], c.place.lat, c.place.lon) <= near_km]
    return "yes" if near else f"no ({len(pool)} cand)"


def _group(place: Mapping[str, Any], where: Mapping[str, Any], near_km: float) -> str:
    if where.get("lat") is None:
        return "no location"
    off = km(place["lat"], place["lon"], where["lat"], where["lon"])
    if where.get("country") != place.get("country"):
        return "wrong country"
    if off > 161:
        return "far (same country)"
    return "right" if off <= near_km else f"near ({near_km:g}-161 km)"


def _row(record: Mapping[str, Any], place: Mapping[str, Any], where: Mapping[str, Any]) -> str:
    off = km(place["lat"], place["lon"], where.get("lat"), where.get("lon"))
    gold = "/".join(str(place.get(k)) for k in ("name", "admin1", "country", "precision"))
    chose = "/".join(str(where.get(k)) for k in ("name", "feature_code", "admin1", "country"))
    return f"{record['id']} gold {gold} chose {chose} {off:.0f} km\n      {record['text'][:400]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--split", choices=("tune", "check"), default="tune")
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--km", type=float, default=25.0)
    parser.add_argument("--system", type=Path, default=None)
    parser.add_argument("--save", type=Path, default=None)
    args = parser.parse_args()
    records = select_split(read_jsonl(args.shared / "eval" / "acled_dev.jsonl"), args.split)
    events = coded_events(records, system=args.system, save=args.save)
    resolver = output_resolver(load_settings().cache_dir)
    groups: dict[str, list[str]] = defaultdict(list)
    for record in records:
        gold = record.get("events") or ()
        spots = [e["place"] for e in gold if (e.get("place") or {}).get("lat") is not None]
        top = top_event(events.get(str(record["id"]), ()))
        if not spots or top is None:
            continue
        where = top.get("location") or {}
        place = min(spots, key=lambda p: km(p["lat"], p["lon"], where.get("lat"), where.get("lon")))
        group = _group(place, where, args.km)
        row = _row(record, place, where)
        if group != "right":
            row += f"\n      in gaz: {_in_gazetteer(resolver, place, args.km)}"
        groups[group].append(row)
    print(dict(Counter({name: len(rows) for name, rows in groups.items()})))
    for name, rows in sorted(groups.items()):
        if name == "right":
            continue
        print(f"\n== {name} ({len(rows)})")
        for row in rows[: args.show]:
            print("  " + row)


if __name__ == "__main__":
    main()
