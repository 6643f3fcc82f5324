"""Points of areas (countries, divisions) from the places inside them.

Example:
    >>> middle([(0.0, 0.0), (2.0, 4.0)])
    (1.0, 2.0)
    >>> country_point([(0.0, 0.0), (2.0, 4.0)], (40.0, 40.0))   # a centre outside: not used
    (1.0, 2.0)
"""

from __future__ import annotations

from collections.abc import Sequence

# Share of an area's places left out on each side when taking the middle of their box; chosen
# on the TUNE part of geo_lgl (0, 0.02, 0.05, 0.1 tried: 0.05 and 0.1 best for divisions).
MIDDLE_TRIM = 0.05
BOX_MARGIN = 0.5  # degrees around a country's box of places in which its centre may lie


def middle(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box holding all but the outer ``MIDDLE_TRIM`` of points on each side.

    An area's places spread over it, so the middle of their box is near its geographic centre
    (what GeoNames gives for a division); trimming keeps far islands from moving it. A
    population-weighted mean would be pulled to the biggest city instead.

    >>> middle([(0.0, 0.0), (2.0, 4.0)])
    (1.0, 2.0)
    """
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    low = int(MIDDLE_TRIM * len(points))
    high = max(low, len(points) - 1 - low)
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def country_point(
    points: Sequence[tuple[float, float]], centre: tuple[float, float] | None
) -> tuple[float, float]:
    """A country's point: its curated or countryinfo centre when that lies in the box of
    all the country's own places (a sanity check: a few countryinfo centres are rounded
    into a neighbour, Kuwait's into Saudi Arabia), else the middle of their trimmed box.

    The whole box, not the trimmed one: most people of Canada, Algeria, Libya or Mali live
    along one edge, so their geographic centre (Canada's 60 N 95 W) lies outside the box of
    the bulk of their places though well inside the country, and the middle of that box is
    a populated strip (Canada's at 48 N, 1,300 km south of its centre).

    >>> strip = [(44.0, -79.0), (45.0, -75.0), (49.0, -123.0), (53.0, -113.0), (82.0, -62.0)]
    >>> country_point(strip, (60.0, -95.0))
    (60.0, -95.0)
    """
    if centre is not None and in_box(centre, box(points, trim=0.0)):
        return centre
    return middle(points)


def box(
    points: Sequence[tuple[float, float]], trim: float = MIDDLE_TRIM
) -> tuple[float, float, float, float]:
    """(lat min, lat max, lon min, lon max) of all but the outer ``trim`` of points each side."""
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    low = int(trim * len(points))
    high = max(low, len(points) - 1 - low)
    return lats[low], lats[high], lons[low], lons[high]


def in_box(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    lat_min, lat_max, lon_min, lon_max = box
    lat, lon = point
    margin = BOX_MARGIN
    inside_lat = lat_min - margin <= lat <= lat_max + margin
    return inside_lat and lon_min - margin <= lon <= lon_max + margin
