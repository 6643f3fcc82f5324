"""A place of several words the small English model tags as a person: "Tamil Nadu said it had
written to the Centre", "Sioux Falls was a finalist again".

The model reads two capitalised words as a given name and a surname, at a sentence's start
above all, where a place is the subject of "said" or "wants". A person's whole name is seldom
the main name of a large division or city, so such an entity is read as the place when the
name is one (:func:`~eventscope.places.find.token_spans` asks for a division of
:data:`~eventscope.places.find.IMPORTANT_DIVISION` people, a town of
:data:`~eventscope.places.find.IMPORTANT_POPULATION`, or a region's name such as "Middle
East", as for a name opening an organisation's). One word is not enough ("Victoria",
"Jackson", "Charlotte" are given names and surnames as often), nor a piece of a longer
person's name ("Paris Hilton", "Chad Smith"): the entity must be the name and nothing else.

Example:
    >>> MIN_WORDS
    2
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .slot import capitalised_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS = 2


def person_tagged_name(doc: Doc, start: int, end: int) -> bool:
    """The words ``start:end`` are a whole PERSON entity of capitalised words, two or more."""
    if end - start < MIN_WORDS or doc[start].ent_type_ != "PERSON":
        return False
    if doc[start].ent_iob_ != "B" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return False  # a piece of a longer name
    return all(capitalised_text(text) for text in doc_words(doc).text[start:end])
