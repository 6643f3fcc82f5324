"""A town's name naming a road or a junction: "protesters blocked the Zahle roundabout", "the
Tyre highway", "an Akkar road".

A road between towns, or a junction in one, is called after the town in lower-case
words ("road", "highway", "roundabout", "intersection"): the name is where the road runs, and
the small English model tags it PERSON or nothing, so a town of a few thousand people is left
out by the general rules, which read only well-known places outside a locative context. A
street's name is capitalised ("Dublin Road", "Main Street") and names a street in some other
town, so a capitalised road word is no such context; a plural ("Clairmont and Druid Hills
roads") lists streets; and a street word ("street", "avenue") names a street inside a town.
The name must have a town or division reading, be a proper noun, and be no position word
("the Northern highway"). A pair of towns joined by a hyphen ("the Mexico-Cuernavaca highway")
names the two ends of a road, not where on it something happened: neither is read so (on the
TUNE part of acled_dev such a pair moved an event from the place its sentence named to the far
end of the road). :func:`road_name` is one more test of
:func:`~eventscope.places.find.token_spans`.

Example:
    >>> sorted(ROAD_WORDS & {"road", "street", "roundabout"})
    ['road', 'roundabout']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .lexicon import PlaceLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Candidate

# Lower-case words for a road between towns or a junction named after one (singular only: a
# plural lists streets, "Clairmont and Druid Hills roads").
ROAD_WORDS = frozenset(
    {"road", "highway", "roundabout", "intersection", "junction", "bypass", "motorway",
     "expressway", "checkpoint", "crossing"}
)  # fmt: skip


def road_name(
    doc: Doc, start: int, end: int, candidates: Iterable[Candidate], lexicon: PlaceLexicon
) -> bool:
    """The name ``start:end`` stands right before a lower-case road word, after a lower-case
    word, and has a town or division reading."""
    words = doc_words(doc)
    texts, lower = words.text, words.lower
    if start < 1 or doc[start].is_sent_start or doc[start].pos_ != "PROPN":
        return False
    if any(lower[i] in lexicon.generic or lower[i] in lexicon.demonyms for i in range(start, end)):
        return False  # "the Northern highway", "the Syrian border crossing"
    if not texts[start - 1].islower() or end >= len(texts) or texts[end] not in ROAD_WORDS:
        return False  # "Indian Lake road": a piece of a longer name; "Mexico-Cuernavaca road"
    return any(c.is_division or (c.place.feature_code or "").startswith("PPL") for c in candidates)
