"""Unknown names that the text gives elsewhere as a person's full name.

The small English model labels one name differently through a story: "Robert Dziekanski"
(PERSON) in one sentence, "Dziekanski" (GPE) in the next; "Tim Pawlenty", then "under
Pawlenty" read as a place. A name the gazetteer does not know as written, found where the
model said GPE or where a one-edit reading was tried ("Taser" -> Tucker), is no place when the
same text is the surname or the whole of a person's name of two words or more elsewhere in
the document. A one-word PERSON label does not count: the model tags foreign place names
PERSON by their shape ("clashes in Kerawa" tagged PERSON twice), and a full name is the
sure sign of a person.

Example:
    >>> sorted(full_name_words(["Robert Dziekanski", "Kerawa", "Tim Pawlenty"]))
    ['Dziekanski', 'Pawlenty', 'Robert Dziekanski', 'Tim Pawlenty']
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
    """``spans`` but the names the gazetteer lacks that the document gives as a person's
    surname or full name elsewhere (see the module docstring)."""
    words = doc_words(doc)
    unknown = [
        span for span in spans if not gazetteer.has_key(normalise_name(words.span_text(*span)))
    ]
    if not unknown:
        return list(spans)  # most texts: no entity is read again
    names = full_name_words(e.text for e in entities(doc) if e.label_ == "PERSON")
    dropped = {span for span in unknown if words.span_text(*span) in names}
    return [span for span in spans if span not in dropped]


def full_name_words(persons: Iterable[str]) -> frozenset[str]:
    """Each person's name of two words or more and its last word (the surname)."""
    out: set[str] = set()
    for name in persons:
        parts = name.split()
        if len(parts) >= 2:
            out.update((name, parts[-1]))
    return frozenset(out)
