"""Supporters of the government are civilians, not the opposition.

CONTRACT:

    drafts = with_loyal_supporters(doc, drafts)   # same list, pro-government supporters CVL

The agent lexicon codes "supporters" as the opposition (OPP), CAMEO's reading of supporters
of a party or leader out of power ("opposition supporters", "supporters of Bobi Wine"). But
supporters of whoever holds power are no opposition: "supporters of the president",
"government supporters", "pro-government supporters", "ruling party supporters", "supporters
of President Museveni" (a sitting head of state, GOV on the article's date). CAMEO has no
agent code for them and ACLED codes them as protesters or rioters of the country, so they are
its civilians, CVL. What they support is read from the phrase itself: a ruling word before
the noun ("government", "ruling", "regime", "pro-government"), or the "of" object when it is a
ruling word or an actor coded GOV. "anti-government supporters", "supporters of the former
president" and "supporters of the opposition leader" stay OPP.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("calm supporters")
    >>> with_loyal_supporters(doc, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPPOSITION = "OPP"
CIVILIAN = "CVL"
GOVERNMENT = "GOV"
# Nouns naming people by whom they back (lemmas).
SUPPORTER_NOUNS = frozenset({"supporter", "loyalist", "follower", "partisan"})
# Words that name whoever holds power ("government supporters", "supporters of the president").
RULING_WORDS = frozenset(
    {"government", "ruling", "governing", "regime", "incumbent", "president", "presidential"}
)
# Words that turn the same phrase against power or out of it ("anti-government supporters",
# "supporters of the former president", "opposition supporters").
AGAINST_WORDS = frozenset(
    {"anti", "opposition", "former", "ex", "ousted", "deposed", "exiled", "late", "jailed"}
)


def with_loyal_supporters(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with the supporters of those in power coded CVL instead of OPP."""
    if not any(_supporters(doc, d) for d in drafts):  # cheap: most texts name no supporters
        return list(drafts)
    governing = [d for d in drafts if d.sector == GOVERNMENT]
    return [
        replace(d, sector=CIVILIAN, also=())
        if _supporters(doc, d) and _loyal(doc[d.start : d.end].root, governing)
        else d
        for d in drafts
    ]


def _supporters(doc: Doc, draft: Draft) -> bool:
    if draft.sector != OPPOSITION or draft.code or draft.person or draft.start >= draft.end:
        return False
    return doc[draft.start : draft.end].root.lemma_.lower() in SUPPORTER_NOUNS


def _loyal(head: Token, governing: Sequence[Draft]) -> bool:
    """``head`` (the supporters noun) backs those in power, by its modifiers or "of" object."""
    before = {t.lower_ for t in head.doc[head.left_edge.i : head.i]}
    if before & AGAINST_WORDS:
        return False
    if before & RULING_WORDS:
        return True
    objects = [o for c in head.children if c.lower_ == "of" for o in c.children]
    return any(_ruling(o, governing) for o in objects if o.dep_ == "pobj")


def _ruling(obj: Token, governing: Sequence[Draft]) -> bool:
    """The "of" object ``obj`` names those in power: a ruling word or a GOV actor."""
    words = {t.lower_ for t in obj.subtree}
    if words & AGAINST_WORDS:
        return False
    if obj.lower_ in RULING_WORDS or words & {"ruling", "governing"}:
        return True
    return any(d.start <= obj.i < d.end for d in governing)
