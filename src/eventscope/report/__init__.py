"""Reports for analysts: ``eventscope brief A B``, how relations between two countries
changed and why, as Markdown or as a self-contained HTML page with an SVG chart.

Example:
    >>> from eventscope.store import open_store
    >>> with open_store(":memory:") as store:
    ...     print(render_markdown(build_brief(store, "AZE", "CHN")).splitlines()[0])
    # Azerbaijan – China: how relations changed
"""

from __future__ import annotations

from .brief import Brief, BriefOptions, Evidence, PartnerMove, Turn, brief_json, build_brief
from .html import render_html
from .markdown import render_markdown

__all__ = [
    "Brief",
    "BriefOptions",
    "Evidence",
    "PartnerMove",
    "Turn",
    "brief_json",
    "build_brief",
    "render_html",
    "render_markdown",
]
