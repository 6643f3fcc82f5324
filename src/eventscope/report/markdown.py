"""The brief as Markdown (see :mod:`eventscope.report.brief`).

Example:
    >>> from eventscope.store import open_store
    >>> from eventscope.report.brief import build_brief
    >>> with open_store(":memory:") as store:
    ...     "No stored events" in render_markdown(build_brief(store, "AZE", "CHN"))
    True
"""

from __future__ import annotations

from .brief import Brief, Evidence, Turn
from .text import (
    article_label,
    event_line,
    plural,
    short_period,
    signed,
    summary,
    title,
    turn_heading,
    window_label,
)


def _quote(text: str) -> str:
    return "> " + " ".join(text.split())


def _link(evidence: Evidence) -> str:
    label = article_label(evidence).replace("[", "(").replace("]", ")")
    return f"[{label}]({evidence.url})" if evidence.url else label


def _series(brief: Brief) -> list[str]:
    lines = [
        f"## Goldstein score and QuadClass by {brief.by}",
        "",
        "Periods with events (the HTML page charts every period, empty ones at zero).",
        "",
        "| period | events | mentions | verbal coop. | material coop. | verbal conflict "
        "| material conflict | net Goldstein |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in brief.series:
        if row.events:
            lines.append(
                f"| {short_period(row.period, brief.by)} | {row.events} | {row.mentions} "
                f"| {row.verbal_cooperation} | {row.material_cooperation} "
                f"| {row.verbal_conflict} | {row.material_conflict} "
                f"| {signed(row.goldstein_sum)} |"
            )
    return lines


def _turn(turn: Turn, by: str, a: str, b: str) -> list[str]:
    lines = [f"### {turn_heading(turn, by)}", "", "Key events:", ""]
    for evidence in turn.evidence:
        lines += [f"- {event_line(evidence)}", f"  {_quote(evidence.event.sentence)}"]
        lines.append(f"  — {_link(evidence)}")
    lines += ["", f"Partners each side turned to ({window_label(turn, by)}):", ""]
    if not turn.partners:
        lines.append(f"- neither {a} nor {b} had events with other countries")
    for move in turn.partners:
        lines.append(
            f"- {move.country} → {move.partner_name} ({move.partner}): "
            f"{plural(move.events, 'event')}, {move.cooperation} cooperative, "
            f"{move.conflict} conflictual"
        )
        if move.top is not None:
            lines += [f"  {_quote(move.top.event.sentence)}", f"  — {_link(move.top)}"]
    return [*lines, ""]


def render_markdown(brief: Brief) -> str:
    """The brief as a Markdown document."""
    lines = [f"# {title(brief)}", "", summary(brief), ""]
    if brief.events == 0:
        return "\n".join(lines)
    lines += _series(brief) + ["", "## Where relations changed most", ""]
    lines.append(
        "Periods whose net Goldstein score (cooperation positive, conflict negative, one "
        "value per real-world event) moved most against the period before."
    )
    lines.append("")
    for turn in brief.turns:
        lines += _turn(turn, brief.by, brief.a, brief.b)
    return "\n".join(lines)
