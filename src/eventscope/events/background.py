"""Background events: what a relative or participial clause says about a noun is not the news.

CONTRACT:

    events = background_last(doc, events, codebook=codebook)

gives the same events, the background ones less confident, and in a story whose lead sentence
reports a protest, the statements come after the protest.

"farmers demanded the support *promised by the president*", "residents protested, left off the
list for food aid *provided by the government*", "drivers, *supported by their union*,
protested": the promise, the aid and the support are coded (they happened), but the sentence
reports the protest. An event whose trigger heads a clause that modifies a noun (dependency
``acl`` or ``relcl``) and that is not itself material conflict (the codebook's QuadClass 4,
roots 14-20: "a village *that gunmen attacked*" stays the news) gets half its confidence, so
that the article's main event ranks first (the top event a reader or a class-only scorer
takes). Likewise, when the lead sentence reports a protest (root 14; "rioters *demonstrating*
against ..." is one too), events that are no material conflict (the protesters' complaints, an
official's reply) are capped just below that protest. ``codebook`` (default: the packaged one)
says which roots are material conflict.

Example:
    >>> background_last(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import EventMention
from ..nlp.syntax import predicate_of_noun_root
from .cameo import MATERIAL_CONFLICT_QUAD, Codebook, packaged_codebook

if TYPE_CHECKING:
    from spacy.tokens import Doc

NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
BACKGROUND_FACTOR = 0.5
PROTEST = "14"
CAP_MARGIN = 0.01


def is_background(doc: Doc, event: EventMention, material_conflict: frozenset[str]) -> bool:
    """The event's trigger heads a clause modifying a noun and its root is not one of
    ``material_conflict``."""
    if event.cameo[:2] in material_conflict:
        return False
    trigger = doc[event.trigger_start]
    return trigger.dep_ in NOUN_CLAUSE_DEPS and not predicate_of_noun_root(trigger)


def background_last(
    doc: Doc | None, events: Sequence[EventMention], *, codebook: Codebook | None = None
) -> list[EventMention]:
    """``events`` with the background ones at half confidence (see the module docstring), and
    in a protest story the statements below the best protest."""
    if doc is None:
        return list(events)
    book = codebook if codebook is not None else packaged_codebook()
    material_conflict = book.roots(MATERIAL_CONFLICT_QUAD)
    ranked = [
        replace(e, confidence=round(e.confidence * BACKGROUND_FACTOR, 3))
        if is_background(doc, e, material_conflict)
        else e
        for e in events
    ]
    protests = [e.confidence for e in ranked if e.cameo[:2] == PROTEST and e.sent_index == 0]
    if not protests:
        return ranked
    # "residents protested ...; they also complained that ...": a protest in the lead sentence
    # is the news, its claims and the statements around it come after it.
    cap = max(0.0, round(max(protests) - CAP_MARGIN, 3))
    return [
        replace(e, confidence=cap)
        if e.cameo[:2] not in material_conflict and e.confidence > cap
        else e
        for e in ranked
    ]
