"""A "call for X" is an appeal, not a telephone call (CAMEO 02 against 041).

"Kenya received a call for help from Somalia": the noun "call" with a "for" phrase names what
is asked, so the row that reads "received a call" as a phone call (041) is recoded to the
appeal, and an appeal for help or aid is CAMEO 023 "appeal for aid". A call with no "for"
("received a call from X") stays a phone call.

Example:
    >>> from eventscope.events.patterns import VerbRule
    >>> rule = VerbRule(lemma="receive", code="041", prep=None, objects=frozenset({"call"}))
    >>> appeal_call(rule, None).code
    '041'
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import VerbRule

_PHONE_CALL = "041"
_APPEAL = "020"
_APPEAL_FOR_AID = "023"
# What is asked for in "a call for help": the codebook's 023 "appeal for aid" (material help).
_APPEAL_NOUNS = frozenset({"call", "appeal", "plea"})
_AID_WORDS = frozenset({"aid", "help", "assistance", "relief", "supplies"})


def appeal_call(rule: VerbRule | None, obj: Token | None) -> VerbRule | None:
    """``rule`` recoded to an appeal when its object is "a call for X" (a phone call, 041, is
    none), and to 023 when the appeal is for aid ("issued an appeal for aid")."""
    if rule is None or obj is None or rule.code not in (_PHONE_CALL, _APPEAL):
        return rule
    if obj.lemma_.lower() not in _APPEAL_NOUNS:
        return rule
    asked = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if asked is None:
        return rule
    thing = child(asked, ("pobj",))
    aid = thing is not None and thing.lemma_.lower() in _AID_WORDS
    return replace(rule, code=_APPEAL_FOR_AID if aid else _APPEAL)
