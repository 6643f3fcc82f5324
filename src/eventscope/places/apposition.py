"""A place described as lying in another: "Hyderabad, the capital of Sindh province",
"Alexandria, Egypt's second city", "Rubaya, a mining town in North Kivu"; and without the
comma, "Dogankoy village of Pervari", "Al Bab city in the northern countryside of Aleppo",
"Jarablus in the countryside of Aleppo" (:func:`described_container`).

News names a town and then, in apposition, the larger place it lies in. The larger place
is the container of the town, as it is in "Hyderabad, Sindh" or "Hyderabad (Sindh)": the
event's place is the town, not its province, even when the town is part of an actor's
phrase ("police fired on protesters in Hyderabad, the capital of Sindh province"). The
words between the two names are a comma, an optional article, at most
:data:`MAX_MODIFIERS` lower-case modifiers ("provincial", "second-largest", "mining") and a
kind word or place noun ("capital", "town", "port", "district"), closed by "of" or "in".

Example:
    >>> apposed_container(", the capital of", frozenset({"capital"}))
    True
    >>> apposed_container(", and", frozenset({"capital"}))
    False
    >>> described_container(" city in the countryside of ", frozenset({"city", "countryside"}))
    True
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from .lexicon import PlaceLexicon

MAX_MODIFIERS = 3  # "the remote northern mining town of" is as far as a description goes
MAX_CHARS = 60  # ", the remote northern mining town of " and a little more
_ARTICLES = frozenset({"the", "a", "an"})
_CLOSERS = frozenset({"of", "in"})


def apposed_container(between: str, heads: Collection[str]) -> bool:
    """The text between two names describes the first as lying in the second: a comma, an
    optional article, a few lower-case modifiers, a word of ``heads`` (kind words and place
    nouns) and "of" or "in" (", the capital of", ", a town in", ", provincial capital of")."""
    if len(between) > MAX_CHARS or not between.lstrip().startswith(","):
        return False  # most pairs of names: far apart, or no comma between them
    words = between.split()
    if len(words) < 3 or words[0] != ",":
        return False
    words = words[1:]
    if words[0] in _ARTICLES:
        words = words[1:]
    if len(words) < 2 or words[-1] not in _CLOSERS or words[-2] not in heads:
        return False
    modifiers = words[:-2]
    return len(modifiers) <= MAX_MODIFIERS and all(_modifier(word) for word in modifiers)


def described_container(between: str, heads: Collection[str]) -> bool:
    """The words between two names say the first lies in the second, with no comma: a kind
    word of the first and "of"/"in" ("X village of Y", "X town in Y"), then maybe a
    description of the second's part ending in "of" ("X city in the northern countryside of
    Y", "X in the outskirts of Y"). A bare "in" ("X in Y") is not enough: "protesters from
    X in Y" names two places of two groups."""
    if len(between) > MAX_CHARS or "," in between or "(" in between:
        return False
    words = between.split()
    if words and words[0] in heads:
        words = words[1:]  # "village of", "city in"
        if len(words) == 1:
            return words[0] in _CLOSERS
    if len(words) < 3 or words[0] not in _CLOSERS or words[-1] != "of" or words[-2] not in heads:
        return False
    words = words[1:-2]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return len(words) <= MAX_MODIFIERS and all(_modifier(word) for word in words)


def _modifier(word: str) -> bool:
    """A lower-case word or a hyphened one ("second-largest"); no name, number or comma."""
    return word.replace("-", "").isalpha() and word.islower()


@lru_cache(maxsize=1)
def description_heads() -> frozenset[str]:
    """The nouns that may head such a description: the lexicon's kind words ("capital",
    "town", "province") and place nouns ("port", "suburb"), loaded once per process."""
    lexicon = PlaceLexicon.load()
    return lexicon.city_words | lexicon.admin_words | lexicon.place_nouns
