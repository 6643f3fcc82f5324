"""Lists of names sharing one plural kind word: "Geauga and Medina counties", "Becker, Clay,
Douglas and Wilkin counties", "Kunduz and Takhar provinces".

Each name of the list is "<name> County" (the gazetteer lists such divisions under the full
name only). :func:`shared_kind_word` gives that word to the resolver; :func:`kind_listed`
finds the names themselves, which the small English model often tags ORG or PERSON ("Clay",
"Douglas", "Grant") or which are no gazetteer name alone ("Wilkin"): a capitalised name of
the list is a place when the name and the singular kind word make a gazetteer name.

Example:
    >>> singular("counties"), singular("parishes"), singular("districts")
    ('county', 'parish', 'district')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name
from .lexicon import PlaceLexicon
from .slot import capitalised_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

LIST_REACH = 12  # tokens a list of names may run before its shared kind word
LIST_JOINERS = frozenset({",", "and", "or"})
MAX_WORDS = 3  # words of one name of the list ("Otter Tail")


def shared_kind_word(doc: Doc, start: int, end: int, lexicon: PlaceLexicon) -> str | None:
    """The singular admin word a list of names shares ("Geauga and Medina counties" ->
    "county" for both), or None.

    Walks right over the list (capitalised words, ",", "and", "or") to a plural admin word.
    """
    words = doc_words(doc)  # strings only: no token is made per word walked
    for i in range(end, min(len(doc), end + LIST_REACH)):
        lower = words.lower[i]
        if lexicon.kind_of_word(lower) == "admin":
            return singular(lower) if lower != singular(lower) else None
        if not (capitalised_text(words.text[i]) or lower in LIST_JOINERS):
            return None
    return None


def singular(word: str) -> str:
    """The singular of a plural kind word ("counties" -> "county")."""
    if word.endswith("ies"):
        return word[:-3] + "y"  # counties
    if word.endswith("shes"):
        return word[:-2]  # parishes
    return word[:-1] if word.endswith("s") else word


def kind_listed(
    doc: Doc, start: int, gazetteer: Gazetteer, lexicon: PlaceLexicon, taken: set[int]
) -> tuple[int, int] | None:
    """The name of a list of divisions starting at the capitalised word ``start`` ("Clay" of
    "Becker, Clay and Wilkin counties"), when it and the list's kind word make a gazetteer
    name; None otherwise. The name opens after a list joiner or a word that is no name."""
    words = doc_words(doc)
    if start > 0 and capitalised_text(words.text[start - 1]):
        return None  # a piece of a longer name
    end = start
    while end < len(doc) and end - start < MAX_WORDS and end not in taken:
        if not capitalised_text(words.text[end]) or lexicon.kind_of_word(words.lower[end]):
            break
        end += 1
    if end == start or end >= len(doc):
        return None
    after = words.lower[end]
    if after not in LIST_JOINERS and lexicon.kind_of_word(after) != "admin":
        return None
    kind = shared_kind_word(doc, start, end, lexicon)
    full = f"{words.span_text(start, end)} {kind}"
    return (start, end) if kind and gazetteer.has_key(normalise_name(full)) else None
