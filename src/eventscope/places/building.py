"""A town's name after "City" or "Town" heads a building's or body's name, never the place
of an event.

"protested at the City Hall", "gathered outside Town Hall": the NER tags the whole a
facility, and the name finder, finding no place called "City Hall", takes its last word as
a known name ("Hall" is a town in Austria). The places output keeps such a mention (the
geoparsing gold sets count "City Hall" as a toponym, and the overlap is credited), but the
event is not put there: a capitalised city word before a single name, with no name word
before it ("Kansas City", "Cape Town" are names of their own), marks a building's name
(:func:`building_piece`, read by :func:`~.narrow.place_for_event`). A town's name before a
capitalised street word names a street, and a street called after a town runs in another
one ("protesters marched down Baghdad Street in Damascus", "gathered in Moreno Square in La
Plata"): the event is not put at the town either (:func:`street_piece`).

Example:
    >>> opens_building(["the", "City", "Hall"], 2)
    True
    >>> opens_building(["Kansas", "City", "Hall"], 2)
    False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import char_span, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..models import PlaceMention

# Capitalised words that open the name of a town's building or body ("City Hall").
BUILDING_OPENERS = frozenset({"City", "Town", "Village"})
# Capitalised words that close a street's or a square's name ("Baghdad Street").
STREET_CLOSERS = frozenset(
    {"Street", "St", "St.", "Road", "Rd", "Rd.", "Avenue", "Ave", "Ave.", "Boulevard",
     "Square", "Lane"}
)  # fmt: skip


def opens_building(texts: Sequence[str], start: int) -> bool:
    """Word ``start - 1`` is "City", "Town" or "Village" and no capitalised name word goes
    before it (``texts``: the document's words)."""
    if start < 1 or texts[start - 1] not in BUILDING_OPENERS:
        return False
    before = texts[start - 2] if start >= 2 else ""
    return not before[:1].isupper() or before in ("The", "A")


def building_piece(doc: Doc, mention: PlaceMention) -> bool:
    """The mention is one word closing a building's name ("Hall" of "the City Hall")."""
    span = char_span(doc, mention.start, mention.end)
    if span is None or len(span) != 1:
        return False
    return opens_building(doc_words(doc).text, span.start)


def street_piece(doc: Doc, mention: PlaceMention) -> bool:
    """The mention opens a street's name: a street word follows it ("Baghdad Street")."""
    span = char_span(doc, mention.start, mention.end)
    if span is None or span.end >= len(doc):
        return False
    return doc_words(doc).text[span.end] in STREET_CLOSERS
