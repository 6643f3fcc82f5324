"""Drafts of actor mentions before coreference, and the country named after an agent word.

Both are used by :mod:`.phrases`: a :class:`Draft` is one phrase's mention; :func:`of_country`
extends "the President" to "the President of Azerbaijan" and "officials" to "officials in Baku".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Resolution
from .lexicon import COUNTRYISH, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODIFIER_KINDS = COUNTRYISH | {"org"}
IN_KINDS = frozenset({"country", "capital", "demonym", "city", "place"})
# "the President of Azerbaijan", "officials in Baku", "workers at French refineries"; who comes
# "from" a city belongs to it ("a missionary from Calgary", "refugees from Aleppo"), as do
# "candidates from Hamas" and "observers from the EU" to their organisation. "from" a
# country is left to the context stage, which also reads lists ("troops from Chad and Niger":
# actors/context.py, each owner its own actor).
AFTER_KINDS = {
    "of": MODIFIER_KINDS,
    "in": IN_KINDS,
    "at": frozenset({"demonym"}),
    "from": frozenset({"demonym", "city", "place", "org"}),
}


# ``Draft.needs`` of "the militants", "the rebels": a definite word for fighters with no name
# of its own, which refers back to the named armed group before it (actors/coref.py).
ARMED_ANAPHOR = "armed"
# Possessives that stand for a third party named before ("its forces", "their fighters").
OWNER_PRONOUNS = frozenset({"its", "their"})


def pronoun_owned(head: Token) -> bool:
    """The noun ``head`` is owned by "its"/"their" ("its fighters", "their drones")."""
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children)


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention before coreference. ``needs``: what coreference must resolve, if anything;
    ``also``: the further codes of a dictionary entry naming several actors (see
    :attr:`~.lexicon.Entry.also`), each becoming a mention of its own over the same tokens."""

    start: int
    end: int
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    name: str | None = None
    resolution: Resolution = "dictionary"
    group: str | None = None
    person: bool = False
    needs: str | None = None
    also: tuple[str, ...] = ()


def of_country(
    doc: Doc, hits: Sequence[Hit], after: int, end: int, modifier: Hit | None
) -> tuple[Hit | None, int, int]:
    """ "the President of Azerbaijan", "officials in Baku": the country after the agent that
    ends at token ``end`` (``after`` is the index of the next hit): (modifier, end, after)."""
    if after >= len(hits) or end + 1 >= len(doc):
        return modifier, end, after
    kinds = AFTER_KINDS.get(doc[end].lower_, frozenset())
    gap = 2 if doc[end + 1].lower_ == "the" else 1
    described = _described_org(doc, hits, after, end)
    if described is not None:  # "candidates from the militant group Hamas": Hamas's
        return hits[described], hits[described].end, described + 1
    nxt = hits[after]
    if nxt.start != end + gap or nxt.entry.kind not in kinds:
        return modifier, end, after
    head = doc[nxt.end - 1].head
    if nxt.entry.kind == "demonym" and nxt.end <= head.i < nxt.end + 3:
        # "workers at French oil refineries": the phrase ends with the demonym's noun.
        if any(h.start <= head.i for h in hits[after + 1 : after + 2]):
            return modifier, end, after
        return nxt, head.i + 1, after + 1
    return nxt, nxt.end, after + 1


OF_GAP = frozenset({"det", "nummod", "poss", "amod", "compound", "nmod"})


def of_agent(
    doc: Doc, hits: Sequence[Hit], after: int, end: int, *, person: bool = False
) -> tuple[int, int]:
    """ "workers of a transport company", "relatives of the soldiers": the group that a role word
    ending at token ``end`` belongs to is part of its phrase, not a second actor; the new
    (end, after) of the phrase, unchanged when no agent word is the object of its "of" (or of
    "for" after a title, ``person``: "a spokesman for the army")."""
    preps = ("of", "for") if person else ("of",)
    if after >= len(hits) or end + 1 >= len(doc) or doc[end].lower_ not in preps:
        return end, after
    nxt = hits[after]
    if nxt.entry.kind != "agent" or nxt.entry.person or not end < nxt.start <= end + 4:
        return end, after
    if any(t.dep_ not in OF_GAP for t in doc[end + 1 : nxt.start]):
        return end, after
    if doc[nxt.end - 1].head.i != end:
        return end, after
    return nxt.end, after + 1


def chain_sector(before: Sequence[Hit], need_country: frozenset[str] = frozenset()) -> str:
    """ "police spokesman" -> COP, "rebel leader" -> REB: a generic GOV head word takes the
    sector of a more specific agent word ``before`` it. A word that is an actor only with a
    nationality (``need_country``) only describes the head ("the Iraqi national government",
    "a woman minister"): GOV."""
    for hit in before:
        if hit.entry.name in need_country:
            continue
        if hit.entry.sector not in (None, "GOV"):
            return hit.entry.sector
    return "GOV"


# Words between "of"/"from" and an organisation that say what kind it is ("the militant group"):
# at most this many after the article.
KIND_WORDS = 3


def _described_org(doc: Doc, hits: Sequence[Hit], after: int, end: int) -> int | None:
    """The index of an organisation's hit named after "of"/"from" and a lower-case description
    of its kind ("from the militant group Hamas", "of the rebel movement M23"), whose agent
    words ("militant", "rebel") only describe it; else None."""
    if doc[end].lower_ not in ("of", "from"):
        return None
    org = next(
        (k for k in range(after, min(after + 3, len(hits))) if hits[k].entry.kind == "org"), None
    )
    if org is None or any(h.entry.kind != "agent" for h in hits[after:org]):
        return None
    between = doc[end + 1 : hits[org].start]
    if not 1 < len(between) <= KIND_WORDS + 1 or between[0].pos_ != "DET":
        return None
    if between[-1].pos_ != "NOUN" or doc[hits[org].start].head.i != between[-1].i:
        return None
    return org if all(t.is_lower and t.pos_ in ("ADJ", "NOUN") for t in between[1:]) else None


def without_nested(drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` less a country-less draft inside another of the same sector that has a
    country: "Ukrainian military positions" (UKRMIL) holds "military positions" (MIL), one
    actor, which as two would leave the event two targets and no country.

    Example:
        >>> outer, inner = Draft(2, 5, "UKR", "MIL"), Draft(3, 5, None, "MIL")
        >>> without_nested([outer, inner]) == [outer]
        True
    """
    return [d for d in drafts if not any(_holds(other, d) for other in drafts)]


def _holds(outer: Draft, inner: Draft) -> bool:
    if inner.country or not outer.country or inner.sector != outer.sector or inner.code:
        return False
    nested = outer.start <= inner.start and inner.end <= outer.end
    return nested and (outer.start, outer.end) != (inner.start, inner.end)
