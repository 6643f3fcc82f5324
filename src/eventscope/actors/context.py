"""Country from context: a generic actor ("protesters", "police") takes the country around it.

CONTRACT:

    mentions = with_context_countries(doc, mentions, places)

``mentions`` are the actor stage's output, ``places`` the places stage's mentions of the same
``doc``. Every mention that names a group by role alone (a sector and no country, no name, no
fixed code: "protesters", "unidentified gunmen", "the police") gets a country, tried in order:

1. its own modifier ("Iraqi police"): already set by the actor stage (resolution ``modifier``);
2. the place of its sentence ("medical interns protested in Haifa" -> ISR): the nearest
   resolved place of the sentence, resolution ``place``;
3. the wire dateline ("BAGHDAD (Reuters) - ..."): resolution ``dateline``;
4. the article's dominant country (most places and actors): resolution ``article``.

Mentions that already have a country, a fixed code (``IGOUNO``, ``IMG...``), a pseudo-country
sector, or are only context (``in Sudan``) are returned unchanged; so is everything when no
country is known. The order of the list and the token offsets never change.

Example:
    >>> with_context_countries(doc, [], [])                     # doctest: +SKIP
    []
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, PlaceMention, Resolution

if TYPE_CHECKING:
    from spacy.tokens import Doc

PSEUDO_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC"})
DATELINE_ENDS = ("-", "\u2013", "\u2014", "--")


def needs_country(mention: ActorMention) -> bool:
    """A role with no country: a sector, no fixed code, no name, not a context-only mention."""
    actor = mention.actor
    return (
        actor.country is None
        and bool(actor.sector)
        and actor.sector not in PSEUDO_SECTORS
        and actor.code == actor.sector
        and actor.name is None
        and actor.resolution != "context"
    )


def with_context_countries(
    doc: Doc, mentions: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """``mentions`` with countries filled in from context (see the module docstring)."""
    if not any(needs_country(m) for m in mentions):
        return list(mentions)
    resolved = [p for p in places if p.place is not None and p.place.country]
    dateline = _dateline_country(doc, resolved)
    votes = country_votes(mentions, resolved)
    article = _best(votes)
    filled = []
    for mention in mentions:
        if not needs_country(mention):
            filled.append(mention)
            continue
        found = _sentence_country(mention, resolved, votes)
        if found is not None:
            filled.append(_with_country(mention, found, "place"))
        elif dateline is not None:
            filled.append(_with_country(mention, dateline, "dateline"))
        elif article is not None:
            filled.append(_with_country(mention, article, "article"))
        else:
            filled.append(mention)
    return filled


def context_country(
    sent_index: int,
    where: int,
    mentions: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    doc: Doc,
) -> tuple[str, Resolution] | None:
    """The country at character ``where`` of sentence ``sent_index`` and where it came from.

    The same order as for generic actors: the sentence's place, the dateline, the article.
    """
    resolved = [p for p in places if p.place is not None and p.place.country]
    votes = country_votes(mentions, resolved)
    same = [p for p in resolved if p.sent_index == sent_index]
    if same:
        best = min(same, key=lambda p: (-votes[_country(p)], abs(p.start - where)))
        return _country(best), "place"
    dateline = _dateline_country(doc, resolved)
    if dateline is not None:
        return dateline, "dateline"
    article = _best(votes)
    return (article, "article") if article is not None else None


def _country(place: PlaceMention) -> str:
    return place.place.country or "" if place.place is not None else ""


def _with_country(mention: ActorMention, country: str, why: Resolution) -> ActorMention:
    sector = mention.actor.sector or ""
    actor = replace(mention.actor, country=country, code=country + sector, resolution=why)
    return replace(mention, actor=actor)


def _sentence_country(
    mention: ActorMention, places: Sequence[PlaceMention], votes: Counter[str]
) -> str | None:
    """The country of the sentence's places: the one the article names most, then the nearest.

    A sentence may name a stray place ("Fulani" read as a town abroad) beside the real ones
    ("Tieba (Bankass, Mopti)"); the article's other names outvote it.
    """
    same = [p for p in places if p.sent_index == mention.sent_index and p.place is not None]
    if not same:
        return None
    where = mention.actor.start
    best = min(
        same,
        key=lambda p: (-votes[p.place.country or ""] if p.place else 0, abs(p.start - where)),
    )
    return best.place.country if best.place is not None else None


def _dateline_country(doc: Doc, places: Sequence[PlaceMention]) -> str | None:
    """The country of a place in a first sentence that is a wire dateline ("BAKU, May 3 -")."""
    first = [p for p in places if p.sent_index == 0]
    if not first or not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return None
    sentence = next(iter(doc.sents))
    if not sentence.text.rstrip().endswith(DATELINE_ENDS):
        return None
    place = first[0].place
    return place.country if place is not None else None


def dominant_country(
    mentions: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> str | None:
    """The country named most often by places and country-bearing actors (first wins a tie).

    >>> dominant_country([], []) is None
    True
    """
    return _best(country_votes(mentions, places))


def _best(counts: Counter[str]) -> str | None:
    if not counts:
        return None
    best = max(counts.values())
    return next(country for country, n in counts.items() if n == best)


def country_votes(mentions: Sequence[ActorMention], places: Sequence[PlaceMention]) -> Counter[str]:
    """How often each country is named by a resolved place or a country-bearing actor."""
    counts: Counter[str] = Counter()
    for place in places:
        if place.place is not None and place.place.country:
            counts[place.place.country] += 1
    for mention in mentions:
        if mention.actor.country:
            counts[mention.actor.country] += 1
    return counts
