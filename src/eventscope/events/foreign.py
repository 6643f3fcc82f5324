"""A state's coercion of another country's public figures: politics, not ordinary crime.

A story with the words of court and crime news ("court", "sentenced", "charges") and none of
contention codes no material conflict (:func:`~eventscope.events.stories.story_kind`): a
burglar's trial is no political event. But "A court in Moscow sentenced a US journalist to
16 years on spying charges" is one of the relations between two states that CAMEO codes
(RUSJUD -> USAMED 173): the state (its government, courts, police, forces or spies) acts on a
journalist, opposition politician, activist or scholar of another country. Foreign civilians
at large ("two Zimbabwean nationals arrested for robbery"), criminals, firms and states stay
ordinary crime news.

Example:
    >>> foreign_state_act(None)
    False
"""

from __future__ import annotations

from ..models import EventMention
from .build import STATE_SECTORS as STATE_AGENTS

# Who acts for a state: its government, forces, police and spies, and its courts.
STATE_SECTORS = STATE_AGENTS | {"JUD"}
# Public figures whose arrest or trial abroad is news between states: journalists, opposition
# politicians, scholars, activists, aid workers, former leaders. Not a country's state filled
# in for a place ("arrested a trafficker over drownings off Turkey"), nor companies named for
# their brands, nor civilians at large or criminals.
PUBLIC_SECTORS = frozenset({"MED", "OPP", "EDU", "HRI", "NGO", "ELI"})


def foreign_state_act(event: EventMention | None) -> bool:
    """Whether ``event`` is a state's act on a public figure (:data:`PUBLIC_SECTORS`) of
    another country."""
    if event is None or event.source is None or event.target is None:
        return False
    source, target = event.source.actor, event.target.actor
    if source.sector not in STATE_SECTORS or not source.country or not target.country:
        return False
    return target.country != source.country and target.sector in PUBLIC_SECTORS
