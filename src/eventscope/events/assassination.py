"""CAMEO 186 "assassinate" and 185 "attempt to assassinate": violence against a named leader.

CONTRACT:

    events = with_assassinations(doc, events, book)

The codebook codes "targeted killings and assassinations of politically influential elites or
leaders" as 186 and an attempt that fails to kill them as 185, whatever verb the report uses:
"a gunman shot dead former Prime Minister X" is 186, not the 193 of "shoot"; "shot and wounded
Prime Minister X" is 185. A leader here is a target mention resolved by a title with a person's
name ("Slovak Prime Minister Robert Fico", sector in ``leader_sectors`` of ``frames.toml``); an
unnamed "governor" or "officials" may be anyone of a sector. Killing is read from the trigger
(``kill_words``, or "shot dead"); wounding from ``wound_words`` (or "shot" without "dead").
Only events of roots 18-20 are read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.docmemo import children_of, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .patterns import PatternBook

_VIOLENT_ROOTS = ("18", "19", "20")
_ASSASSINATE, _ATTEMPT = "186", "185"


def with_assassinations(
    doc: Doc, events: Sequence[EventMention], book: PatternBook
) -> list[EventMention]:
    """``events`` with violence against a named leader recoded 186 or 185 (docstring)."""
    words = book.words
    leaders = words.get("leader_sectors", frozenset())
    out = []
    for event in events:
        code = None
        if event.cameo[:2] in _VIOLENT_ROOTS and _leader(event.target, leaders):
            code = _outcome(doc, event, words)
        out.append(event if code is None or code == event.cameo else replace(event, cameo=code))
    return out


def _leader(mention: ActorMention | None, sectors: frozenset[str]) -> bool:
    if mention is None:
        return False
    actor = mention.actor
    return actor.resolution == "title" and actor.name is not None and actor.sector in sectors


def _outcome(doc: Doc, event: EventMention, words: Mapping[str, frozenset[str]]) -> str | None:
    """186 for a killing trigger, 185 for a wounding one, else None."""
    table = doc_words(doc)
    trigger = event.trigger_start
    lemma = table.lemma[trigger].lower()
    # "shot dead X": the state the shooting left its object in (the parser may hang "dead"
    # on the object's name)
    dead = trigger + 1 < len(doc) and table.lower[trigger + 1] == "dead"
    if lemma in words.get("kill_words", ()) or dead:
        return _ASSASSINATE
    # "shot and wounded X": the conjoined verb says what the shooting did
    conj = [table.lemma[c].lower() for c in children_of(doc)[trigger] if table.dep[c] == "conj"]
    if any(word in words.get("kill_words", ()) for word in conj):
        return _ASSASSINATE
    wounds = words.get("wound_words", frozenset())
    if lemma in wounds or any(word in wounds for word in conj):
        return _ATTEMPT
    return None
