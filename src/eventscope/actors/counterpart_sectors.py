"""A counterpart holds the same office as the one whose counterpart it is.

"Thailand's army chief met his Cambodian counterpart": the counterpart is Cambodia's army
chief (KHMMIL), not its government, which the lexicon's bare "counterpart" gives
(``data/actors/agents.tsv``: GOV, right for "the foreign minister ... his counterpart").
The office is the sector of the one "his"/"her"/"their" points to: the nearest earlier
actor of the same sentence that has a sector ("Kenya's police chief met her Ugandan
counterpart": KENCOP, so UGACOP). Its country is never taken: the counterpart
keeps its own ("Cambodian").

Example:
    >>> with_counterpart_sectors(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .counterparts import COUNTERPART_WORDS
from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The possessive determiners that tie a counterpart to a person named before it.
PERSON_OWNERS = frozenset({"his", "her", "their"})


def with_counterpart_sectors(doc: Doc | None, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with each owned counterpart given its owner's sector (see the module)."""
    if doc is None:
        return list(drafts)
    out = list(drafts)
    for i, draft in enumerate(out):
        owner = _owner(doc, out, draft)
        if owner is not None and owner.sector and owner.sector != draft.sector:
            out[i] = replace(draft, sector=owner.sector, code=None)
    return out


def _owner(doc: Doc, drafts: Sequence[Draft], draft: Draft) -> Draft | None:
    """The person an owned counterpart ("his Cambodian counterpart") is the counterpart of."""
    if draft.code or draft.end <= draft.start or draft.end > len(doc):
        return None
    head = doc[draft.end - 1]
    if head.lower_ not in COUNTERPART_WORDS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in PERSON_OWNERS for c in head.children):
        return None
    sent_start = head.sent.start
    earlier = [d for d in drafts if sent_start <= d.start and d.end <= draft.start and d.sector]
    return earlier[-1] if earlier else None
