"""Cities named alone in a wire agency's dateline: "GOMA (Reuters) -", "PARIS, May 4 (AFP) -".

The small English model leaves many upper-case datelines untagged, and
:func:`~eventscope.places.local.local_name` reads an untagged dateline only when its name is
the main name of one town ("WINNEMUCCA --" in local news), since "SALEM --" may be Oregon's
or Massachusetts'. A dateline that names its agency in brackets is a wire's, and wire style
(AP, Reuters, AFP) lets a city stand alone only when it is large and well known; any other
city carries its state or country ("SALEM, Ore. (AP)", read by the container rule). So a
name alone before an agency is a place when one of its town readings has
:data:`WIRE_CITY_POPULATION` people or more: "GOMA", "SANTIAGO", "KHARTOUM", "GENEVA"
(which the one-town test refused for their namesake villages or their provinces of the same
name). Which namesake it is stays the ranker's choice, with the story's other places and
actors (the largest city, as a rule: Santiago de Chile, not the 95 other Santiagos).

Example:
    >>> WIRE_CITY_POPULATION
    100000
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.dateline import dateline_end
from ..nlp.docmemo import doc_words
from .coherence import SURE_POPULATION
from .gazetteer.names import normalise_name
from .spelling import own_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

WIRE_CITY_POPULATION = SURE_POPULATION  # a city no reader mistakes


def wire_city(doc: Doc, start: int, gazetteer: Gazetteer, name: str) -> bool:
    """The name opening the dateline at token ``start`` is followed by an agency in
    brackets before the dateline's end, and is the own name of a town of
    :data:`WIRE_CITY_POPULATION` people or more (not a country or an area: the NER tags
    those, and "GEORGIA (Reuters)" would be a guess)."""
    end = dateline_end(doc, doc[start].sent.start if doc.has_annotation("SENT_START") else start)
    if end is None or "(" not in doc_words(doc).text[start:end]:
        return False
    key = normalise_name(name)
    readings = gazetteer.lookup_key(key)
    if any(c.is_country or c.is_area for c in readings):
        return False
    return any(
        c.population >= WIRE_CITY_POPULATION and not c.is_division and own_name(c.place.name, key)
        for c in readings
    )
