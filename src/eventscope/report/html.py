"""The brief as one self-contained HTML page: inline CSS, inline SVG chart, no script.

The page has no ``style`` attributes, only one ``<style>`` element (:data:`STYLE`), so a
server can allow it under a strict Content-Security-Policy by its hash
(:data:`STYLE_SOURCE`, as the API does) instead of ``'unsafe-inline'``.

Example:
    >>> from eventscope.store import open_store
    >>> from eventscope.report.brief import build_brief
    >>> with open_store(":memory:") as store:
    ...     render_html(build_brief(store, "AZE", "CHN")).startswith("<!DOCTYPE html>")
    True
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from .brief import Brief, Evidence, Turn
from .svg import COLOURS, chart_svg
from .text import (
    article_label,
    event_line,
    plural,
    summary,
    title,
    turn_heading,
    window_label,
)

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1.05em;margin-bottom:.3em}
blockquote{margin:.3em 0 .2em 1em;padding-left:.8em;border-left:3px solid #999;color:#333}
.meta{color:#555;font-size:.9em}.turn-box{border-top:1px solid #ddd;padding-top:.4em}
svg{width:100%;height:auto}svg .zero{stroke:#333;stroke-width:1}svg .turn{fill:#fff3c4}
svg .label{font-size:11px;fill:#444}svg .tick{font-size:10px;fill:#444;text-anchor:middle}
.legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:-.1em}
""" + "".join(f".legend .{name}{{background:{colour}}}" for name, colour in COLOURS.items())
# The CSP source that allows the <style> element above, and nothing else: 'sha256-...'.
STYLE_SOURCE = "'sha256-{}'".format(
    base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode("ascii")
)


def _article(evidence: Evidence) -> str:
    label = escape(article_label(evidence))
    if evidence.url:
        return f'<a href="{escape(evidence.url, quote=True)}">{label}</a>'
    return label


def _evidence(evidence: Evidence) -> str:
    return (
        f"<li>{escape(event_line(evidence))}"
        f"<blockquote>{escape(evidence.event.sentence)}</blockquote>"
        f'<div class="meta">{_article(evidence)}</div></li>'
    )


def _turn(turn: Turn, brief: Brief) -> str:
    items = "".join(_evidence(evidence) for evidence in turn.evidence)
    moves = []
    for move in turn.partners:
        line = (
            f"{escape(move.country)} → {escape(move.partner_name)} ({escape(move.partner)}): "
            f"{plural(move.events, 'event')}, {move.cooperation} cooperative, "
            f"{move.conflict} conflictual"
        )
        if move.top is not None:
            line += (
                f"<blockquote>{escape(move.top.event.sentence)}</blockquote>"
                f'<div class="meta">{_article(move.top)}</div>'
            )
        moves.append(f"<li>{line}</li>")
    partners = "".join(moves) or "<li>no events with other countries</li>"
    return (
        f'<section class="turn-box"><h3>{escape(turn_heading(turn, brief.by))}</h3>'
        f"<p>Key events:</p><ul>{items}</ul>"
        f"<p>Partners each side turned to ({escape(window_label(turn, brief.by))}):</p>"
        f"<ul>{partners}</ul></section>"
    )


def _legend() -> str:
    return (
        '<p class="legend meta">'
        + "".join(
            f'<span class="{name}"></span>{escape(name.replace("_", " "))}' for name in COLOURS
        )
        + ". Shaded: the periods explained below.</p>"
    )


def render_html(brief: Brief) -> str:
    """The brief as a complete HTML document (UTF-8)."""
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title(brief))}</title><style>{STYLE}</style></head><body>"
    )
    body = [f"<h1>{escape(title(brief))}</h1>", f"<p>{escape(summary(brief))}</p>"]
    if brief.events:
        turns = [turn.period for turn in brief.turns]
        body += [
            f"<h2>Net Goldstein score and QuadClass by {escape(brief.by)}</h2>",
            chart_svg(brief.series, by=brief.by, turns=turns),
            _legend(),
            "<h2>Where relations changed most</h2>",
            "<p>Periods whose net Goldstein score (cooperation positive, conflict negative, "
            "one value per real-world event) moved most against the period before.</p>",
        ]
        body += [_turn(turn, brief) for turn in brief.turns]
    return head + "".join(body) + "</body></html>\n"
