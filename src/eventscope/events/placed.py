"""Verbs that put their object under a state an event noun names.

"Soldiers placed President X under house arrest" arrests X (CAMEO 173), as "took X into
custody" does, and "put the port under blockade" blockades it (191): the verb's direct object
suffers the event its "under"/"into"/"in" noun names, and the verb's subject does it. Only nouns
of coercive roots count (``placing_roots`` of ``frames.toml``): "took X into account" or "held
X in high regard" name no event.

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(words={"custody_nouns": frozenset({"custody"})})
    >>> placed_rule(book, SimpleNamespace(lemma_="place"), None) is None
    True
    >>> _placing_code(book, SimpleNamespace(lemma_="custody"))
    '173'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.syntax import child
from .patterns import VerbRule

if TYPE_CHECKING:
    from spacy.tokens import Token

# CAMEO 173 "arrest, detain": put into custody or detention
CUSTODY_CODE = "173"


def placed_rule(book: Any, verb: Token, obj: Token | None) -> VerbRule | None:
    """The rule of the event ``verb`` puts its object ``obj`` under, if any.

    The target is the direct object (the rule has no preposition), the code the noun's."""
    words = book.words
    if obj is None or verb.lemma_.lower() not in words.get("placing_verbs", frozenset()):
        return None
    preps = words.get("placing_preps", frozenset())
    # the parser hangs "under house arrest" on the verb or on its object
    for prep in [*verb.children, *obj.children]:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        code = _placing_code(book, child(prep, ("pobj",)))
        if code is not None:
            return VerbRule(lemma=verb.lemma_.lower(), code=code, prep=None, objects=frozenset())
    return None


def _placing_code(book: Any, noun: Token | None) -> str | None:
    """The code of the state ``noun`` names: an event noun of a coercive root, or custody."""
    if noun is None:
        return None
    if noun.lemma_.lower() in book.words.get("custody_nouns", frozenset()):
        return CUSTODY_CODE
    rule = book.noun_rule(noun)
    if rule is not None and rule.code[:2] in book.words.get("placing_roots", frozenset()):
        return str(rule.code)
    return None
