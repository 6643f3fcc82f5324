"""Unknown names that the text gives elsewhere as a person's surname.

The small English model labels one name differently through a story: "Marek Zielinski"
(PERSON) in one sentence, "Zielinski" (GPE) in the next; "Anna Kowalczyk", then "asked
Kowalczyk" read as a place. A one-word name the gazetteer does not know as written, found
where the model said GPE or where a one-edit reading was tried ("Taser" -> Tucker), is no
place when it is the last word of a person's name of two words or more elsewhere in the
document. A whole PERSON entity does not count, whether of one word or more: the model tags
foreign place names PERSON by their shape ("clashes in Kerawa", "residents of Oued Tlelat"),
and only a surname after a given name is the sure sign of a person.

Example:
    >>> sorted(surnames(["Marek Zielinski", "Kerawa", "Anna Kowalczyk"]))
    ['Kowalczyk', 'Zielinski']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, entities
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

Span = tuple[int, int]


def persons_dropped(doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` but the one-word names the gazetteer lacks that the document gives as a
    person's surname elsewhere (see the module docstring)."""
    words = doc_words(doc)
    unknown = [
        (start, end)
        for start, end in spans
        if end - start == 1 and not gazetteer.has_key(normalise_name(words.text[start]))
    ]
    if not unknown:
        return list(spans)  # most texts: no entity is read again
    names = surnames(e.text for e in entities(doc) if e.label_ == "PERSON")
    dropped = {span for span in unknown if words.text[span[0]] in names}
    return [span for span in spans if span not in dropped]


def surnames(persons: Iterable[str]) -> frozenset[str]:
    """The last word of each person's name of two words or more."""
    return frozenset(parts[-1] for parts in (name.split() for name in persons) if len(parts) >= 2)
