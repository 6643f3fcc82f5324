"""Place names the model tags otherwise, for the ``places`` output: a name the document has
placed already, said again, and a country or state opening an organisation's name.

The small English model labels one name differently through a story: "officials in
Tbilisi" (GPE), then "Tbilisi says ..." (PERSON); "the mayor of Gainesville", then "55
Gainesville residents" (PERSON), "Roselle police" (no entity). A news story names one place by
one name, so a later capitalised occurrence of a name the document has placed is a mention of
the same place (:func:`echo_spans`). Not a word inside a longer name ("Chiquita Raquel Henry"
when Henry was read as a place; "Dublin Road"), nor a person's surname the document gives
after a given name. Both gold sets (LGL, GeoWebNews) also count the place an organisation
is named after: "the Texas Alcoholic Beverage Commission", "the Pakistan Army", "the Georgia
School Boards Association" (:func:`head_spans`: a country or first-level division only, as
a smaller town's name opens shop and club names by chance). Both are kept to the document's
main country (the one most of its names are placed in): "Jordan Elementary School" in a
story of Minnesota towns is no school in Jordan, and a "Dublin" read as Ireland's there is a
wrong reading that a copy would repeat. Only a name the model tagged GPE or LOC and the
resolver placed surely is said again. The events stage never asks for
these: "Tbilisi says" is an actor, not where the event happened; they are added only when
:class:`~eventscope.places.PlaceOptions` ``echoes`` is set, as the places output does.

Example:
    >>> sorted(STREET_WORDS & {"road", "mayor"})
    ['road']
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..models import Place, PlaceMention
from ..nlp.docmemo import doc_words, entities, sentence_starts
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name
from .persons import surnames

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import PlaceResolver

Span = tuple[int, int]
MAX_WORDS = 3  # the longest name said again that is looked for
# A reading copied or added is one the resolver was this sure of: on the TUNE part of geo_lgl,
# names said again of readings below it were placed within 161 km less often than the rest.
SURE_SCORE = 0.5
# Words after a name that make it a street's name, not the place's ("Dublin Road").
STREET_WORDS = frozenset(
    {"road", "rd", "street", "st", "avenue", "ave", "drive", "lane", "boulevard", "blvd",
     "highway", "way", "court", "place", "pike", "parkway", "square", "circle"}
)  # fmt: skip
_OPENERS = frozenset({"the", "a", "an"})


def head_spans(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Names of a country or a first-level division opening a longer ORG entity ("the Texas
    Alcoholic Beverage Commission" -> "Texas"), outside the ``taken`` token indices."""
    words = doc_words(doc)
    spans = []
    for ent in entities(doc):
        start = ent.start + 1 if words.lower[ent.start] in _OPENERS else ent.start
        if ent.label_ != "ORG" or start in taken or ent.end - start < 2:
            continue
        for end in range(min(ent.end - 1, start + MAX_WORDS), start, -1):
            key = normalise_name(words.span_text(start, end))
            readings = gazetteer.lookup_key(key)
            if any(c.is_country or c.place.feature_code == "ADM1" for c in readings):
                spans.append((start, end))
                break
    return spans


def echo_spans(doc: Doc, known: dict[str, Place], taken: set[int]) -> list[tuple[Span, Place]]:
    """Capitalised occurrences, outside ``taken``, of a name ``known`` maps to its place."""
    words = doc_words(doc)
    found = []
    persons = surnames(e.text for e in entities(doc) if e.label_ == "PERSON")
    size = min(MAX_WORDS, max((len(key.split()) for key in known), default=0))
    i = 0
    while i < len(words.text):
        hit = _echo_at(doc, i, size, known, taken)
        if hit is not None and _echo_fits(doc, hit, persons):
            found.append((hit, known[normalise_name(words.span_text(*hit))]))
            i = hit[1]
        else:
            i += 1
    return found


def _echo_at(doc: Doc, i: int, size: int, known: dict[str, Place], taken: set[int]) -> Span | None:
    """The longest known name of at most ``size`` words starting at a capitalised word ``i``."""
    words = doc_words(doc)
    if not words.text[i][:1].isupper() or i in taken or _inside_name(doc, i):
        return None
    for end in range(min(i + size, len(words.text)), i, -1):
        free = not any(j in taken for j in range(i, end))
        if free and normalise_name(words.span_text(i, end)) in known:
            return i, end
    return None


def _inside_name(doc: Doc, i: int) -> bool:
    """Word ``i`` follows a capitalised word of the same name ("Raquel Henry")."""
    if i == 0 or doc[i].is_sent_start:
        return False
    before = doc_words(doc).text[i - 1]
    return before[:1].isupper() and before.lower() not in _OPENERS


def _echo_fits(doc: Doc, span: Span, persons: frozenset[str]) -> bool:
    """Not a street's name, not inside a longer PERSON entity, not a person's surname."""
    start, end = span
    words = doc_words(doc)
    after = words.lower[end].rstrip(".") if end < len(doc) else ""
    if after in STREET_WORDS:
        return False
    if end - start == 1 and words.text[start] in persons:
        return False
    token = doc[start]
    if token.ent_type_ != "PERSON":
        return True
    inside = token.ent_iob_ == "I" or (end < len(doc) and doc[end].ent_iob_ == "I")
    return not inside


def with_echoes(
    doc: Doc,
    spans: Sequence[Span],
    found: list[PlaceMention],
    resolver: PlaceResolver,
    countries: Collection[str] = (),
) -> list[PlaceMention]:
    """``found`` (the mentions of ``spans``) with the organisations' heads, resolved with the
    others by ``resolver`` (``countries``: the actors', as for them), and the placed names said
    again (see the module docstring)."""
    taken = {i for start, end in spans for i in range(start, end)}
    heads = head_spans(doc, resolver.gazetteer, taken)
    main = main_countries(found)
    added: list[PlaceMention] = []
    if heads:
        starts = {start for start, _ in heads}
        together = sorted(set(spans) | set(heads))
        mentions = resolver.resolve_spans(doc, together, countries=countries)
        resolved = zip(mentions, together, strict=True)
        added = [m for m, s in resolved if s[0] in starts and _sure_state(m, main)]
        taken.update(i for start, end in heads for i in range(start, end))
    known = {key: place for key, place in _placed(doc, found).items() if _in_main(place, main)}
    if known:
        sent_starts = sentence_starts(doc)
        for (start, end), place in echo_spans(doc, known, taken):
            text = doc_words(doc).span_text(start, end)
            first = doc[start].idx
            sent = bisect_right(sent_starts, start) - 1
            added.append(PlaceMention(text, first, first + len(text), place, sent_index=sent))
    return sorted(found + added, key=lambda m: m.start) if added else found


def main_countries(mentions: Sequence[PlaceMention]) -> frozenset[str]:
    """The countries the most mentions are placed in (several on a tie; none if no place)."""
    counts = Counter(m.place.country for m in mentions if m.place and m.place.country)
    top = max(counts.values(), default=0)
    return frozenset(country for country, n in counts.items() if n == top)


def _sure_state(mention: PlaceMention, main: frozenset[str]) -> bool:
    """A head read surely as a country or a first-level division of the main country: not
    "Berea" of "Berea High School" read as a town, nor "New York" as the city."""
    place = mention.place
    if place is None or (place.score or 0.0) < SURE_SCORE or not _in_main(place, main):
        return False
    return (place.feature_code or "").startswith("PCL") or place.feature_code == "ADM1"


def _in_main(place: Place | None, main: frozenset[str]) -> bool:
    return place is not None and (not main or place.country in main)


def _placed(doc: Doc, mentions: Sequence[PlaceMention]) -> dict[str, Place]:
    """Each name the mentions place in one way only, to its place: names the model tagged
    GPE or LOC, placed with :data:`SURE_SCORE` or more."""
    places: dict[str, set[tuple[float | None, float | None]]] = {}
    chosen: dict[str, Place] = {}
    for mention in mentions:
        if mention.place is None:
            continue
        label = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        sure = (mention.place.score or 0.0) >= SURE_SCORE
        if not sure or label is None or label[0].ent_type_ not in ("GPE", "LOC"):
            continue
        key = normalise_name(mention.text)
        places.setdefault(key, set()).add((mention.place.lat, mention.place.lon))
        chosen.setdefault(key, mention.place)
    return {key: place for key, place in chosen.items() if len(places[key]) == 1}
