"""The unnamed other side of a fight: the adversary an armed source fights by its sector.

A fight (CAMEO root 19, conventional force: "forces fired mortars at positions near X", "a
shoot-out broke out") has two armed sides. When the text names only one, the target is coded
as the place's country (see :meth:`~eventscope.events.domain.DomainCoder.with_targets`); its
sector is then the side such a source fights: the state's forces (MIL, COP, SPY) fight the
armed opposition (REB), non-state armed groups (REB, INS, SEP, IMG, UAF) fight the state's
military (MIL), and criminals (CRM) shoot it out with the police (COP). Any other source, or an
event that is no fight (a bombing, a raid on a village: the victim may be a civilian), keeps
the bare country (no sector).

Example:
    >>> foe_sector("190", "REB"), foe_sector("193", "COP"), foe_sector("180", "REB")
    ('MIL', 'REB', '')
"""

from __future__ import annotations

from types import MappingProxyType

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
