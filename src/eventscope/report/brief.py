"""How relations between two countries changed, and why: the data of ``eventscope brief``.

:func:`build_brief` reads the dyad's timeline (real-world events, i.e. clusters, per period,
with empty periods as zero), finds the *turns* — the periods whose net Goldstein score
(sum over the period's events; cooperation positive, conflict negative) moved most against the
period before — and, for each turn, gathers:

* the key events between the two countries in that period: the clusters reported by the most
  articles, each with its most confident evidence sentence and its article (title, URL, id);
* the partners each side turned to around it (the period before and the turn itself), with the
  most-reported event of each partner as context.

The renderers (:mod:`eventscope.report.markdown`, :mod:`eventscope.report.html`) only format
this :class:`Brief`; the dashboard's "why" panel reads the same data through the API.

Example:
    >>> from eventscope.store import open_store
    >>> with open_store(":memory:") as store:
    ...     build_brief(store, "AZE", "CHN").turns
    ()
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from ..analytics import (
    PERIODS,
    KeyEvent,
    TimelineRow,
    dyad_timeline,
    fill_periods,
    key_events,
    key_events_in_windows,
    next_period,
    partners,
)
from ..countries import country_name
from ..errors import ConfigError
from ..store import Store, queries
from ..store.filters import EventFilter


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefOptions:
    """What the brief covers: dates (inclusive), period, how many turns, events and partners
    (``partners_per_side=0`` leaves the partners out: two fewer queries per turn)."""

    since: dt.date | None = None
    until: dt.date | None = None
    by: str = "month"
    turns: int = 4
    events_per_turn: int = 3
    partners_per_side: int = 3
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        if self.by not in PERIODS:
            raise ConfigError(detail=f"--by must be one of {', '.join(PERIODS)}, not {self.by!r}")
        if min(self.turns, self.events_per_turn) < 1 or self.partners_per_side < 0:
            raise ConfigError(
                detail="turns and events per turn must be >= 1, partners per side >= 0"
            )


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence sentence with the real-world events (clusters) it reports, most reported
    first, and the article it comes from. One sentence often holds several events ("met ...
    and thanked ...", or both directions of a meeting): they are shown once, together."""

    event: KeyEvent
    title: str | None
    url: str | None
    published: dt.date | None
    source_name: str
    target_name: str
    also: tuple[KeyEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class PartnerMove:
    """A third country one side dealt with around a turn, and its most-reported event."""

    country: str
    partner: str
    partner_name: str
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float
    top: Evidence | None


@dataclass(frozen=True, slots=True)
class Turn:
    """A period where the relationship moved: its score against the period before."""

    period: dt.date
    period_end: dt.date
    previous: dt.date | None
    score: float
    previous_score: float
    events: int
    evidence: tuple[Evidence, ...]
    partners: tuple[PartnerMove, ...]

    @property
    def shift(self) -> float:
        return round(self.score - self.previous_score, 3)


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything ``eventscope brief A B`` reports (see the module docstring)."""

    a: str
    b: str
    a_name: str
    b_name: str
    by: str
    series: tuple[TimelineRow, ...]
    turns: tuple[Turn, ...]
    options: BriefOptions = field(default_factory=BriefOptions)

    @property
    def events(self) -> int:
        return sum(row.events for row in self.series)

    @property
    def mentions(self) -> int:
        return sum(row.mentions for row in self.series)


def brief_json(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON-ready data: dates as ISO strings, ``shift`` on every turn,
    ``events``/``mentions`` totals (the API body of ``/api/dyads/{a}/{b}/brief``)."""
    data = asdict(brief)
    data["events"], data["mentions"] = brief.events, brief.mentions
    for turn, raw in zip(brief.turns, data["turns"], strict=True):
        raw["shift"] = turn.shift
    return _iso(data)


def _iso(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _iso(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_iso(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def build_brief(store: Store, a: str, b: str, *, options: BriefOptions | None = None) -> Brief:
    """The brief on relations between ``a`` and ``b`` (ISO alpha-3 codes, any case)."""
    options = options or BriefOptions()
    a, b = a.strip().upper(), b.strip().upper()
    rows = dyad_timeline(
        store,
        a,
        b,
        by=options.by,
        since=options.since,
        until=options.until,
        min_confidence=options.min_confidence,
    )
    series = fill_periods(rows, by=options.by, since=options.since, until=options.until)
    indexes = _turn_indexes(series, options)
    windows: list[tuple[dt.date | None, dt.date | None]] = [
        (series[i].period, _period_end(series[i].period, options.by)) for i in indexes
    ]
    scope = EventFilter(dyad=(a, b), min_confidence=options.min_confidence)
    # One read for every turn's key events; several events may share one sentence.
    found = key_events_in_windows(store, scope, windows, limit=4 * options.events_per_turn)
    turns = tuple(
        _turn(store, a, b, series, index, events, options)
        for index, events in zip(indexes, found, strict=True)
    )
    return Brief(a, b, country_name(a), country_name(b), options.by, tuple(series), turns, options)


def _period_end(start: dt.date, by: str) -> dt.date:
    return next_period(start, by) - dt.timedelta(days=1)


def _turn_indexes(series: list[TimelineRow], options: BriefOptions) -> list[int]:
    """Indexes of the periods with events whose score moved most, in time order."""
    shifts = []
    for index, row in enumerate(series):
        if row.events == 0:
            continue  # a quiet period has no evidence to show
        before = series[index - 1].goldstein_sum if index else 0.0
        shifts.append((abs(row.goldstein_sum - before), row.events, index))
    ranked = sorted(shifts, key=lambda item: (-item[0], -item[1], item[2]))
    return sorted(index for _, _, index in ranked[: options.turns])


def _turn(
    store: Store,
    a: str,
    b: str,
    series: list[TimelineRow],
    index: int,
    found: list[KeyEvent],
    options: BriefOptions,
) -> Turn:
    row = series[index]
    end = _period_end(row.period, options.by)
    previous = series[index - 1] if index else None
    window_start = previous.period if previous else row.period
    moves = [
        move
        for side, other in ((a, b), (b, a))
        for move in _partner_moves(store, side, other, window_start, end, options)
    ]
    return Turn(
        period=row.period,
        period_end=end,
        previous=previous.period if previous else None,
        score=row.goldstein_sum,
        previous_score=previous.goldstein_sum if previous else 0.0,
        events=row.events,
        evidence=tuple(_by_sentence(store, found, options.events_per_turn)),
        partners=tuple(moves),
    )


def _partner_moves(
    store: Store,
    side: str,
    other: str,
    since: dt.date,
    until: dt.date,
    options: BriefOptions,
) -> list[PartnerMove]:
    if options.partners_per_side == 0:
        return []
    ranked = partners(
        store,
        side,
        since=since,
        until=until,
        limit=options.partners_per_side + 1,
        min_confidence=options.min_confidence,
    )
    chosen = [row for row in ranked if row.partner != other][: options.partners_per_side]
    # One query for the side's most-reported events in the window, not one per partner.
    found = key_events(
        store,
        country=side,
        since=since,
        until=until,
        limit=20 * options.partners_per_side,
        min_confidence=options.min_confidence,
    )
    tops: dict[str, KeyEvent] = {}
    for event in found:
        codes = ((event.source_code or "")[:3], (event.target_code or "")[:3])
        tops.setdefault(codes[1] if codes[0] == side else codes[0], event)
    return [
        PartnerMove(
            country=side,
            partner=row.partner,
            partner_name=country_name(row.partner),
            events=row.events,
            cooperation=row.cooperation,
            conflict=row.conflict,
            goldstein_mean=row.goldstein_mean,
            top=_evidence(store, tops[row.partner]) if row.partner in tops else None,
        )
        for row in chosen
    ]


def _by_sentence(store: Store, found: list[KeyEvent], limit: int) -> list[Evidence]:
    """The first ``limit`` evidence sentences of the key events, each with its events, in the
    order of their first event (articles are read for those sentences only)."""
    groups: dict[tuple[str, str], list[KeyEvent]] = {}
    for event in found:
        groups.setdefault((event.article_id, event.sentence), []).append(event)
    chosen = list(groups.values())[:limit]
    return [_evidence(store, first, tuple(rest)) for first, *rest in chosen]


def _evidence(store: Store, event: KeyEvent, also: tuple[KeyEvent, ...] = ()) -> Evidence:
    article = queries.article_record(store, event.article_id) or {}
    return Evidence(
        also=also,
        event=event,
        title=article.get("title"),
        url=article.get("url"),
        published=article.get("published"),
        source_name=_actor_label(event.source_code),
        target_name=_actor_label(event.target_code),
    )


def _actor_label(code: str | None) -> str:
    """``AZEGOV`` → ``Azerbaijan (GOV)``; a non-state code (``IGOUNO``) stays as it is."""
    if not code:
        return "unknown"
    name = country_name(code[:3])
    if name == code[:3]:
        return code
    return f"{name} ({code[3:]})" if code[3:] else name
