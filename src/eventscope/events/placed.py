"""Verbs that put their object under a state an event noun names.

"Soldiers placed President X under house arrest" arrests X (CAMEO 173), as "took X into
custody" does, and "put the port under blockade" blockades it (191): the verb's direct object
suffers the event its "under"/"into"/"in" noun names, and the verb's subject does it. Only nouns
of coercive roots count (``placing_roots`` of ``frames.toml``): "took X into account" or "held
X in high regard" name no event.

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(words={})
    >>> placed_rule(book, SimpleNamespace(lemma_="place"), None) is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.syntax import child
from .patterns import VerbRule

if TYPE_CHECKING:
    from spacy.tokens import Token


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
        noun = child(prep, ("pobj",))
        rule = book.noun_rule(noun) if noun is not None else None
        if rule is not None and rule.code[:2] in words.get("placing_roots", frozenset()):
            return VerbRule(
                lemma=verb.lemma_.lower(), code=rule.code, prep=None, objects=frozenset()
            )
    return None
