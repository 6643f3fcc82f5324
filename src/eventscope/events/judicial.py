"""A state that executes a prisoner acts through its government, not its army.

A country named alone as the source of violence acts through its armed forces ("Russia shelled
the town": MIL, :func:`~.build.with_state_sector`). An execution is the exception: "Iran hanged
a man convicted of spying", "Saudi Arabia executed two nationals", "Singapore hanged a drug
trafficker" carry out a court's sentence, the act of the state's government and judiciary
(GOV), not of its military. Only a country named alone changes; an actor named with its own
sector ("Iranian soldiers executed ...", "the rebels hanged ...") keeps it.

Example:
    >>> sorted(JUDICIAL_LEMMAS)
    ['behead', 'execute', 'hang']
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import ActorMention

# Verbs by which a state carries out a death sentence (the pattern's lemma).
JUDICIAL_LEMMAS = frozenset({"execute", "hang", "behead"})
GOVERNMENT = "GOV"


def judicial_source(
    named: ActorMention | None, filled: ActorMention | None, pattern: str
) -> ActorMention | None:
    """``filled`` (the source ``named`` with the state's sector filled in), or the country's
    government when ``named`` is a country named alone and ``pattern``'s verb is an execution.

    Example: "Iran hanged a man": ``named`` IRN (no sector), ``filled`` IRNMIL, pattern
    "verb:hang" -> IRNGOV.
    """
    if named is None or filled is None or named.actor.sector is not None:
        return filled
    if pattern.rsplit(":", 1)[-1].split("+")[0] not in JUDICIAL_LEMMAS:
        return filled
    country = filled.actor.country
    if not country or filled.actor.code != country + (filled.actor.sector or ""):
        return filled
    actor = replace(filled.actor, sector=GOVERNMENT, code=country + GOVERNMENT)
    return replace(filled, actor=actor)
