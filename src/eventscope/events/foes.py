"""The unnamed other side of a fight: the adversary an armed source fights by its sector.

A fight (CAMEO root 19, conventional force: "forces fired mortars at positions near X", "a
shoot-out broke out") has two armed sides. When the text names only one, the target is coded
as the place's country (see :meth:`~eventscope.events.domain.DomainCoder.with_targets`); its
sector is then the side such a source fights: the state's forces (MIL, COP, SPY) fight the
armed opposition (REB), non-state armed groups (REB, INS, SEP, IMG, UAF) fight the state's
military (MIL), and criminals (CRM) shoot it out with the police (COP). Any other source, or an
event that is no fight (a bombing, a raid on a village: the victim may be a civilian), keeps
the bare country (no sector). A fight among the source's own kind ("two mobs clashed",
"tribesmen clashed": :mod:`.infighting`) has that kind on the other side too (:func:`own_kind`).

Example:
    >>> foe_sector("190", "REB"), foe_sector("193", "COP"), foe_sector("180", "REB")
    ('MIL', 'REB', '')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from .infighting import fights_own_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..models import EventMention

FIGHT_ROOT = "19"
# Sector of the side each armed sector fights when the text leaves that side unnamed.
FOES = MappingProxyType(
    {
        "MIL": "REB",
        "COP": "REB",
        "SPY": "REB",
        "REB": "MIL",
        "INS": "MIL",
        "SEP": "MIL",
        "IMG": "MIL",
        "UAF": "MIL",
        "CRM": "COP",
    }
)


def foe_sector(cameo: str, source_sector: str | None) -> str:
    """The sector of the unnamed side a ``source_sector`` fights in a ``cameo`` event; ``""``
    for an event that is no fight or a source that is not armed.

    Example:
        >>> foe_sector("194", "MIL"), foe_sector("190", "CRM"), foe_sector("190", "CVL")
        ('REB', 'COP', '')
    """
    if not cameo.startswith(FIGHT_ROOT):
        return ""
    return FOES.get(source_sector or "", "")


def own_kind(trigger: Token, event: EventMention) -> str:
    """The source's sector when ``trigger`` is a fight among the source's own kind ("two mobs
    clashed", "militiamen from the A and B clans clashed"), else ``""``.

    Example: "two mobs clashed in Pratapgarh" (source INDCVL) gives ``"CVL"``; "rebels clashed
    near Beni" gives ``""`` (their foe is :func:`foe_sector`'s).
    """
    source = event.source
    if source is None or not source.actor.sector:
        return ""
    subject = trigger.doc[source.start : source.end].root if source.end > source.start else None
    return source.actor.sector if fights_own_kind(trigger, subject) else ""
