"""One place name to resolve: its key, gazetteer readings and the cues around it.

:func:`mentions_of` reads, for each token span of a place name, its candidates (one-edit
matches only when they agree with a kind word: "Kerawa village" is no misspelt state), the
kind word next to it ("Tovuz district"), the name named as its container ("Paris, Texas")
and whether it is made of position words only ("Central", "Northern Province").

Example:
    >>> Mention("paris", (), None, None).exact
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .contain import container_of
from .find import kind_of
from .gazetteer import Candidate
from .gazetteer.names import normalise_name
from .kindlist import shared_kind_word
from .slot import opened_bracket

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import PlaceResolver

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Mention:
    """One name to resolve: its key, candidates and the local cues around it."""

    key: str
    candidates: tuple[Candidate, ...]
    kind: str | None
    container: int | None  # index of the name that contains it ("Paris, Texas")
    apposed: bool = False  # the container follows right after a comma ("Belgrade, Minn.")
    enclosed: bool = False  # "in", "of" or "(" before the container ("a road in Beirut")
    exact: bool = True  # the name is a gazetteer key (not a one-edit match)
    regional: bool = False  # position words only ("Central", "Northern Province")


def mentions_of(doc: Doc, spans: Sequence[Span], resolver: PlaceResolver) -> list[Mention]:
    """The names at ``spans`` with their candidates, kind words and containers."""
    lexicon = resolver.lexicon
    names = []
    words = doc_words(doc)  # the names' texts from the strings: no span made per name
    for k, (start, end) in enumerate(spans):
        text = words.span_text(start, end)
        candidates, kind = resolver.candidates(text), kind_of(doc, start, end, lexicon)
        # "Geauga and Medina counties": each name is "<name> County", a reading the
        # gazetteer lists under the full name only.
        shared = shared_kind_word(doc, start, end, lexicon)
        divisions = (
            resolver.gazetteer.lookup_key(normalise_name(f"{text} {shared}")) if shared else ()
        )
        if divisions:
            candidates, kind = divisions, "admin"
        if (
            kind is None
            and _address_end(doc, start, end)
            and any(c.is_division for c in candidates)
        ):
            kind = "admin"  # "(Rafi LGA, Niger)": an address ends with its division
        key = normalise_name(text)
        exact = resolver.gazetteer.has_key(key) or bool(divisions)
        if not exact:
            candidates = _of_kind(candidates, kind)
        container, enclosed = container_of(doc, spans, k, lexicon)
        if container == k + 1 and spans[k + 1][0] == end + 1:
            candidates = _town_of_its_division(candidates, key, doc, spans[container])
        names.append(
            Mention(
                key=key,
                candidates=candidates,
                kind=kind,
                container=container,
                apposed=_apposed(doc, spans, k),
                enclosed=enclosed,
                exact=exact,
                regional=lexicon.is_regional(key),
            )
        )
    return names


def _town_of_its_division(
    candidates: tuple[Candidate, ...], key: str, doc: Doc, container: Span
) -> tuple[Candidate, ...]:
    """A name followed right away by itself as its container ("Colon (Colon)", "Sujawal
    (Sujawal, Sindh)") is the town of that name in the division of that name: its town
    readings only, when it has some (the container keeps the division readings). Not a
    country's name ("China, and China ..." repeats it) nor a name further away."""
    before = doc[container[0] - 1].text if container[0] > 0 else ""
    if before not in ("(", ",") or normalise_name(doc[container[0] : container[1]].text) != key:
        return candidates
    if any(c.is_country or c.is_area for c in candidates):
        return candidates
    towns = tuple(c for c in candidates if not (c.is_division or c.is_country or c.is_area))
    return towns or candidates


def _of_kind(candidates: tuple[Candidate, ...], kind: str | None) -> tuple[Candidate, ...]:
    """One-edit readings that agree with the name's kind word: "Kerawa village" is no
    misspelt Kerala (a state), "Soum province" no misspelt town."""
    if kind == "city":
        return tuple(c for c in candidates if not (c.is_division or c.is_country or c.is_area))
    if kind == "admin":
        return tuple(c for c in candidates if c.is_division)
    return candidates


def _address_end(doc: Doc, start: int, end: int) -> bool:
    """The name closes a bracketed list after a comma: "Kagara (Rafi LGA, Niger)", "Qaniyah
    (As Sawdiyah, Al Bayda)" give an address, smaller place first, division last."""
    closing = end < len(doc) and doc[end].text == ")"
    return closing and start > 0 and doc[start - 1].text == "," and opened_bracket(doc, start)


def _apposed(doc: Doc, spans: Sequence[Span], k: int) -> bool:
    """Span ``k`` is followed by a comma and the next span ("Belgrade, Minn.")."""
    end = spans[k][1]
    following = spans[k + 1][0] if k + 1 < len(spans) else -1
    return end < len(doc) and doc[end].text == "," and following == end + 1
