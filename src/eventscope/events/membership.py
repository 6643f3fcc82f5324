"""Joining an organisation: a verb of membership is an event only with an organisation as the
target ("Sweden and Finland applied to join NATO": each of them -> NATO).

``member_verbs`` (``frames.toml``) lists the verbs ("join"); their ``verbs.tsv`` row gives the
code (CAMEO 06, material cooperation: membership binds the member to the organisation's joint
action), and a frame above it gives intent ("wants to join", 031) or appeal ("applied / asked
to join", 021). Joining anything else ("joined the protest", "joined France in condemning X")
is no event of this kind: the organisation's own members ("IGO", "NGO" codes or sectors) are
the only targets.

Example:
    >>> not_member("join", [], {"member_verbs": frozenset({"join"})})
    True
    >>> not_member("visit", [], {"member_verbs": frozenset({"join"})})
    False
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .syntax import Group

_ORGANISATIONS = ("IGO", "NGO")


def not_member(lemma: str, targets: Sequence[Group], words: Mapping[str, frozenset[str]]) -> bool:
    """Whether a verb of membership (``lemma``) lacks an organisation among ``targets``."""
    if lemma not in words.get("member_verbs", frozenset()):
        return False
    return not any(
        (m.actor.code or "").startswith(_ORGANISATIONS) or m.actor.sector in _ORGANISATIONS
        for group in targets
        for m in group
    )
