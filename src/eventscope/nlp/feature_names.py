"""Names of natural features built on a place name: "Lake Chad", "the Congo River", "Gulf of Oman".

The country or division inside such a name is neither a party nor the place: Lake Chad
borders four countries, and a tanker seized "in the Gulf of Oman" was not seized from Oman.
The places stage keeps the whole name as one mention (:mod:`eventscope.places.feature`); the
actors stage names no actor inside it (:func:`in_feature_name`). The word lists are here, in
one place, because both stages read them.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("Iran seized a tanker in the Gulf of Oman near Lake Chad.")
    >>> in_feature_name(doc, 8, 9), in_feature_name(doc, 11, 12), in_feature_name(doc, 0, 1)
    (True, True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .docmemo import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words before the name ("Lake Chad", "Mount Kenya", "River Moy"): capitalised in the text.
HEADS = frozenset({"lake", "mount", "mt.", "mt", "river"})
# Words before "of" and the name ("Gulf of Alaska", "Sea of Azov", "Straits of Johor").
OF_HEADS = frozenset({"gulf", "bay", "sea", "strait", "straits", "lake"})
# Words after the name ("Congo River", "Caspian Sea", "Niger Delta"): water that runs past or
# borders several countries. Not "Valley" or "Mountains": "the Swat Valley" and "the Nuba
# Mountains" lie in the division they are named after, a reading worth keeping.
TAILS = frozenset(
    {"river", "lake", "lakes", "sea", "gulf", "bay", "delta", "basin", "strait", "canal", "falls"}
)


def in_feature_name(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` are the name inside a feature's name: "Oman" in "the Gulf of
    Oman", "Chad" in "Lake Chad", "Niger" in "the Niger River" (the feature word capitalised:
    "the river Niger" and "crossed the lake" name no feature)."""
    words = doc_words(doc)
    lower, text = words.lower, words.text
    if start >= 1 and lower[start - 1] in HEADS and text[start - 1][:1].isupper():
        return True
    if start >= 2 and lower[start - 1] == "of" and lower[start - 2] in OF_HEADS:
        return text[start - 2][:1].isupper()
    return end < len(lower) and lower[end] in TAILS and text[end][:1].isupper()
