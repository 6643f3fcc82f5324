"""A definite agent word takes the country of the same word named earlier in the story.

"Kenya offered to host talks between **the Sudanese army** and the RSF. **The army** turned
down the offer": the second "army" is the Sudanese army, not a Kenyan one the article's
context would give it. A draft of a bare agent word after "the" (no country, no name, no
fixed code) whose head word is the head word of an earlier role word with its country's word
("the Sudanese army"), and of the same sector, takes that country (the nearest such draft,
:data:`LOOKBACK` drafts back at most). Persons ("the minister") and names ("Deutsche Bank
... the bank's optimism") are :mod:`.coref`'s.

Example:
    >>> with_definite_antecedents(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFINITE = frozenset({"the"})
# The antecedent is a role word with its country's word ("the Sudanese army", "Kenyan police").
MODIFIED = "modifier"
LOOKBACK = 12  # drafts: a sentence or two before


def with_definite_antecedents(doc: Doc | None, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts``, each definite bare agent word given its earlier namesake's country."""
    if doc is None:
        return list(drafts)
    out: list[Draft] = []
    for draft in drafts:
        earlier = _antecedent(doc, draft, out[-LOOKBACK:]) if _bare(doc, draft) else None
        out.append(draft if earlier is None else replace(draft, country=earlier.country))
    return out


def _bare(doc: Doc, draft: Draft) -> bool:
    if draft.country or draft.code or draft.person or not draft.sector:
        return False
    return draft.end - draft.start >= 2 and doc[draft.start].lower_ in DEFINITE


def _antecedent(doc: Doc, draft: Draft, history: Sequence[Draft]) -> Draft | None:
    head = doc[draft.end - 1].lemma_.lower()
    for earlier in reversed(history):
        if earlier.end > draft.start or not earlier.country or earlier.sector != draft.sector:
            continue
        if earlier.resolution != MODIFIED:
            continue  # a name ("Deutsche Bank ... the bank's optimism") is :mod:`.coref`'s
        if doc[earlier.end - 1].lemma_.lower() == head:
            return earlier
    return None
