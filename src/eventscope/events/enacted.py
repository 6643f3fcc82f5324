"""Verbs whose event-noun object names the act: light verbs and verbs of enacting.

A light verb carries out its object ("mounted an invasion of X", "staged protests"), and an
authority that orders, decrees, authorises or approves an act does that act in CAMEO's sense:
the source is whoever makes it happen, so "Niger ordered the expulsion of French diplomats" is
NER -> FRA 161 (CAMEO 1661/1662 name expulsions; an order is not a demand when nobody is told
to do anything), "the court ordered the arrest of X" is 173, "the EU approved sanctions against
X" 163. Only acts are enacted (``enact_roots`` of ``frames.toml``): "approved the proposal" or
"ordered a review of the appeal" accepts or answers something, it does not make the appeal.

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(words={"enact_verbs": frozenset({"order"})})
    >>> enacts(book, SimpleNamespace(lemma_="Order"))
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.syntax import child, to_infinitive
from .frames import own_rule
from .patterns import VerbRule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook

# Particles that turn a light verb into ending or reducing its event noun.
_WINDING_DOWN = frozenset({"down", "back", "off"})


def enacts(book: Any, verb: Any) -> bool:
    """``verb`` is a verb of enacting (``enact_verbs``: order, decree, authorise, approve...)."""
    return str(verb.lemma_).lower() in book.words.get("enact_verbs", frozenset())


def light_rule(book: PatternBook, verb: Token, obj: Token | None) -> VerbRule | None:
    """ "mounted an invasion of X", "staged protests": the object noun names the event."""
    if obj is None or verb.lemma_.lower() not in book.words["light_verbs"]:
        return None
    if any(c.dep_ == "prt" and c.lower_ in _WINDING_DOWN for c in verb.children):
        return None  # "stepped down / scaled back its attacks": less of the event, not it
    return _noun_rule(book, verb, obj)


def enacted_rule(book: PatternBook, verb: Token, obj: Token | None) -> VerbRule | None:
    """The rule of the act ``verb`` enacts: its direct object is an event noun of an act
    root and nobody is told to do it ("ordered X to leave" stays an order to X, 1 frame).

    A row of the verb for that very object wins ("approved a loan": 071)."""
    if obj is None or obj.dep_ != "dobj" or not enacts(book, verb):
        return None
    if child(verb, ("xcomp", "ccomp", "dative")) is not None or to_infinitive(verb):
        return None  # "gave the government power to decree sanctions": the noun's own event
    own = own_rule(book, verb, obj)
    if own is not None and own.objects:
        return None
    rule = _noun_rule(book, verb, obj)
    if rule is None or rule.code[:2] not in book.words.get("enact_roots", frozenset()):
        return None
    return rule


def _noun_rule(book: PatternBook, verb: Token, obj: Token) -> VerbRule | None:
    noun = book.noun_rule(obj)
    if noun is None:
        return None
    return VerbRule(
        lemma=verb.lemma_.lower(),
        code=noun.code,
        prep=None,
        objects=frozenset({obj.lemma_}),
        reciprocal=noun.reciprocal,  # "held joint drills": the subjects act with each other
    )
