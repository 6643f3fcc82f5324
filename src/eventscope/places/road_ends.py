"""Two towns joined by a hyphen before a road word name the ends of a road, not the event's
place, when the sentence names a place of its own.

"workers blocked the Dhaka-Mymensingh highway in Gazipur city" happened in Gazipur, on the
stretch of the road that runs there, not in Dhaka; "labourers protested at the Pune-Nashik
stretch of the highway in Sinnar" happened in Sinnar. A reader takes the road's two towns
for its ends and the other place for where on the road the thing happened. So a town that is
one end of such a pair (a hyphen or a dash between two capitalised names, a road word right
after the second: :data:`ROAD_ENDS_WORDS`) is not the event's place when the same sentence
names a town or a division that is no such end (:func:`road_ends`, read by
:func:`~eventscope.places.narrow.place_for_event`). With no other place, the road's end is
still the best the sentence gives ("an ambush on the Kabul-Jalalabad road"). The places
output keeps both ends: they are places the text names.

Example:
    >>> pair_end(["the", "Dhaka", "-", "Mymensingh", "highway"], 1, 2)
    True
    >>> pair_end(["the", "Dhaka", "-", "Mymensingh", "highway"], 3, 4)
    True
    >>> pair_end(["in", "Dhaka", "-", "based", "groups"], 1, 2)
    False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import char_span, doc_words
from .gazetteer import AREAS, COUNTRY

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..models import PlaceMention

# Words (either case) for a road or a stretch of one, named after the towns at its ends.
ROAD_ENDS_WORDS = frozenset(
    {"road", "highway", "motorway", "expressway", "freeway", "stretch", "route", "railway",
     "corridor", "bypass", "axis"}
)  # fmt: skip
DASHES = frozenset({"-", "–", "—"})


def _name_word(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha()


def pair_end(texts: Sequence[str], start: int, end: int) -> bool:
    """Words ``start:end`` are the first or the second name of "A-B <road word>" (``texts``:
    the document's words; each name one to three words)."""
    size = len(texts)
    # The first end: a dash, one to three name words, then the road word.
    if end < size and texts[end] in DASHES:
        return _road_after(texts, end + 1)
    # The second end: a name word and a dash before, the road word right after.
    if start >= 2 and texts[start - 1] in DASHES and _name_word(texts[start - 2]):
        return end < size and texts[end].lower() in ROAD_ENDS_WORDS
    return False


def _road_after(texts: Sequence[str], first: int) -> bool:
    """One to three name words from ``first``, then a road word."""
    for i in range(first, min(first + 4, len(texts))):
        if texts[i].lower() in ROAD_ENDS_WORDS:
            return i > first  # "Kabul-Jalalabad Road": the road word may be capitalised
        if not _name_word(texts[i]):
            return False
    return False


def road_ends(doc: Doc, places: Sequence[PlaceMention]) -> frozenset[int]:
    """The indices in ``places`` of the road ends (module docstring) whose sentence names
    a town or a division that is no road end."""
    texts = doc_words(doc).text
    ends: set[int] = set()
    for index, mention in enumerate(places):
        span = char_span(doc, mention.start, mention.end)
        if span is not None and pair_end(texts, span.start, span.end):
            ends.add(index)
    if not ends:
        return frozenset()
    kept = {m.sent_index for i, m in enumerate(places) if i not in ends and _smaller(m)}
    return frozenset(i for i in ends if places[i].sent_index in kept)


def _smaller(mention: PlaceMention) -> bool:
    """Resolved to a town or a division: a country or a region says less than a road end."""
    place = mention.place
    return place is not None and place.feature_code not in AREAS | {COUNTRY}
