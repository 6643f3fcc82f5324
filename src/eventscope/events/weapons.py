"""Weapons that harm with no one named to wield them: "a roadside bomb killed three soldiers",
"two policemen were killed by a landmine".

CONTRACT:

    weapon_code(verb)    # "183" when a bomb is the subject or the "by" agent of a harm verb
    struck_victim(verb)  # the passive subject, else the object a weapon struck
    named_agent(verb)    # a "by" agent that is no weapon ("killed by gunmen"): someone named
    named_agent(verb, persons, actors)  # ... nor a person noun no actor covers ("by three men")
    clause_agent(verb, actors)  # the armed actor whose act the harm came with ("... when X fired")

A weapon that explodes or is fired is the means of an attacker the text does not name (the
domain stage codes an unidentified armed actor of the place's country), not the agent: the
codebook's 183 "conduct suicide, car, or other non-military bombing" for explosive devices,
194 "fight with artillery and tanks" for shells, rockets and mortars.

Example:
    >>> sorted(set(WEAPON_CODES.values()))
    ['183', '194']
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from ..nlp.syntax import child
from .common import covering
from .victims import passive_subject

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Token

    from ..models import ActorMention

# Words opening a clause of what happened with the harm ("killed when troops fired").
WITH_HARM = frozenset({"when", "as", "while", "after"})
# Sectors of those who wield arms: the subject of such a clause did the harm.
WIELDERS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP", "CRM"})
# CAMEO codes of an attack by a weapon alone (the codebook's 183 and 194 descriptions).
WEAPON_CODES = MappingProxyType({
    "bomb": "183", "ied": "183", "landmine": "183", "mine": "183", "explosive": "183",
    "grenade": "183", "shell": "194", "rocket": "194", "mortar": "194",
})  # fmt: skip


def weapon_of(verb: Token) -> Token | None:
    """The weapon noun that is ``verb``'s subject or the object of its "by" agent."""
    for item in verb.children:
        if item.dep_ == "agent":
            item = child(item, ("pobj",)) or item
        elif item.dep_ != "nsubj":
            continue
        if item.lemma_.lower() in WEAPON_CODES:
            return item
    return None


def weapon_code(verb: Token) -> str | None:
    """The code of the harm a weapon did as ``verb``'s subject or "by" agent, if any."""
    weapon = weapon_of(verb)
    return WEAPON_CODES[weapon.lemma_.lower()] if weapon is not None else None


def struck_victim(verb: Token) -> Token | None:
    """The passive subject of ``verb``, else the object of a harm verb a weapon did."""
    victim = passive_subject(verb)
    if victim is None and weapon_of(verb) is not None:
        victim = child(verb, ("dobj",))
    return victim


def named_agent(
    verb: Token, persons: Collection[str] = (), actors: Sequence[ActorMention] = ()
) -> bool:
    """``verb`` has a "by" agent that is no weapon: someone the text names did it. An agent
    that is only a person noun of ``persons`` no actor of ``actors`` covers ("shot dead by three
    men", "killed by two individuals on a motorcycle") names no one: the attacker is unnamed.

    Example: "a trader was shot dead by four men" -> False with ``persons`` {"man"} and no
    actor over "men"; "... by gunmen" -> True (the actor "gunmen" did it).
    """
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents or weapon_of(verb) is not None:
        return False
    nouns = [child(a, ("pobj",)) for a in agents]
    return not all(
        noun is not None
        and noun.lemma_.lower() in persons
        and covering(actors, noun, phrase=False) is None
        for noun in nouns
    )


def clause_agent(verb: Token, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The armed actor that is the subject of a clause of what happened with the harm of
    ``verb`` (or of a harm verb joined to it): "two civilians were wounded (and houses were
    damaged) when Afghan forces fired mortars" -> the Afghan forces, who did the harm; else
    ``None``. An unarmed subject ("when the bus overturned") names no attacker.
    """
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        opener = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        subject = child(clause, ("nsubj",))
        if subject is None or not opener & WITH_HARM:
            continue
        found = covering(actors, subject, phrase=False)
        if found is not None and _armed(found):
            return found
    return None


def _armed(mention: ActorMention) -> bool:
    actor = mention.actor
    return actor.sector in WIELDERS or (actor.code or "").startswith("IMG")
