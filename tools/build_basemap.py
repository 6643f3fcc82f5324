"""Build ``basemap.json`` (country outlines as SVG paths) from world-atlas TopoJSON.

Not imported at run time: a one-off build step, kept so the file can be regenerated.

Usage (``npm pack world-atlas`` unpacks ``package/countries-110m.json``)::

    python tools/build_basemap.py package/countries-110m.json \
        src/eventscope/web/static/basemap.json

Projection: equirectangular, x = longitude, y = -latitude (SVG viewBox ``-180 -90 360 180``),
so the dashboard places a marker at ``(lon, -lat)`` with no projection code. Coordinates are
rounded to 0.1 degree. Each feature carries its ISO alpha-3 code (via pycountry from the
ISO numeric id) so the dashboard can highlight the selected countries.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON quantised delta encoding)."""
    scale = topology["transform"]["scale"]
    shift = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def ring_path(points: list[tuple[float, float]]) -> str:
    coords = []
    last = None
    for lon, lat in points:
        pair = f"{lon:.1f} {-lat:.1f}"
        if pair != last:
            coords.append(pair)
            last = pair
    return "M" + "L".join(coords) + "Z" if len(coords) > 2 else ""


def iso3(numeric: str | None) -> str | None:
    import pycountry

    if not numeric:
        return None
    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return country.alpha_3 if country else None


def build(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        path = "".join(
            ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon
        )
        if path:
            name = geometry.get("properties", {}).get("name")
            features.append({"iso3": iso3(geometry.get("id")), "name": name, "d": path})
    return {
        "source": "Natural Earth 1:110m admin-0 countries via world-atlas 2.0.2",
        "viewBox": "-180 -90 360 180",
        "countries": features,
    }


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    basemap = build(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(basemap, separators=(",", ":")), encoding="utf-8")
    print(f"{len(basemap['countries'])} countries -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
