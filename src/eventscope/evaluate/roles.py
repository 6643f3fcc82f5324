"""Role-span scores: does the system put the right phrase in the source and target slots?

A *roles* gold record carries ``text`` and ``spans``, each ``{"role", "start", "end"}``
with character offsets into ``text`` and ``role`` one of ``source`` (who acts), ``target``
(on whom) or ``mutual`` (a participant of a symmetric event: "X met Y"; either role is
right). System events are ``Event.to_dict()`` records; an actor's ``start``/``end`` are
character offsets into the same text, and an actor matches a gold span when the two
overlap by one character or more (gold spans are whole phrases, "a Swiss court", where the
system marks the coded words, "Swiss court"). An implied actor with no text (start = end)
names no phrase: it is not scored for precision and misses for recall.

Scores, per sentence (``_top``: the sentence's top event, see :func:`~.top.top_event`;
``_any``: any of its events):

* ``any_event``: share of sentences with at least one event;
* ``src_r_top`` / ``src_r_any``: of the sentences with a gold source (or mutual) span, the
  share whose top event's / some event's source overlaps one; ``tgt_r_*`` likewise;
* ``src_p_top``: of the top events with a placed source, the share overlapping a gold
  source or mutual span; ``src_p_any``: the same over every event; ``tgt_p_*`` likewise;
* ``role_f1``: F1 of the top event's sources and targets pooled (the headline);
* ``swapped``: top events whose source overlaps only a gold target, or whose target
  overlaps only a gold source.

Example:
    >>> gold = [{"id": "a", "text": "Rebels attacked the army .", "spans": [
    ...     {"role": "source", "start": 0, "end": 6}, {"role": "target", "start": 16, "end": 24}]}]
    >>> events = {"a": [{"source": {"start": 20, "end": 24}, "target": {"start": 0, "end": 6},
    ...                  "confidence": 0.9}]}
    >>> scores = score_roles(gold, events)
    >>> scores["swapped"], scores["src_r_top"], scores["any_event"]
    (1, 0.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .top import top_event

Record = Mapping[str, Any]
Span = tuple[int, int]
ROLES = ("source", "target", "mutual")
# Which gold roles a system slot may match: a mutual participant fills either slot.
ACCEPTS = {"source": ("source", "mutual"), "target": ("target", "mutual")}
OTHER = {"source": "target", "target": "source"}
SLOT_PREFIX = {"source": "src", "target": "tgt"}
METRICS = tuple(f"{p}_{m}_{e}" for p in ("src", "tgt") for m in ("r", "p") for e in ("top", "any"))


def is_roles_record(record: Mapping[str, Any]) -> bool:
    """True for a record whose ``spans`` carry roles (the format of the module docstring)."""
    spans = record.get("spans")
    return isinstance(spans, list) and any(
        isinstance(s, Mapping) and s.get("role") in ROLES for s in spans
    )


def gold_spans(record: Record) -> dict[str, list[Span]]:
    """The record's spans by role (every role present, possibly empty)."""
    found: dict[str, list[Span]] = {role: [] for role in ROLES}
    for span in record.get("spans") or ():
        if span.get("role") in found:
            found[span["role"]].append((int(span["start"]), int(span["end"])))
    return found


def actor_span(event: Record, slot: str) -> Span | None:
    """The character span of an event's ``source`` or ``target``; None when it names none."""
    actor = event.get(slot) or {}
    start, end = actor.get("start"), actor.get("end")
    if start is None or end is None or int(end) <= int(start):
        return None
    return int(start), int(end)


def overlaps(span: Span | None, spans: Iterable[Span]) -> bool:
    """True when ``span`` shares at least one character with one of ``spans``."""
    return span is not None and any(span[0] < end and start < span[1] for start, end in spans)


def fills(event: Record | None, slot: str, gold: Mapping[str, list[Span]]) -> bool:
    """True when the event's ``slot`` actor overlaps a gold span that may fill that slot."""
    if event is None:
        return False
    return overlaps(actor_span(event, slot), _accepted(gold, slot))


def is_swapped(event: Record | None, gold: Mapping[str, list[Span]]) -> bool:
    """True when a slot of the event holds only the other role's phrase ("Y attacked X")."""
    if event is None:
        return False
    return any(
        overlaps(actor_span(event, slot), gold[OTHER[slot]]) and not fills(event, slot, gold)
        for slot in ("source", "target")
    )


def role_outcome(record: Record, events: Sequence[Record]) -> str:
    """The first thing wrong with a sentence's top event, or ``"ok"``.

    ``no_event``, ``swapped``, ``source_missed`` (a gold source the top event does not
    name), ``target_missed``, else ``ok``.

    >>> gold = {"text": "Rebels attacked the army .", "spans": [
    ...     {"role": "source", "start": 0, "end": 6}, {"role": "target", "start": 16, "end": 24}]}
    >>> role_outcome(gold, [{"source": {"start": 0, "end": 6}, "target": None}])
    'target_missed'
    """
    gold = gold_spans(record)
    top = top_event(events)
    if top is None:
        return "no_event"
    if is_swapped(top, gold):
        return "swapped"
    for slot in ("source", "target"):
        if _accepted(gold, slot) and not fills(top, slot, gold):
            return f"{slot}_missed"
    return "ok"


def score_roles(
    gold_records: Sequence[Record], system_events: Mapping[str, Sequence[Record]]
) -> dict[str, Any]:
    """The metrics of the module docstring over every gold sentence."""
    tally: dict[str, list[int]] = {}
    with_event = swapped = spans = 0
    for record in gold_records:
        gold = gold_spans(record)
        spans += sum(len(found) for found in gold.values())
        events = list(system_events.get(str(record["id"]), ()))
        top = top_event(events)
        with_event += top is not None
        swapped += is_swapped(top, gold)
        for slot in ("source", "target"):
            _count_slot(tally, slot, gold, top, events)
    scores: dict[str, Any] = {
        "texts": len(gold_records),
        "items": spans,
        "any_event": _rate(with_event, len(gold_records)),
    }
    for key in METRICS:
        scores[key] = _rate(*tally.get(key, (0, 0)))
    scores["role_f1"] = _pooled_f1(tally)
    scores["swapped"] = swapped
    return scores


def _count_slot(
    tally: dict[str, list[int]],
    slot: str,
    gold: Mapping[str, list[Span]],
    top: Record | None,
    events: Sequence[Record],
) -> None:
    prefix = SLOT_PREFIX[slot]
    if _accepted(gold, slot):
        _add(tally, f"{prefix}_r_top", fills(top, slot, gold))
        _add(tally, f"{prefix}_r_any", any(fills(e, slot, gold) for e in events))
    if top is not None and actor_span(top, slot) is not None:
        _add(tally, f"{prefix}_p_top", fills(top, slot, gold))
    for event in events:
        if actor_span(event, slot) is not None:
            _add(tally, f"{prefix}_p_any", fills(event, slot, gold))


def _accepted(gold: Mapping[str, list[Span]], slot: str) -> list[Span]:
    return [span for role in ACCEPTS[slot] for span in gold[role]]


def _add(tally: dict[str, list[int]], key: str, hit: bool) -> None:
    counts = tally.setdefault(key, [0, 0])
    counts[0] += hit
    counts[1] += 1


def _pooled_f1(tally: Mapping[str, list[int]]) -> float | None:
    """F1 of the top events' sources and targets together (hits over placed and over gold)."""
    placed = [tally.get(k, [0, 0]) for k in ("src_p_top", "tgt_p_top")]
    wanted = [tally.get(k, [0, 0]) for k in ("src_r_top", "tgt_r_top")]
    precision = _rate(sum(c[0] for c in placed), sum(c[1] for c in placed))
    recall = _rate(sum(c[0] for c in wanted), sum(c[1] for c in wanted))
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return 2 * precision * recall / (precision + recall)


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
