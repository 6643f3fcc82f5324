"""Whom the police held: the story's protesters, named again only as "them", a number or a part.

A protest story often names the crowd once and then only refers back to it when the police act
on it: "Police arrested them", "Police arrested 2, and the rest fled", "7 were detained by
police", "Some members were detained by the police", "The group ... were dispersed". The actor
stage finds no actor in "them", "2" or "some members", so the policing event fell back on the
police's own state (a GOV target with no words), which names the wrong side: those arrested are
the crowd, not the government. Such a referring-back object of a policing act (CAMEO 17-19 by
the police, the military or the security services) takes the actor of the nearest protest (root
14) before it in the story, of the police's country, whose source is a crowd; it keeps its own
words ("them", "some members") with resolution ``coreference``. The protest then faced those
police (:mod:`.policing`).

An object that names someone else ("arrested two journalists", "detained the mayor") is an actor
of its own or no referring-back word, and a story with no protest before the act has no crowd
to refer to: both stay as they were.

Example:
    >>> held_crowds(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.syntax import SUBJECT_DEPS
from .policing import CROWDS, FORCES, POLICING_ROOTS, PROTEST_ROOT, UNNAMED_STATE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that refer back to a group already named: plural pronouns, quantifiers used alone
# ("some were detained", "arrested several"), and collective nouns with no name of their own.
REFERRING_PRONOUNS = frozenset({"they", "them", "those", "these"})
QUANTIFIERS = frozenset({
    "some", "several", "many", "most", "few", "all", "dozen", "dozens", "hundreds", "scores",
    "rest", "others",
})  # fmt: skip
GROUP_NOUNS = frozenset({"member", "group", "crowd", "participant", "organizer", "organiser"})
HELD_DEPS = frozenset({"dobj", "nsubjpass"})


def held_crowds(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with each policing act on a referring-back object aimed at the crowd of the
    story's protest before it (see the module docstring); the order is kept."""
    protests = [e for e in events if _crowd_protest(e)]
    if doc is None or not protests:
        return list(events)
    return [_held(doc, e, protests) for e in events]


def _crowd_protest(event: EventMention) -> bool:
    source = event.source
    return (
        event.cameo[:2] == PROTEST_ROOT
        and source is not None
        and source.actor.sector in CROWDS
        and bool(source.actor.country)
    )


def _held(doc: Doc, event: EventMention, protests: list[EventMention]) -> EventMention:
    if not _unnamed_target(event):
        return event
    held = _referring_object(doc[event.trigger_start])
    if held is None or event.source is None:
        return event
    country = event.source.actor.country
    before = [
        (p.trigger_start, p.source)
        for p in protests
        if p.trigger_start < event.trigger_start
        and p.source is not None
        and p.source.actor.country == country
    ]
    if not before:
        return event
    crowd = max(before, key=lambda pair: pair[0])[1]  # the latest protest's crowd
    return replace(event, target=_referring(doc, held, crowd, event.sent_index))


def _unnamed_target(event: EventMention) -> bool:
    """A state's forces acting on no one named: the target is none or their own state filled
    in without words (:func:`~eventscope.events.build.own_country`)."""
    source, target = event.source, event.target
    if event.cameo[:2] not in POLICING_ROOTS or source is None:
        return False
    if source.actor.sector not in FORCES or not source.actor.country:
        return False
    if target is None:
        return True
    actor = target.actor
    unnamed_state = actor.sector in UNNAMED_STATE or actor.sector is None
    return not actor.text and actor.resolution == "context" and unnamed_state


def _referring_object(trigger: Token) -> Token | None:
    """The object (or passive subject) of ``trigger`` when it refers back to a group: "them",
    "2", "4 of them", "some members", "the group"."""
    held = [c for c in trigger.children if c.dep_ in HELD_DEPS]
    if not held and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children):
        # "The group was blocking the road and were detained": the first verb's subject
        held = [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
    if len(held) != 1:
        return None
    word = held[0]
    lower, lemma = word.lower_, word.lemma_.lower()
    if lower in REFERRING_PRONOUNS or lower in QUANTIFIERS:
        return word
    if word.pos_ == "NUM" and not any(c.dep_ == "compound" for c in word.children):
        return word
    if lemma in GROUP_NOUNS and not _named(word):
        return word
    return None


def _named(word: Token) -> bool:
    """A group noun with a name on it ("members of Polo Obrero", "the Smith group"): not a
    bare reference back."""
    return any(t.pos_ == "PROPN" or t.ent_type_ for t in word.subtree if t.i != word.i)


def _referring(doc: Doc, held: Token, crowd: ActorMention, sent_index: int) -> ActorMention:
    """The crowd's actor over the referring words of ``held`` (resolution ``coreference``)."""
    span = doc[held.left_edge.i : held.right_edge.i + 1]
    actor = replace(
        crowd.actor,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        resolution="coreference",
    )
    return ActorMention(actor=actor, start=span.start, end=span.end, sent_index=sent_index)
