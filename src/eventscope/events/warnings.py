"""A warning to an actor of what the speaker itself will do is a threat.

CAMEO 130 "threaten" covers "all threats, coercive or forceful warnings with serious potential
repercussions"; a warning of what may happen in general ("warned of a recession") stays 012
"make pessimistic comment". So a warning verb (``warning_verbs``) with an actor as its object
and a that-clause whose subject refers back to the speaker ("it", "they", "we") and whose verb
is future ("would", "will") is a threat: "Tehran warned Washington it would close the Strait
of Hormuz" is 130. An act the clause names takes its own threat code, as "threatened to" does
("warned Iran it would impose new sanctions" is 131).

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(words={"warning_verbs": frozenset()})
    >>> warned_code(book, SimpleNamespace(lemma_="warn"), "012")
    '012'
"""

from __future__ import annotations

from typing import Any

from ..nlp.syntax import child
from .frames import has_intent_aux, own_rule

THREAT = "130"
PESSIMISM = "012"


def warned_code(book: Any, verb: Any, code: str) -> str:
    """``code``, or 130 when ``verb`` warns its object of the speaker's own future act."""
    words = book.words
    if code != PESSIMISM or str(verb.lemma_).lower() not in words.get("warning_verbs", ()):
        return code
    if child(verb, ("dobj",)) is None:
        return code  # "warned of a recession", "warned that prices would rise"
    clause = child(verb, ("ccomp",))
    if clause is None or not has_intent_aux(clause, words["intent_aux"]):
        return code
    subject = child(clause, ("nsubj",))
    if subject is None or subject.lower_ not in words["pronouns"]:
        return code
    # "warned Iran it would impose sanctions": the threat of that act (131), as "threatened to"
    rule = own_rule(book, clause)
    return THREAT if rule is None else str(book.frame_code("threat", rule.code))
