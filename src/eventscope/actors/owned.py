"""A named armed group's "its fighters" are the group: "Al-Shabaab said its fighters killed ...".

CONTRACT:

    drafts = with_group_forces(doc, drafts)   # same list; owned fighters take their group's code

A word for unnamed fighters ("fighters", "forces", "militants", "gunmen") owned by "its" or
"their" whose owner is a named armed group takes that group's code, name and country, as
"Al-Shabaab fighters" does: CAMEO codes a group's fighters with the group's code. The owner is
the one the pronoun stands for, found as :mod:`.possessive` finds a country's owner:

1. the first noun of a coordination the fighters join ("Hamas and its fighters": Hamas);
2. else the subject of the nearest clause above with a subject ("Hezbollah said its fighters
   attacked ...": Hezbollah); that subject is the owner or there is none here (in "Hamas said
   Israel killed its fighters" the nearest subject is Israel, a state: this module leaves the
   fighters alone, and the armed anaphor of :mod:`.draft_maker` refers them back to Hamas);
3. else the nearest draft before the fighters in the sentence.

Why: left alone, "its fighters" is a role with no country, which the context stage fills from
the sentence's places or the article's country, very often the enemy's in conflict news
("killed five Kenyan soldiers": Kenyan fighters, KENUAF, fighting Kenya). A state's forces
("Russia said its forces ...") are left to :mod:`.possessive`, which gives the owner's
country; only a group with a name of its own (``IMG...`` or a country's named rebels,
:func:`~eventscope.actors.coref.named_group`) lends its code.

Example:
    >>> import spacy
    >>> with_group_forces(spacy.blank("en")("Its fighters left."), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS
from .coref import named_group
from .draft_maker import FIGHTER_SECTORS
from .drafts import Draft, pronoun_owned

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def with_group_forces(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with every unnamed fighters' draft owned by "its"/"their" of a named armed
    group replaced by that group's draft over the fighters' own tokens."""
    if not any(named_group(d) for d in drafts):
        return list(drafts)
    at = {i: d for d in drafts for i in range(d.start, d.end)}
    return [_owned(doc, d, at) if _unnamed_fighters(d) else d for d in drafts]


def _unnamed_fighters(draft: Draft) -> bool:
    """A role of fighters with no name and no code beyond its country and sector."""
    role_code = (draft.country or "") + (draft.sector or "")
    return (
        draft.sector in FIGHTER_SECTORS
        and not draft.person
        and draft.name is None
        and draft.code in (None, role_code)
    )


def _owned(doc: Doc, draft: Draft, at: dict[int, Draft]) -> Draft:
    head = doc[draft.end - 1]
    if not pronoun_owned(head):
        return draft
    owner = _owner(head, draft, at)
    if owner is None or not named_group(owner):
        return draft
    return replace(owner, start=draft.start, end=draft.end, resolution="coreference", needs=None)


def _owner(head: Token, draft: Draft, at: dict[int, Draft]) -> Draft | None:
    """The draft the pronoun stands for (see the module docstring), or ``None``."""
    if head.dep_ == "conj" and head.head.i in at and at[head.head.i] is not draft:
        return at[head.head.i]
    for ancestor in head.ancestors:
        subjects = [c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and c.i != head.i]
        if subjects:
            # "The group said its fighters ...": a draft of .group_words over "The group"
            found = at.get(subjects[0].i)
            return found if found is not draft else None
    before = [at[i] for i in range(head.sent.start, draft.start) if i in at]
    return before[-1] if before else None
