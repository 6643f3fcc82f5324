"""Evidence spans: where in the article text an event's actors, trigger, date and place are.

Actors carry their own character offsets. The trigger, the date text and the place name are
stored as text, so they are looked up inside the event's sentence (starting at
``sentence_start``), first occurrence (the place name in its own case first, then in any
case); a span that cannot be found is left out rather than guessed elsewhere in the article.

Example:
    >>> find_in_sentence("Baku and Beijing met in Baku.", "met", 0, 29)
    (17, 20)
"""

from __future__ import annotations

from typing import Any

from ..models import Actor, Event

Span = dict[str, Any]


def find_in_sentence(
    text: str, needle: str | None, start: int, end: int, *, fold: bool = False
) -> tuple[int, int] | None:
    """``(start, end)`` of the first ``needle`` in ``text[start:end]``, or ``None``."""
    if not needle:
        return None
    haystack, wanted = (text.lower(), needle.lower()) if fold else (text, needle)
    found = haystack.find(wanted, max(start, 0), max(end, 0))
    return (found, found + len(needle)) if found >= 0 else None


def _actor_span(text: str, actor: Actor | None, role: str) -> Span | None:
    if actor is None or not 0 <= actor.start < actor.end <= len(text):
        return None
    return {"role": role, "start": actor.start, "end": actor.end, "label": actor.code}


def _text_span(
    text: str, event: Event, role: str, needle: str | None, label: str, *, fold: bool = False
) -> Span | None:
    # The stored sentence is stripped; allow for the white space spaCy kept around it.
    window_end = event.sentence_start + len(event.sentence) + 16
    found = find_in_sentence(text, needle, event.sentence_start, window_end, fold=fold)
    if found is None:
        return None
    return {"role": role, "start": found[0], "end": found[1], "label": label}


def event_spans(text: str, event: Event) -> list[Span]:
    """The evidence spans of one event in its article ``text`` (character offsets)."""
    candidates = (
        _actor_span(text, event.source, "source"),
        _actor_span(text, event.target, "target"),
        _text_span(text, event, "trigger", event.trigger, f"{event.cameo} {event.cameo_name}"),
        _text_span(text, event, "date", event.date_text, str(event.date or "")),
        _place_span(text, event),
    )
    return [span for span in candidates if span is not None]


def _place_span(text: str, event: Event) -> Span | None:
    """The place name as written (exact case first: "Baku" before a "BAKU" dateline)."""
    if event.location is None:
        return None
    label = _place_label(event)
    exact = _text_span(text, event, "place", event.location.name, label)
    return exact or _text_span(text, event, "place", event.location.name, label, fold=True)


def _place_label(event: Event) -> str:
    place = event.location
    if place is None:
        return ""
    return ", ".join(part for part in (place.name, place.admin1, place.country) if part)
