"""Who acts and who suffers around a domain trigger, read by word order (``events.domain``).

A passive harm verb's subject is its victim: "two farmers were killed in an attack", "a soldier
was shot dead by gunmen". The "by" actor, where there is one, is the source; without one the
victim is no source at all (the caller codes an unnamed attacker of the place's country), also
for a trigger noun that hangs from the passive verb ("killed in an attack", "wounded in a
shooting").

Example:
    >>> sorted(VICTIM_PREPS)  # "fired at a village": the village is acted on
    ['against', 'at', 'on']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from ..models import ActorMention


def word_order_arguments(
    token: Token, actors: list[ActorMention], symmetric: bool, harms: Collection[str]
) -> tuple[ActorMention | None, ActorMention | None]:
    """Source and target by word order; a passive's "by" actor is the source, and the passive
    subject without one is only a victim (no source: ``None, None``); ``harms`` are the lemmas
    of the harm verbs whose passive subject is a victim of a trigger noun they govern."""
    before = [m for m in actors if m.end <= token.i]
    after = [m for m in actors if m.start > token.i]
    agent = next((m for m in after if _after_by(token.doc, m)), None)
    victim = victim_subject(token, harms)
    if agent is not None and victim is not None:
        suffered = next((m for m in reversed(before) if m is not agent), None)
        return agent, suffered
    if victim is not None and any(m.start <= victim.i < m.end for m in before):
        return None, None  # "two nationals were killed in an attack": who did it is unnamed
    if symmetric and not before and len(after) >= 2:
        return after[0], _other(after[1:], after[0])  # "clashes between A and B"
    if symmetric and len(before) >= 2 and not after:
        return before[-2], before[-1]  # "A and B clashed"
    source = before[-1] if before else None
    target = _other(after, source) if source is not None else None
    return source, target


def victim_subject(token: Token, harms: Collection[str]) -> Token | None:
    """The passive subject of ``token`` or, for a noun a passive harm verb governs through a
    preposition ("were killed in an attack"; not "were involved in clashes"), of that verb."""
    victim = passive_subject(token)
    if victim is not None or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return victim
    verb = token.head.head
    return passive_subject(verb) if verb.lemma_.lower() in harms else None


def passive_subject(token: Token) -> Token | None:
    """The subject of a passive verb; the nearest one when a fronted date was parsed as one too."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")]
    return subjects[-1] if subjects else None


def _other(candidates: list[ActorMention], source: ActorMention | None) -> ActorMention | None:
    for mention in candidates:
        if source is None or (mention.start, mention.end) != (source.start, source.end):
            return mention
    return None


def _after_by(doc: Doc, mention: ActorMention) -> bool:
    """ "by two armed men": the word before the actor, past its numbers and modifiers, is "by"."""
    i = mention.start - 1
    while i > 0 and doc[i].pos_ in ("NUM", "DET", "ADJ"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "by"


# Prepositions whose object a violent act is done to ("fired at a village").
VICTIM_PREPS = frozenset({"against", "at", "on"})


def victim_places(trigger: Token) -> Iterator[Token]:
    """Where a victim may stand, in the trigger's child order: its object or passive subject,
    or the object of a victim preposition ("a drive-by shooting against a man", "fired at a
    village")."""
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
        elif child.dep_ == "prep" and child.lower_ in VICTIM_PREPS:
            yield from (noun for noun in child.children if noun.dep_ == "pobj")


def sectored_victim(trigger: Token, mentions: Sequence[ActorMention]) -> tuple[Token, str] | None:
    """A victim the actor stage knows by its sector alone ("a soldier was shot": MIL), with
    that sector; the country is the caller's (the place's)."""
    for token in victim_places(trigger):
        for mention in mentions:
            actor = mention.actor
            if mention.start <= token.i < mention.end and actor.sector and not actor.country:
                return token, actor.sector
    return None
