"""The author of a message whose participle reports a speech act.

"The EU issued a statement condemning the attack on X": the participle "condemning" has no
subject of its own and hangs from the noun "statement", not from a verb, so no subject is
carried over to it (``syntax.inherited_subject`` climbs verb clauses only). What a statement,
letter or resolution says its author says: the condemnation is the EU's (111). The author is
the noun's possessor ("the EU's statement condemning X"), its "from"/"by" object ("a statement
from the EU denouncing X"), or else the subject of the clause the noun is part of ("issued a
statement ...", "in a letter urging X to ..., Y said"). Nouns of messages are
``message_nouns`` of ``frames.toml``; a participle on another noun ("a man carrying a gun")
describes that noun, which does the act itself.

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(words={"message_nouns": frozenset({"statement"})})
    >>> verb = SimpleNamespace(dep_="advcl", tag_="VBG", head=None)
    >>> message_author(book, verb) is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.syntax import SUBJECT_DEPS, child
from .act_agents import by_agent
from .asked_of import asked_of
from .frames import own_rule
from .syntax import governing_verb, inherited_subject, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of verbs that act on a message rather than issue it (CAMEO 11 disapprove, 12 reject,
# 16 reduce relations): "blocked a resolution condemning X" is the blocking; its target is the
# message's author.
_ACTS_ON_MESSAGES = frozenset({"11", "12", "16"})


def acting_subject(book: Any, verb: Token) -> Token | None:
    """``syntax.inherited_subject`` of ``verb``, else the author of the message its participle
    describes (:func:`message_author`). A subject that is a hostile act with a "by" agent
    acts through that agent: "the bombing of the parliament by militants killed ten" is the
    militants' killing, not the parliament's (the "of" object comes first in the phrase)."""
    found = inherited_subject(verb, book.words["pronouns"])
    if found is None:
        return message_author(book, verb)
    rule = book.noun_rule(found) if found.dep_ in SUBJECT_DEPS else None
    agent = by_agent(found) if rule is not None and rule.hostile else None
    return agent if agent is not None else found


def message_noun(book: Any, verb: Any) -> Token | None:
    """The message noun (``message_nouns``) that the present participle ``verb``, with no
    subject of its own, describes ("a statement **condemning** X"); None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or child(verb, ("nsubj",)) is not None:
        return None
    noun = verb.head
    return noun if noun.lemma_.lower() in book.words.get("message_nouns", ()) else None


def message_author(book: Any, verb: Any) -> Token | None:
    """Who speaks through the message noun that the present participle ``verb`` (with no
    subject of its own) describes; None when ``verb`` is no such participle."""
    noun = message_noun(book, verb)
    if noun is None:
        return None
    # "the EU's statement", "an EU statement": a possessor, or a name before the noun
    named = next((c for c in noun.children if c.dep_ == "poss"), None)
    named = named or next(
        (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
    )
    named = named or prep_object(noun, ("from", "by"))
    if named is not None:
        return named
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return None  # "a statement condemning X was read out": the sentence names no author
    clause = governing_verb(noun)
    return inherited_subject(clause, book.words["pronouns"]) if clause is not None else None


def message_not_event(book: Any, verb: Token, obj: Token | None) -> bool:
    """``verb`` codes no event of its own: it issues a message whose participle is the event
    (:func:`carries_message`), or it is the participle of a message that another verb
    rejects (:func:`rejected_message`), or it is the "Asked whether ..." of an answer
    (:func:`.asked_of.asked_of`: the one asked made no appeal)."""
    if asked_of(verb):
        return True
    return carries_message(book, verb, obj) or rejected_message(book, verb)


def rejected_message(book: Any, verb: Token) -> bool:
    """``verb`` is the participle of a message that its clause's verb vetoes, rejects or
    condemns: "Hungary vetoed an EU statement criticising China" reports no criticism of
    China, which the vetoed statement would have made."""
    noun = message_noun(book, verb)
    if noun is None or noun.dep_ != "dobj":
        return False
    own = own_rule(book, noun.head, noun)
    return own is not None and own.code[:2] in _ACTS_ON_MESSAGES


def carries_message(book: Any, verb: Token, obj: Token | None) -> bool:
    """``obj`` is a message noun whose present participle says what the message does
    ("released a statement praising X"): that act is the event, not the release (010)."""
    if obj is None or obj.lemma_.lower() not in book.words.get("message_nouns", frozenset()):
        return False
    own = own_rule(book, verb, obj)
    if own is not None and own.objects and own.code[:2] != "01":
        return False  # "signed a declaration pledging ...": the signing is an act (057)
    if own is not None and own.code[:2] in _ACTS_ON_MESSAGES:
        return False  # "vetoed an EU statement criticising X": a rejection of the EU (129)
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in book.verbs for c in obj.children
    )
