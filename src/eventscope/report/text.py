"""Labels shared by the Markdown and HTML briefs: periods, signed scores, event lines.

Example:
    >>> import datetime as dt
    >>> period_label(dt.date(2020, 2, 1), "month"), period_label(dt.date(2020, 4, 1), "quarter")
    ('February 2020', 'Q2 2020')
    >>> signed(7.0), signed(-2.45), signed(0)
    ('+7.0', '-2.5', '0.0')
"""

from __future__ import annotations

import datetime as dt

from .brief import Brief, Evidence, Turn


def period_label(start: dt.date, by: str) -> str:
    """A readable name for the period starting on ``start``."""
    if by == "month":
        return start.strftime("%B %Y")
    if by == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if by == "year":
        return str(start.year)
    if by == "week":
        return f"week of {start.isoformat()}"
    return start.isoformat()


def short_period(start: dt.date, by: str) -> str:
    """A compact axis label (``2020-02``, ``2020 Q2``, ``2020``)."""
    if by == "month":
        return start.strftime("%Y-%m")
    if by == "quarter":
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return str(start.year) if by == "year" else start.isoformat()


def plural(count: int, noun: str) -> str:
    """``plural(1, "event")`` → ``1 event``; ``plural(2, "event")`` → ``2 events``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def signed(value: float) -> str:
    return f"{value:+.1f}" if round(value, 1) != 0 else "0.0"


def title(brief: Brief) -> str:
    return f"{brief.a_name} – {brief.b_name}: how relations changed"


def summary(brief: Brief) -> str:
    """One sentence: events, mentions, span, cooperation and conflict."""
    if brief.events == 0:
        return f"No stored events between {brief.a} and {brief.b} in this range."
    dated = [row for row in brief.series if row.events]
    cooperation = sum(row.verbal_cooperation + row.material_cooperation for row in dated)
    conflict = sum(row.verbal_conflict + row.material_conflict for row in dated)
    first = period_label(dated[0].period, brief.by)
    last = period_label(dated[-1].period, brief.by)
    return (
        f"{brief.events} events ({brief.mentions} mentions) between {brief.a_name} ({brief.a}) "
        f"and {brief.b_name} ({brief.b}) from {first} to {last}: {cooperation} cooperative, "
        f"{conflict} conflictual."
    )


def turn_heading(turn: Turn, by: str) -> str:
    before = period_label(turn.previous, by) if turn.previous else "the start"
    direction = "warmer" if turn.shift > 0 else "cooler"
    return (
        f"{period_label(turn.period, by)}: {direction}, net Goldstein {signed(turn.score)} "
        f"({signed(turn.shift)} against {before}), {plural(turn.events, 'event')}"
    )


def window_label(turn: Turn, by: str) -> str:
    """The period before a turn and the turn (``July 2020 – August 2020``)."""
    if turn.previous is None:
        return period_label(turn.period, by)
    return f"{period_label(turn.previous, by)} – {period_label(turn.period, by)}"


def event_line(evidence: Evidence) -> str:
    """``2020-02-01 · Azerbaijan (GOV) → China (GOV) · Provide aid (070) · 1 article``
    (the date as precise as it is known: ``February 2020``, ``2020``)."""
    event = evidence.event
    when = event_date(event.date, event.date_precision)
    what = "; ".join(
        f"{item.cameo_name or 'event'} ({item.cameo}"
        + ("" if item.source_code == event.source_code else f", {item.source_code}")
        + ")"
        for item in (event, *evidence.also)
    )
    place = f" in {event.location_name}" if event.location_name else ""
    return (
        f"{when} · {evidence.source_name} → {evidence.target_name} · {what}{place} · "
        f"{plural(event.num_articles, 'article')}, {plural(event.num_mentions, 'mention')}"
    )


def event_date(day: dt.date | None, precision: str | None) -> str:
    """An event date as precise as it is known: a month-precision date is stored as the 1st
    of its month and a year-precision one as 1 January, which must not read as that day.

    >>> event_date(dt.date(2020, 8, 1), "month"), event_date(dt.date(2020, 1, 1), "year")
    ('August 2020', '2020')
    >>> event_date(dt.date(2020, 8, 19), "day"), event_date(None, None)
    ('2020-08-19', 'undated')
    """
    if day is None:
        return "undated"
    if precision == "month":
        return day.strftime("%B %Y")
    if precision == "year":
        return str(day.year)
    return day.isoformat()


def article_label(evidence: Evidence) -> str:
    """The article's title (or id), outlet date and id."""
    name = evidence.title or evidence.event.article_id
    published = f", published {evidence.published.isoformat()}" if evidence.published else ""
    return f"{name} (article {evidence.event.article_id}{published})"
