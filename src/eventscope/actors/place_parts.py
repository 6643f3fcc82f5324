"""A name that says which place a part of it belongs to is a place, not an actor (#15).

"Protesters marched in the centre of Kyiv", "police arrested 20 protesters in the main square
of Dhaka", "rebels attacked a base on the outskirts of Damascus": the capital is the "of"
object of a part of a place (a centre, square, street, outskirts, district) that a preposition
of place governs. It says where the act happened, as "in Kyiv" does
(:meth:`~eventscope.actors.rules.ActorRules.is_locative`); read as the state's metonym it made
the government the protest's target. "The mayor of Kyiv" or "the government of Iraq" name no
part of a place and stay actors.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["in", "the", "centre", "of", "Kyiv"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 3],
    ...           deps=["ROOT", "det", "pobj", "prep", "pobj"], lemmas=words)
    >>> part_of_place(doc[4], frozenset({"in"}), frozenset({"square"}))
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Parts of a place beyond the place nouns of rules.toml ("the heart of", "the streets of")
PARTS = frozenset(
    {"centre", "center", "heart", "streets", "outskirts", "suburbs", "vicinity", "part", "parts"}
    | {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# "on the outskirts of", "on the streets of": "on" is a preposition of place before a part
_ON = "on"


def part_of_place(token: Token, locative: frozenset[str], place_nouns: frozenset[str]) -> bool:
    """``token`` is the "of" object of a part of a place under a preposition of place."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return False
    part = of.head
    if part.lemma_.lower() not in PARTS | place_nouns and part.lower_ not in PARTS:
        return False
    governor = part.head
    return part.dep_ == "pobj" and (governor.lower_ in locative or governor.lower_ == _ON)
