"""Sector of unnamed attackers from the article's context: gunmen in a gang war are criminals.

CONTRACT:

    mentions = with_crime_sector(doc, event_mentions, cues)   # same list, some actors recoded

CAMEO's actor codebook codes criminals as CRM and armed men of no known allegiance as UAF.
News and analysts' notes on gang and drug violence name the killers only as "armed men",
"gunmen" or not at all ("a man was found dead"), and say the context elsewhere in the text: a
drive-by shooting, drug trafficking, a gang or cartel reprisal. In such an article an unnamed
armed actor (sector UAF, no group code: "armed men", the implied killer of a victim found dead)
is a criminal, CRM. Named groups keep their own code, and an article with none of the cue words
(rules.toml ``crime_cues``) keeps UAF.

Example:
    >>> with_crime_sector(None, [], frozenset())
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.docmemo import doc_text, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

UNNAMED_ARMED = "UAF"
CRIMINAL = "CRM"


def criminal_context(doc: Doc, cues: frozenset[str]) -> bool:
    """One of ``cues`` is a lemma of ``doc`` or, for a cue with a hyphen or a space
    ("drive-by", "organized crime"), a piece of its lower-case text."""
    words = doc_words(doc)
    if not cues.isdisjoint(words.lemmas) or not cues.isdisjoint(words.lowers):
        return True
    text = doc_text(doc).lower()
    return any(cue in text for cue in cues if "-" in cue or " " in cue)


def with_crime_sector(
    doc: Doc | None, mentions: Sequence[EventMention], cues: frozenset[str]
) -> list[EventMention]:
    """The events with their unnamed armed actors coded CRM when ``doc`` is about crime."""
    if (
        doc is None
        or not cues
        or not any(_unnamed(m.source) or _unnamed(m.target) for m in mentions)
    ):
        return list(mentions)
    if not criminal_context(doc, cues):
        return list(mentions)
    return [
        replace(m, source=_as_criminal(m.source), target=_as_criminal(m.target)) for m in mentions
    ]


def _unnamed(mention: ActorMention | None) -> bool:
    if mention is None or mention.actor.sector != UNNAMED_ARMED:
        return False
    return mention.actor.code == (mention.actor.country or "") + UNNAMED_ARMED


def _as_criminal(mention: ActorMention | None) -> ActorMention | None:
    if mention is None or not _unnamed(mention):
        return mention
    actor = mention.actor
    code = (actor.country or "") + CRIMINAL
    return replace(mention, actor=replace(actor, sector=CRIMINAL, code=code))
