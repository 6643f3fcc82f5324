"""The state a person is charged with serving: named in passing, not where the story is.

CONTRACT:

    served = served_in_charge(token)

is True when ``token`` (the head word of an actor or place name) is the object of the
preposition of a gerund of serving ("spying for", "working for", "informing for",
"collaborating with") that is itself the object of a preposition: the charge against
someone ("convicted a man of spying for Israel", "arrested a woman on suspicion of spying
for Ukraine", "executed three men accused of collaborating with Israel", "a priest
suspected of working for Russian intelligence"). The state served is no party of the
sentence's act and no place of the story: the men an Iranian court sentences for spying for
Israel are not Israeli, and their country is the court's (or the place's) as for any arrest.
``actors.where.without_makers`` leaves such a name out of the parties of the sentence's
events and of the article's country votes, ``actors.where.usable_places`` out of the places
that give a generic actor its country.

A gerund that is no preposition's object is the sentence's own act, not a charge: "Germany
is working with France" names a party. A name coordinated with the served one ("spying for
Israel and the United States") is served too. The parser often hangs the "for" phrase on
the charging verb ("convicted a man of spying / for Israel"): a "for" right after the
gerund counts the same.

Example:
    >>> served_in_charge(None)
    False
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Gerunds of working for another state or group, with the preposition that names it: the
# content of a charge of espionage or collaboration, not an act of the sentence's own.
# Compared by the word itself: the tagger reads "of spying" as a noun as often as a gerund.
SERVING = MappingProxyType(
    {"spying": "for", "working": "for", "informing": "for", "collaborating": "with"}
)
CHARGE_DEPS = frozenset({"pobj", "pcomp"})  # "of spying", "for spying", "with spying"
COORDINATION_DEPS = frozenset({"conj", "appos"})
MAX_CONJUNCTS = 4  # "for Israel, the US and Britain": a short list, never a climb to the root


def served_in_charge(token: Token | None) -> bool:
    """Whether ``token`` names the one served in a charge (module docstring)."""
    if token is None:
        return False
    for _ in range(MAX_CONJUNCTS):
        if token.dep_ not in COORDINATION_DEPS:
            break
        token = token.head
    prep = token.head
    if token.dep_ != "pobj":
        return False
    if _serving(prep.head, prep):
        return True
    # "convicted a man of spying for Israel": "for" hung on the charging verb after the gerund
    return prep.i > 0 and _serving(prep.doc[prep.i - 1], prep)


def _serving(word: Token, prep: Token) -> bool:
    """``word`` is a gerund of serving, a preposition's object, and ``prep`` is its own."""
    return SERVING.get(word.lower_) == prep.lower_ and word.dep_ in CHARGE_DEPS
