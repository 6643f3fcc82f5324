"""The gravest act of a story leads: violence ranks above the coercion that goes with it.

CONTRACT:

    events = violence_first(events)     # 18-20 above 15, 17, 015 and 016 in the same story

A story that reports violence (CAMEO 18 assault, 19 fight, 20 mass violence) and also a
coercive act or a show of force (17 arrest, seizure, destruction of property; 15 force
posture) is about the violence: "a shoot-out broke out and a suspect died; police seized two
pistols", "gunmen killed a man; police arrested four of them", "troops were deployed after
clashes". The arrests, seizures and deployments are the violence's aftermath or setting; the
codebook's own scale of conflict (Goldstein: fighting -10, assault -9 to -10, arrest -5,
seizure -9.2) puts them below it. So the story's violence events move up together (their own
order kept) to just above its best 15 or 17 event; every other event keeps its rank. A claim
or a denial of responsibility (015, 016: "Al-Shabaab claimed responsibility for the attack",
"the Taliban denied any role in the bombing") is said about the story's violence and ranks
below it the same way. A story with no violence is left as it was (an arrest, a seizure, a
claim alone is its news).

Example:
    >>> violence_first([])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import EventMention
from .build import RANK_STEP
from .cameo import VIOLENCE_ROOTS

# Roots of material conflict short of violence: force posture and coercion. 16 (reduce
# relations) is a government's measure, not a story's act of conflict, and 14 (protest) is
# ordered against its policing by ``stories.protest_first``.
LESSER_ROOTS = frozenset({"15", "17"})
# Claims and denials of responsibility (CAMEO 015, 016) are said about an act the story reports
# in another sentence ("X claimed responsibility for the attack", "Y denied any role in the
# bombing"): that act leads. Violence said in the claim's own sentence is its content ("denied
# charges that it is committing genocide"), and the claim stays that sentence's act; the act
# a claim names ("the attack", coded as its claimant's) ranks below the report of it too.
RESPONSIBILITY_CODES = frozenset({"015", "016"})


def violence_first(events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` with the story's violence shifted just above its best 15, 17, 015 or 016
    event (module docstring); a story without both kinds, or whose violence already leads
    them, is returned as it was."""
    claimed = {e.sent_index for e in events if e.cameo in RESPONSIBILITY_CODES}
    moving = {
        id(e): e.confidence
        for e in events
        if e.cameo[:2] in VIOLENCE_ROOTS and e.sent_index not in claimed
    }
    lesser = [
        e.confidence
        for e in events
        if e.cameo[:2] in LESSER_ROOTS
        or e.cameo in RESPONSIBILITY_CODES
        or (e.sent_index in claimed and e.cameo[:2] in VIOLENCE_ROOTS)  # the claimed act
    ]
    best = max(moving.values(), default=None)
    if best is None or not lesser or best > max(lesser):
        return list(events)
    # Only the violence moves: the lesser acts keep their rank, so that when a later stage
    # drops the violence (an act embedded in an arrest: "arrested over the killing") the story
    # ranks as before.
    shift = max(lesser) - best + RANK_STEP
    return [
        replace(e, confidence=min(1.0, round(e.confidence + shift, 3))) if id(e) in moving else e
        for e in events
    ]
