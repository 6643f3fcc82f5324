"""People an unnamed-target harm was done to, though no victim word names them.

CONTRACT:

    victim = living_victim(trigger, event, mentions)          # a Token, or None
    known = suffering_actor(trigger, event, mentions, harms)  # (Token, sector), or None

:meth:`~eventscope.events.domain.DomainCoder.with_targets` codes the target a violent event
leaves unnamed. A fight (CAMEO root 19) gets the source's foe (:mod:`.foes`: gunmen fight the
army), but a shooting or a killing of a person is no fight: "gunmen shot and wounded a sheikh",
"armed men stopped the mayor's car and shot him dead", "the gang killed a shepherd" are done to
a civilian (CAMEO codes the victim; ACLED codes such victims as civilians), not to the army.
The victim word lists (``domain.toml``) cannot list every person noun, so two shapes show a
person without one:

* the object or passive subject of a verb whose object is always a living being ("killed",
  "wounded", "stabbed", "beheaded", "abducted"; not "attacked", "hit" or "burned", which also
  take things), or of "shot ... dead"; or a personal pronoun "him"/"her" as the victim;
* for a trigger noun a passive harm verb governs ("four policemen were killed following an
  attack"), that verb's subject: an actor known by its sector alone ("policemen": COP) is the
  target with that sector (:func:`suffering_actor`).

A victim word that names armed or wanted people ("killed two attackers", "shot a suspect
dead") is no civilian; nor is a word an actor mention covers (the actor stage coded it).

Example:
    >>> sorted(LIVING_OBJECT_VERBS)[:3]
    ['abduct', 'assassinate', 'behead']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .victims import victim_places, victim_subject

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Token

    from ..models import ActorMention, EventMention

# Verbs (lemmas) whose object is a person or an animal, never a thing.
LIVING_OBJECT_VERBS = frozenset({
    "kill", "murder", "wound", "injure", "maim", "stab", "behead", "decapitate", "assassinate",
    "lynch", "torture", "rape", "strangle", "abduct", "kidnap", "execute",
})  # fmt: skip
# "shot him dead", "shot a trader dead": a result word on the verb says a person was shot.
DEATH_WORDS = frozenset({"dead"})
SHOOT = "shoot"
PERSON_PRONOUNS = frozenset({"him", "her"})
# Victim words for armed or wanted people: harm done to them is no harm to civilians.
ARMED_PEOPLE = frozenset({
    "assailant", "attacker", "suspect", "gunman", "gunmen", "robber", "thief", "bandit",
    "kidnapper", "criminal", "perpetrator", "militant", "fighter", "combatant", "insurgent",
    "rebel", "terrorist", "jihadist", "soldier", "policeman", "officer", "guard", "trooper",
    "raider", "looter", "smuggler", "trafficker", "poacher", "escapee", "fugitive", "inmate",
    "prisoner", "convict",
})  # fmt: skip
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
CIVILIAN = "CVL"


def living_victim(
    trigger: Token, event: EventMention, mentions: Sequence[ActorMention]
) -> Token | None:
    """The person ``trigger``'s harm is done to that no actor mention covers (see the module
    docstring), else None; None too when ``event``'s source is civilian (civilians harming
    one of theirs would be a self-dyad).

    Example: "gunmen shot and wounded a sheikh" (trigger "shot") gives "sheikh"; "gunmen
    attacked a convoy", "police shot a suspect dead" and "killed a number of fighters" give
    None.
    """
    if _source_sector(event) == CIVILIAN:
        return None
    for token in victim_places(trigger):
        if _named(token, mentions):
            continue
        if _person(token):
            return token
    return None


def _named(token: Token, mentions: Sequence[ActorMention]) -> bool:
    """An actor with a sector covers ``token``, a word before it in its phrase ("a Maoist
    cadre") or its "of" phrase ("a number of fighters"); a country named only as context
    ("a sheikh in Daraa") does not count."""
    words = set(range(token.left_edge.i, token.i + 1))
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            words.update(t.i for t in child.subtree)
    return any(
        m.actor.sector
        and m.actor.resolution != "context"
        and words.intersection(range(m.start, m.end))
        for m in mentions
    )


def _source_sector(event: EventMention) -> str | None:
    return event.source.actor.sector if event.source is not None else None


def _person(token: Token) -> bool:
    """``token`` is a victim person by its verb or its pronoun, not an armed one."""
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    if token.pos_ not in NOMINAL_POS or token.lemma_.lower() in ARMED_PEOPLE:
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma in LIVING_OBJECT_VERBS:
        return True
    # "shot him dead" (the verb's) or "shot a barber dead" (the parser hangs it on the noun)
    result = (*verb.children, *token.children)
    return lemma == SHOOT and any(c.lower_ in DEATH_WORDS for c in result)


def suffering_actor(
    trigger: Token, event: EventMention, mentions: Sequence[ActorMention], harms: Collection[str]
) -> tuple[Token, str] | None:
    """The subject of the passive harm verb that governs the trigger noun ("four policemen were
    killed following an attack"), when a role actor (a sector, no name of its own) covers it and
    is not of ``event``'s source's sector (no self-dyad): that token and sector, else None (the
    country is the caller's, the place's, as in :func:`~.victims.sectored_victim`)."""
    token = victim_subject(trigger, harms)
    if token is None:
        return None
    for mention in mentions:
        actor = mention.actor
        if not mention.start <= token.i < mention.end or not actor.sector:
            continue
        role = actor.code == (actor.country or "") + actor.sector and actor.name is None
        if role and actor.sector != _source_sector(event):
            return token, actor.sector
        return None
    return None
