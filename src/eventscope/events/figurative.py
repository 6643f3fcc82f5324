"""Martial words used in a figurative sense: "economic war", "trade war", "propaganda offensive".

CAMEO's 19 ("use conventional military force") and 18 ("assault") are acts of armed force. A
war or an offensive qualified as economic, commercial or informational is no armed act: the
codebook puts economic pressure under 16 ("reduce relations": sanctions, embargoes) and
accusations under 11. So such an object does not meet a verb row's object list ("waged economic
war against X" is not 190); the classifier or another row may still code the clause.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["waged", "an", "economic", "war"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 3, 3, 0],
    ...           deps=["ROOT", "det", "amod", "dobj"], lemmas=["wage", "an", "economic", "war"])
    >>> figurative(doc[3]), sorted(martial_lemmas({"war", "wars"}, doc[3]))
    (True, [])
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of armed force that a verb row names as its object ("wage war", "launch an offensive")
MARTIAL = frozenset({"war", "wars", "offensive", "attack", "attacks", "battle", "assault", "jihad"})
# Modifiers that take the noun out of armed force ("trade war", "media offensive", "cyber
# attack" is kept out on purpose: CAMEO has no code for it, but it is a hostile act)
FIGURATIVE = frozenset(
    {
        "economic",
        "trade",
        "tariff",
        "currency",
        "price",
        "commercial",
        "financial",
        "information",
        "informational",
        "propaganda",
        "media",
        "psychological",
        "diplomatic",
        "legal",
        "lawfare",
        "verbal",
        "rhetorical",
        "charm",
        "culture",
        "cultural",
        "word",
        "words",
        "political",
        "tech",
        "technology",
    }
)
_MODIFIER_DEPS = ("amod", "compound", "nmod")


def figurative(obj: Token) -> bool:
    """``obj`` is a martial noun qualified by a figurative modifier ("trade war")."""
    if obj.lemma_.lower() not in MARTIAL and obj.lower_ not in MARTIAL:
        return False
    return any(
        child.dep_ in _MODIFIER_DEPS and child.lower_ in FIGURATIVE for child in obj.children
    )


def martial_lemmas(lemmas: set[str], obj: Token | None) -> set[str]:
    """``lemmas`` without the martial nouns when ``obj`` is used figuratively."""
    if obj is None or not figurative(obj):
        return lemmas
    return {lemma for lemma in lemmas if lemma not in MARTIAL}
