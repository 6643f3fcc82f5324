"""What a speaker calls someone: the words of a naming verb's second object (#15).

"Colombia's president called the Israeli prime minister a war criminal", "Turkey's president
described Israel as a terrorist state", "Iran branded the United States the Great Satan": the
label the speaker pins on the object is what the act is (CAMEO 111 "criticize or denounce:
... defame, denigrate responsible parties" for an insult). The verb rows of
``data/events/verbs.tsv`` match these label words as they match an object's ("call" with
"criminal" is 111; without a label "called X" stays a phone call, 041), and a naming whose
label no row codes ("called the talks a success") stays no event (:func:`a_mere_naming`, read
by ``frames.not_real``). A naming names someone: a lone object predicate with no object or
passive subject beside it is the parser's reading of a plain object ("Xi called French
President Emmanuel Macron on Friday": a phone call, not a naming of no one; :func:`lone_name`).

Example:
    >>> from eventscope.events.patterns import PatternBook
    >>> "call" in PatternBook.load().words["naming_verbs"]
    True
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .clauses import verb_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook

# Dependencies of the label: the object predicate ("called X a criminal"), an apposition the
# parser hangs on the object ("branded the United States the Great Satan").
_LABEL_DEPS = frozenset({"oprd", "xcomp", "ccomp"})


def label_lemmas(verb: Token, naming_verbs: Collection[str]) -> set[str]:
    """The lemmas (and lower-case forms) of the label ``verb`` pins on its object, with the
    label's modifiers ("terrorist state", "war criminal") and "of" noun ("an act of
    aggression"); empty for verbs not in
    ``naming_verbs`` (``frames.toml`` [words]: "call", "describe", "brand" ...)."""
    if verb.lemma_.lower() not in naming_verbs:
        return set()
    lone = lone_name(verb)
    labels = [
        c
        for c in verb.children
        if c.dep_ in _LABEL_DEPS and c.pos_ in ("NOUN", "PROPN", "ADJ") and c != lone
    ]
    for item in verb.children:
        if item.dep_ == "prep" and item.lower_ == "as":
            labels += [c for c in item.children if c.dep_ == "pobj"]
        if item.dep_ == "dobj":
            labels += [c for c in item.children if c.dep_ == "appos"]
    words = [w for label in labels for w in (label, *label.children, *_of_nouns(label))]
    words = [w for w in words if w.dep_ != "det"]
    return {form for w in words for form in (w.lemma_.lower(), w.lower_)}


def _of_nouns(label: Token) -> list[Token]:
    """ "an act **of terrorism**", "a violation **of** international law": the "of" noun
    says what kind of thing the label is."""
    return [
        pobj
        for prep in label.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def pins_a_coded_label(book: PatternBook, verb: Token) -> bool:
    """``verb`` pins on its object a label one of its rows codes ("called X a liar": 111), so
    the naming is an act, not the mere naming of a thing ("called the talks a success")."""
    labels = label_lemmas(verb, book.naming)
    return bool(labels) and any(rule.objects & labels for rule in verb_rules(book, verb, None))


def a_mere_naming(book: PatternBook, verb: Token) -> bool:
    """A naming verb with a predicate or a wh-object names and does nothing ("what X called
    'hostile statements'", "called the talks a success"), unless a row codes its label."""
    if verb.lemma_.lower() not in book.naming:
        return False
    lone = lone_name(verb)
    named = any(
        (c.dep_ == "oprd" and c != lone) or (c.dep_ == "dobj" and c.tag_ in ("WP", "WDT"))
        for c in verb.children
    )
    return named and not pins_a_coded_label(book, verb)


# What a naming names besides its label: its object, or its passive subject ("was called a liar").
_NAMED_DEPS = frozenset({"dobj", "nsubjpass", "dative"})


def lone_name(verb: Token) -> Token | None:
    """The name the parser hung on ``verb`` as an object predicate when nothing else is named:
    "Xi called French President Emmanuel Macron" (``oprd`` "Macron", no ``dobj``) is a call to
    Macron, not a naming of no one. Not under a participle that names its head ("a group
    called Boko Haram", ``acl``) nor a passive ("was called X").

    Example:
        >>> lone_name.__name__
        'lone_name'
    """
    if verb.dep_ == "acl" or any(
        c.dep_ in _NAMED_DEPS or c.dep_ == "auxpass" for c in verb.children
    ):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"),
        None,
    )
