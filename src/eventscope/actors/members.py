"""A named group's members are the group: "two PKK members", "an MS-13 member", "Hamas cadres".

CONTRACT:

    drafts = with_members(doc, drafts)   # same list, group names widened over their members

A dictionary names the group ("PKK", "MS-13", "Hamas"), not the word for its people after it,
which the lexicon does not list (a member of what is said by the name). Left alone, the
phrase "two PKK members were killed in an airstrike" has the group as one actor and its
members as an uncoded noun, and an event coder may read the group as the attacker of its own
members. So a draft with a group's code (an organisation, party or armed group: its code is
more than a country and a sector) that modifies a member word right after it is widened over
that word: the members are the group, CAMEO codes them with its code. A country's name
("Nigerian members") and a person ("Smith supporters") are left alone.

Example:
    >>> import spacy
    >>> with_members(spacy.blank("en")("calm villagers"), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS
from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words for the people of a group (lemmas), which name them by the group before them.
MEMBER_LEMMAS = frozenset({"member", "cadre", "operative", "affiliate", "recruit"})
# A code of a country and a sector is six letters; a group's code says more ("PSEREBHMS").
STATE_CODE_LENGTH = 6
# How the name hangs on the member word; "MS-13" may be parsed as a number.
NAME_DEPS = MODIFIER_DEPS | {"nummod"}


def with_members(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with each group's draft widened over the member word it modifies."""
    starts = {d.start for d in drafts}
    return [_widened(doc, d, starts) if _group(d) else d for d in drafts]


def _group(draft: Draft) -> bool:
    return len(draft.code or "") > STATE_CODE_LENGTH and not draft.person


def _widened(doc: Doc, draft: Draft, starts: set[int]) -> Draft:
    if draft.end >= len(doc) or draft.end in starts:
        return draft
    last, head = doc[draft.end - 1], doc[draft.end]
    if last.dep_ not in NAME_DEPS or last.head.i != head.i:
        return draft
    if head.lemma_.lower() not in MEMBER_LEMMAS:
        return draft
    return replace(draft, end=head.i + 1)
