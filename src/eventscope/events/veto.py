"""The classifier's veto of the rules' events, and when its own root overrules it.

CONTRACT:

    dropped = vetoed(prediction, kept, veto_event=0.1, agree_root=0.7)

The classifier's event head may be sure a sentence reports no event while its root head is sure
of the very root a rule coded: "Putin is ready to meet Zelensky" reads P(event) 0.09 and root
03 at 0.79 for the rule's 036. The two heads disagree, so the veto is doubtful and the rules'
events stand, when one of the agreeing events is a dyad of two non-business actors (company
news, "X Corp agreed to buy Y", is what the veto is right about). A verb row's event between
two non-business actors stands too, whatever the root head says: the model reads words, not
who acts, and political names it never saw read as company news ("The AKP criticised the CHP":
P(event) 0.02). Otherwise the events of a sentence with P(event) below ``veto_event`` are
dropped.

Example:
    >>> from types import SimpleNamespace
    >>> side = SimpleNamespace(actor=SimpleNamespace(sector="GOV"))
    >>> guess = SimpleNamespace(event=0.05, root="03", root_prob=0.8)
    >>> kept = SimpleNamespace(cameo="036", source=side, target=side, pattern="frame:plan")
    >>> vetoed(guess, [kept], veto_event=0.1)
    False
    >>> vetoed(guess, [SimpleNamespace(**{**vars(kept), "cameo": "190"})], veto_event=0.1)
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .keep import VERB_PATTERN

AGREE_ROOT = 0.7  # the root head's probability that overrules its event head
BUSINESS = frozenset({"BUS", "MNC"})


def vetoed(
    prediction: Any, kept: Sequence[Any], *, veto_event: float, agree_root: float = AGREE_ROOT
) -> bool:
    """Whether the rules' events ``kept`` are dropped (module docstring)."""
    if prediction.event >= veto_event:
        return False
    agreed = any(e.cameo[:2] == prediction.root and _political(e) for e in kept)
    if agreed and prediction.root_prob >= agree_root:
        return False
    # a verb row between two named non-business actors stands: the model reads words, not who
    # acts ("The AKP criticised the CHP": P(event) 0.02, its ORG names read as company news)
    return not any(e.pattern.startswith(VERB_PATTERN) and _political(e) for e in kept)


def _political(event: Any) -> bool:
    """A dyad with no business on either side: the veto is right about company news ("X Corp
    agreed to buy Y", "Canada will offer a bond issue": no target)."""
    sides = (event.source, event.target)
    return all(side is not None and side.actor.sector not in BUSINESS for side in sides)
