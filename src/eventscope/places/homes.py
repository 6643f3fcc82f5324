"""The countries that pick among a document's namesakes without anchoring it: its
nationality words and its dateline's country.

:func:`~eventscope.places.coherence.coherent` moves a sure reading abroad to a namesake of
comparable size in a *home* country ("Tripoli" among Lebanese actors or beside "Lebanese" is
Lebanon's, a sixth of the Libyan capital's size). A wire dateline says where the story was
filed, and a story filed there names the places around it: "SANTO DOMINGO (Reuters) -
Police arrested ten protesters in Santiago" is the Dominican Santiago, not Chile's capital;
"BEIRUT (Reuters) - Gunmen clashed in Tripoli" is Lebanon's. The dateline's country is a
home as nationality words are: it weighs only between namesakes of comparable size (a
tenth or more of the chosen reading's people: "WASHINGTON (Reuters) - ... talks in Paris"
stays in France) and anchors nothing, so a small place abroad is not moved by it.

Example:
    >>> dateline_span([(0, 1), (5, 6)], 3)
    (0, 1)
    >>> dateline_span([(5, 6)], 3) is None
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.dateline import dateline_end

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import Choice
    from .lexicon import PlaceLexicon

Span = tuple[int, int]


def dateline_span(spans: Sequence[Span], end: int | None) -> Span | None:
    """The first place span when it lies inside a dateline closing at token ``end``."""
    if end is None or not spans or spans[0][0] != 0 or spans[0][1] > end:
        return None
    return spans[0]


def story_homes(
    doc: Doc, lexicon: PlaceLexicon, spans: Sequence[Span], chosen: Sequence[Choice | None]
) -> frozenset[str]:
    """The countries of the document's nationality words and of its dateline's place (its
    chosen reading, when it is a town or a division of a country)."""
    homes = lexicon.nationality_countries(doc)
    opens = bool(spans) and spans[0][0] == 0  # the dateline is read only behind a name
    found = dateline_span(spans, dateline_end(doc, 0) if opens else None)
    choice = chosen[spans.index(found)] if found is not None else None
    if choice is None or choice[0].is_area or not choice[0].place.country:
        return homes
    return homes | {choice[0].place.country}
