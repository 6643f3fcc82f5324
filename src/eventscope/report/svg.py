"""An inline SVG chart of a dyad's series: net Goldstein per period and QuadClass counts.

Two panels share one time axis (every period, empty ones at zero): the net Goldstein score
(bars, green above the zero line, red below) and the events per QuadClass (cooperation stacked
above the zero line, conflict below). Turn periods are shaded. No script, no external file.

Example:
    >>> import datetime as dt
    >>> from eventscope.analytics import TimelineRow
    >>> row = TimelineRow(dt.date(2020, 2, 1), 1, 1, 0, 1, 0, 0, 7.0, 7.0)
    >>> svg = chart_svg([row], by="month", turns=[dt.date(2020, 2, 1)])
    >>> svg.startswith("<svg") and 'class="zero"' in svg
    True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from ..analytics import TimelineRow
from .text import short_period

WIDTH, PANEL, GAP, LEFT, BOTTOM = 760, 110, 30, 110, 34
COLOURS = {
    "verbal_cooperation": "#8fd19e",
    "material_cooperation": "#2e8b57",
    "verbal_conflict": "#f4a261",
    "material_conflict": "#c0392b",
}


def _scale(values: Sequence[float]) -> float:
    top = max((abs(value) for value in values), default=0.0)
    return top if top > 0 else 1.0


def _bar(x: float, zero: float, height: float, width: float, fill: str, tip: str) -> str:
    y = zero - height if height >= 0 else zero
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{abs(height):.1f}" '
        f'fill="{fill}"><title>{escape(tip)}</title></rect>'
    )


def _goldstein_panel(series: Sequence[TimelineRow], step: float, by: str) -> list[str]:
    scale = _scale([row.goldstein_sum for row in series])
    zero = PANEL / 2
    parts = []
    for index, row in enumerate(series):
        height = row.goldstein_sum / scale * (PANEL / 2 - 4)
        fill = "#2e8b57" if row.goldstein_sum >= 0 else "#c0392b"
        tip = f"{short_period(row.period, by)}: net Goldstein {row.goldstein_sum:+.1f}"
        parts.append(_bar(LEFT + index * step + 1, zero, height, max(step - 2, 1), fill, tip))
    parts.append(f'<text x="4" y="{zero - 4:.0f}" class="label">net Goldstein</text>')
    parts.append(f'<text x="4" y="{zero + 12:.0f}" class="label">(±{scale:.0f} max)</text>')
    parts.append(_zero_line(zero))
    return parts


def _quad_panel(series: Sequence[TimelineRow], step: float, by: str) -> list[str]:
    scale = _scale(
        [max(r.verbal_cooperation + r.material_cooperation, r.verbal_conflict + r.material_conflict)
         for r in series]
    )  # fmt: skip
    top = PANEL + GAP
    zero = top + PANEL / 2
    unit = (PANEL / 2 - 4) / scale
    parts = []
    for index, row in enumerate(series):
        x, width = LEFT + index * step + 1, max(step - 2, 1)
        up, down = 0.0, 0.0
        for name, colour in COLOURS.items():
            count = getattr(row, name)
            if not count:
                continue
            tip = f"{short_period(row.period, by)}: {count} {name.replace('_', ' ')}"
            if "cooperation" in name:
                parts.append(_bar(x, zero - up, count * unit, width, colour, tip))
                up += count * unit
            else:
                parts.append(_bar(x, zero + down, -count * unit, width, colour, tip))
                down += count * unit
    parts.append(f'<text x="4" y="{zero - 4:.0f}" class="label">events by</text>')
    parts.append(f'<text x="4" y="{zero + 12:.0f}" class="label">QuadClass</text>')
    parts.append(_zero_line(zero))
    return parts


def _zero_line(y: float) -> str:
    return f'<line class="zero" x1="{LEFT}" x2="{WIDTH}" y1="{y:.1f}" y2="{y:.1f}"/>'


def _axis(series: Sequence[TimelineRow], step: float, by: str) -> list[str]:
    every = max(1, round(len(series) / 10))
    y = 2 * PANEL + GAP + 16
    return [
        f'<text x="{LEFT + index * step + step / 2:.1f}" y="{y}" class="tick">'
        f"{escape(short_period(row.period, by))}</text>"
        for index, row in enumerate(series)
        if index % every == 0
    ]


def chart_svg(series: Sequence[TimelineRow], *, by: str, turns: Sequence[dt.date] = ()) -> str:
    """The two-panel chart as an ``<svg>`` element string (empty string for no series)."""
    if not series:
        return ""
    step = (WIDTH - LEFT) / len(series)
    height = 2 * PANEL + GAP + BOTTOM
    shaded = [
        f'<rect class="turn" x="{LEFT + index * step:.1f}" y="0" width="{step:.1f}" '
        f'height="{2 * PANEL + GAP}"/>'
        for index, row in enumerate(series)
        if row.period in set(turns)
    ]
    body = (
        shaded
        + _goldstein_panel(series, step, by)
        + _quad_panel(series, step, by)
        + _axis(series, step, by)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="net Goldstein score and events by QuadClass per {by}">'
        + "".join(body)
        + "</svg>"
    )
