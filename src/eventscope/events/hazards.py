"""Fights with fires and strikes by storms: hazards are no party to an event (#15).

The domain coder reads "battled", "fought" and "struck" as clashes, attacks or strikes when an
actor stands near them. When the one fought ("firefighters battled a blaze", "the bank is
fighting inflation") or the one that strikes ("the blackout that struck the city", "a storm
hit the coast") is a natural or economic hazard (``[hazards]`` of ``data/events/domain.toml``),
no actor acts on another: the trigger codes nothing.

Example:
    >>> "blaze" in hazard_book().words and "battle" in hazard_book().verbs
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .common import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

# Where the one fought stands: the object, "against"/"with" the hazard, or the object of a
# noun's "against" ("the fight against inflation").
_FOUGHT_DEPS = frozenset({"dobj", "nsubjpass"})
OPPONENT_PREPS = frozenset({"against", "with"})
_STRIKER_DEPS = frozenset({"nsubj", "csubj"})
RELATIVE_WORDS = frozenset({"that", "which", "who"})


@dataclass(frozen=True, slots=True)
class HazardBook:
    """Hazard nouns and the verbs of fighting or striking that may take one."""

    words: frozenset[str]
    verbs: frozenset[str]

    @classmethod
    def from_table(cls, data: dict[str, Any]) -> HazardBook:
        table = data["hazards"]
        return cls(words=frozenset(table["words"]), verbs=frozenset(table["verbs"]))


@lru_cache(maxsize=1)
def hazard_book() -> HazardBook:
    """The packaged ``[hazards]`` table, read once per process."""
    return read_table("domain.toml", HazardBook.from_table, "bad hazard table")


def against_hazard(token: Token) -> bool:
    """``token`` fights a hazard or is a hazard's strike: its object, its "against"/"with"
    object or its subject (a relative pronoun's antecedent for "the storm that hit") is a
    hazard noun. Other words, and triggers outside ``verbs``, are never hazards' acts.

    Example (parsed): "Firefighters battled a blaze" -> True; "Rebels battled troops" -> False.
    """
    book = hazard_book()
    if token.lemma_.lower() not in book.verbs:
        return False
    return any(
        word.lemma_.lower() in book.words or word.lower_ in book.words for word in _parties(token)
    )


def _parties(token: Token) -> list[Token]:
    """The nouns ``token`` acts on or is done by (see :func:`against_hazard`)."""
    found = []
    for item in token.children:
        if item.dep_ in _FOUGHT_DEPS:
            found.append(item)
        elif item.dep_ == "prep" and item.lower_ in OPPONENT_PREPS:
            found += [c for c in item.children if c.dep_ == "pobj"]
        elif item.dep_ in _STRIKER_DEPS:
            relative = item.lower_ in RELATIVE_WORDS and token.dep_ == "relcl"
            found.append(token.head if relative else item)
    return found
