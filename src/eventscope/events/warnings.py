"""A warning to an actor of what the speaker itself will do is a threat.

CAMEO 130 "threaten" covers "all threats, coercive or forceful warnings with serious potential
repercussions"; a warning of what may happen in general ("warned of a recession") stays 012
"make pessimistic comment". So a warning verb (``warning_verbs``) with an actor as its object
and a that-clause whose subject refers back to the speaker ("it", "they", "we") and whose verb
is future ("would", "will") is a threat: "Tehran warned Washington it would close the Strait
of Hormuz" is 130. An act the clause names takes its own threat code, as "threatened to" does
("warned Iran it would impose new sanctions" is 131). Warning an actor *against* something
("warned Taiwan against any move toward independence") is the coercive warning itself: 130,
the one warned the target.

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
# Those a government advises rather than threatens: "warned its citizens against travel to X"
PUBLIC = frozenset(
    {"citizen", "national", "resident", "people", "public", "traveller", "traveler", "tourist",
     "consumer", "investor", "parent", "motorist", "pilgrim", "user"}
)  # fmt: skip
PESSIMISM = "012"


def warned_code(book: Any, verb: Any, code: str) -> str:
    """``code``, or 130 when ``verb`` warns its object of the speaker's own future act."""
    words = book.words
    if code != PESSIMISM or str(verb.lemma_).lower() not in words.get("warning_verbs", ()):
        return code
    if child(verb, ("dobj",)) is None:
        return code  # "warned of a recession", "warned that prices would rise"
    if _warned_against(verb):
        return THREAT  # "warned Moscow against an invasion": a forceful warning to Moscow
    clause = child(verb, ("ccomp",))
    if clause is None or not has_intent_aux(clause, words["intent_aux"]):
        return code
    subject = child(clause, ("nsubj",))
    if subject is None or subject.lower_ not in words["pronouns"]:
        return code
    # "warned Iran it would impose sanctions": the threat of that act (131), as "threatened to"
    rule = own_rule(book, clause)
    return THREAT if rule is None else str(book.frame_code("threat", rule.code))


def _warned_against(verb: Any) -> bool:
    """``verb`` warns its object, not the public, *against* something."""
    warned = child(verb, ("dobj",))
    if warned is None or str(warned.lemma_).lower() in PUBLIC:
        return False  # "warned citizens against travel to X": advice
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
