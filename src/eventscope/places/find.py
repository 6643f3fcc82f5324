"""Finding place names in a parsed document (token spans), before they are resolved.

Mentions are the GPE/LOC/FAC entities plus capitalised tokens and runs of up to three
capitalised tokens that are gazetteer names: the small English model often tags "Tovuz" as
PERSON or "Xian" as NORP. Such a run is kept when the context is locative ("in Tovuz",
"to Xian", "Tovuz district", "the city of Paris"), or, outside any PERSON/ORG entity, when
it is a proper noun inside the sentence naming a country, a division or a large place.
Demonyms ("Chinese") are never mentions. A small place whose name is only a piece of a longer
name ("Al" of "Al Hishah", "Colonia" of "Colonia Pemex", "Issa" of "Ein Issa", "Wadi" of
"Wadi al-Rabi") is not one either: the longer name is some place the gazetteer lacks, and the
piece is a namesake elsewhere. Countries, divisions and large places stay ("Northeast Georgia").

Example:
    >>> lexicon = PlaceLexicon.load()
    >>> "chinese" in lexicon.demonyms, "district" in lexicon.admin_words
    (True, True)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, entities
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name
from .kindlist import kind_listed
from .lexicon import PlaceLexicon
from .local import local_name
from .misperson import person_tagged_name
from .roads import road_name
from .slot import JOINERS as _JOINERS
from .slot import PARTICLES as _PARTICLES
from .slot import capitalised as _capitalised
from .slot import (
    capitalised_indices,
    container_slot,
    hyphen_end,
    listed_slot,
    place_of,
    possessed_slot,
    town_of_bracket,
    village_address,
)
from .slot import capitalised_text as _capitalised_text
from .slot import lower_at as _lower
from .slot import whole_entity as _whole_entity
from .spelling import division_part, other_spellings, own_name, spelt_division
from .struck import struck_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
MAX_NGRAM = 3
# Compass words between a preposition of place and a name ("in northern Lattakia").
COMPASS = frozenset(
    f"{side}{suffix}"
    for side in (
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    )
    for suffix in ("", "ern")
)
IMPORTANT_POPULATION = 100_000
# A division is well known from this many people ("Delaware Bay"), not "Colonia" (Uruguay).
IMPORTANT_DIVISION = 500_000
_LEADING = frozenset({"the", "The"})
# Inside a name only: a hyphen ("Nagorno-Karabakh"), a possessive ("Cox's Bazar").
_INNER = frozenset({"-", "'s", "\u2019s"})
_LEADING_LOWER = frozenset({"the"})


def kind_of(doc: Doc, start: int, end: int, lexicon: PlaceLexicon) -> str | None:
    """The kind word right after a name ("Tovuz district") or before "of" ("city of Paris")."""
    after = lexicon.kind_of_word(_lower(doc, end))
    if after:
        return after
    if _lower(doc, start - 1) == "of":
        return lexicon.kind_of_word(_lower(doc, start - 2))
    return None


def is_locative(doc: Doc, start: int, end: int, lexicon: PlaceLexicon) -> bool:
    """A preposition of place before the name (skipping "the" and a compass word: "in
    northern Lattakia") or a kind word around it."""
    i = start - 1
    if _lower(doc, i) == "the":
        i -= 1
    if _lower(doc, i) in COMPASS:
        i -= 1
    before = _lower(doc, i)
    if before in lexicon.locative or (before == "of" and place_of(_lower(doc, i - 1), lexicon)):
        return True
    return kind_of(doc, start, end, lexicon) is not None


def entity_spans(doc: Doc, gazetteer: Gazetteer, lexicon: PlaceLexicon) -> list[tuple[int, int]]:
    """Token spans of GPE/LOC entities and of FAC entities that are gazetteer names."""
    spans: list[tuple[int, int]] = []
    for ent in entities(doc):
        if ent.label_ not in PLACE_LABELS or (spans and ent.start < spans[-1][1]):
            continue  # not a place, or inside a name run on across a hyphen
        start = ent.start + 1 if ent[0].text in _LEADING else ent.start
        # A name the NER cut in two entities ("Baja" + "California") is one known name.
        joined = _longest_name(doc, start, gazetteer, set()) if start < ent.end else None
        last = max(ent.end, joined[1] if joined is not None else 0)
        end = _trim(doc, start, hyphen_end(doc, start, last, gazetteer), gazetteer)
        if start < end:
            start, end = _known_part(doc, start, end, gazetteer, lexicon)
        if end - start > 1 and lexicon.kind_word(doc[end - 1]) and _known(doc[start : end - 1]):
            end -= 1  # "Tovuz district" -> "Tovuz"
        capital = any(text[:1].isupper() for text in doc_words(doc).text[start:end])
        if start >= end or ent[-1].lower_ in lexicon.demonyms or not capital:
            continue  # a demonym, or common words ("its west coast", "the capital")
        if _piece_of_name(doc, start, end, gazetteer, lexicon):
            continue  # the NER cut a name short: "Colonia" of "Colonia Vallejo"
        if ent.label_ == "FAC" and not gazetteer.has_key(normalise_name(doc[start:end].text)):
            continue
        spans.append((start, end))
    return spans


def _name_part_text(text: str, i: int, start: int, end: int) -> bool:
    """The token ``i`` spelt ``text`` is a capitalised word or abbreviation ("Mass." of
    "Western Mass."), or a hyphen or particle inside the name ``start:end``
    ("Nagorno-Karabakh", "Juiz de Fora", "Ciudad del Carmen")."""
    inside = start < i < end - 1
    joins = text in _INNER or text in _PARTICLES
    return _capitalised_text(text) or _abbreviation_text(text) or (inside and joins)


def _abbreviation_text(text: str) -> bool:
    """A dotted abbreviation such as "Mass.", "D.C." or "B.C." (a state's, in US news)."""
    letters = text.replace(".", "")
    return text[:1].isupper() and text.endswith(".") and letters.isalpha() and len(letters) <= 4


def _trim(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of an entity cut before a lower-case word the NER took in ("Gulf on Monday").

    Only when the whole entity is no known name, the part before the word is one, and the
    word does not join a longer name ("Port of Los Angeles", "Rostov-on-Don").
    """
    words = doc_words(doc)  # strings: no span or token made per cut tried
    if gazetteer.has_key(normalise_name(words.span_text(start, end))):
        return end
    for cut in range(end - 1, start, -1):  # spaCy's ``is_lower`` is ``str.islower``
        if not words.text[cut].islower() or words.lower[cut] in _JOINERS:
            continue
        if words.text[cut - 1] == "-":
            continue
        if gazetteer.has_key(normalise_name(words.span_text(start, cut))):
            return cut
    return end


def _known_part(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer, lexicon: PlaceLexicon
) -> tuple[int, int]:
    """The longest known name inside an entity that is no known name as a whole.

    "Northeast Georgia", "Boone County Jail", "West Virginia Democratic Party": the NER
    span holds a place name and other words. A lone direction word ("South" of "South
    Ossetians") is not taken. Returns the entity itself when nothing inside is known.
    """
    words = doc_words(doc)  # strings: no span or token made per run tried
    whole = words.span_text(start, end)
    if gazetteer.has_key(normalise_name(whole)):
        return start, end
    # "Haut-Katanga" is a part of Katanga, "North Sinai" Shamal Sina', "San Andres de Tuxtla"
    respelt = end - start > 2 and other_spellings(gazetteer, whole)  # San Andres Tuxtla
    village = end - start > 1 and gazetteer.villages(whole)  # "San Crisanto", not Mali's "San"
    if respelt or village or division_part(gazetteer, whole) or spelt_division(gazetteer, whole):
        return start, end
    texts = words.text
    for size in range(end - start - 1, 0, -1):
        for first in range(start, end - size + 1):
            last = first + size
            if not all(_name_part_text(texts[i], i, first, last) for i in range(first, last)):
                continue
            if size == 1 and words.lower[first] in lexicon.generic:
                continue
            if _piece_of_name(doc, first, last, gazetteer, lexicon):
                continue  # "Al" of "Al Hishah"
            if gazetteer.has_key(normalise_name(words.span_text(first, last))):
                return first, last
    return start, end


def _name_word(doc: Doc, i: int, lexicon: PlaceLexicon) -> bool:
    """Word ``i`` is capitalised and may continue a proper name (not "The", a kind or generic
    word, nor a sentence's first word); read from the strings, a token made only at the end."""
    words = doc_words(doc)
    if not (0 <= i < len(words.text) and _capitalised_text(words.text[i])):
        return False
    lower = words.lower[i]
    if lower in _LEADING_LOWER or lower in lexicon.generic or lower in lexicon.demonyms:
        return False
    return not (lower in lexicon.locative or lexicon.kind_of_word(lower) or doc[i].is_sent_start)


def cut_from_name(doc: Doc, start: int, end: int, lexicon: PlaceLexicon) -> bool:
    """The words ``start:end`` are a piece of a longer proper name in the text.

    A hyphen or a name word right before or after ("Ein Issa", "Ivano-Frankivsk", "Colonia
    Pemex"), or an article joining a name after ("Wadi al-Rabi").
    """
    words = doc_words(doc)  # strings: no token for the neighbours looked at
    texts = words.text
    if start >= 1 and (texts[start - 1] == "-" or _name_word(doc, start - 1, lexicon)):
        return True
    if end >= len(texts):
        return False
    if texts[end] == "-" or _name_word(doc, end, lexicon):
        return True
    nxt = end + 1
    joined = nxt < len(texts) and (texts[nxt] == "-" or _name_word(doc, nxt, lexicon))
    return words.lower[end] in _PARTICLES and joined


def _piece_of_name(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer, lexicon: PlaceLexicon
) -> bool:
    """One word next to other name words, and no well-known place's name.

    A longer name is complete enough ("Titus County" of "Titus County Sheriff's Office").
    """
    if end - start != 1 or not cut_from_name(doc, start, end, lexicon):
        return False
    return not _important(doc, start, end, gazetteer)


def _important(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A name of a country or an area ("U.S." of "U.S. Army"), or the main name of a large
    division or place: a state's abbreviation does not count ("Al" of "Al Hishah")."""
    key = normalise_name(doc[start:end].text)
    return any(
        c.is_country
        or c.is_area
        or (
            own_name(c.place.name, key)
            and c.population >= (IMPORTANT_DIVISION if c.is_division else IMPORTANT_POPULATION)
        )
        for c in gazetteer.lookup_key(key)
    )


def _known(span: Span) -> bool:
    return all(_capitalised(token) for token in span)


def token_spans(
    doc: Doc,
    gazetteer: Gazetteer,
    lexicon: PlaceLexicon,
    taken: set[int],
    known: Collection[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Spans of capitalised gazetteer names outside ``taken`` token indices; ``known``: the
    place spans found already (their ends open a container's slot, see :func:`container_slot`)."""
    spans: list[tuple[int, int]] = []
    ends = {end for _, end in known}
    lower, after = doc_words(doc).lower, 0  # after: the end of the last name taken
    # Most words are not capitalised: only the capitalised ones are visited, no token made.
    for i in capitalised_indices(doc):
        if i < after or i in taken or lower[i] in lexicon.demonyms:
            continue
        listed = kind_listed(doc, i, gazetteer, lexicon, taken)  # "Clay and Wilkin counties"
        if listed is not None:
            spans.append(listed)
            ends.add(listed[1])
            after = listed[1]
            continue
        found = _longest_name(doc, i, gazetteer, taken) or village_address(doc, i, gazetteer)
        if found is not None and _piece_of_name(doc, *found, gazetteer, lexicon):
            # "Colonia" of "Colonia Pemex"; not "Natchitoches" of "Natchitoches Fire Department"
            kept = local_name(doc, *found, gazetteer) or _road_name(doc, found, gazetteer, lexicon)
            found = found if kept else None
        if found is not None and (
            container_slot(doc, found, gazetteer, lexicon, ends)
            or possessed_slot(doc, found, gazetteer, ends)
            or listed_slot(doc, found, gazetteer, lexicon, ends)
            or town_of_bracket(doc, found, gazetteer)
            or _accept(doc, found, gazetteer, lexicon)
        ):
            spans.append(found)
            ends.add(found[1])
            after = found[1]
    return spans


def _longest_name(
    doc: Doc, start: int, gazetteer: Gazetteer, taken: set[int]
) -> tuple[int, int] | None:
    words = doc_words(doc)  # strings only: no token or span is made for a length tried
    texts, run, named = words.text, 0, 0
    if words.lower[start] in _LEADING_LOWER or not _name_part_text(texts[start], 0, 0, 0):
        return None  # "The Minnesota ..." starts at "Minnesota"
    # The free name parts from ``start`` (a hyphen only inside: no span ends on one). Only
    # name words count towards the limit: "Buena Vista de la Salud" is three of them.
    while named < MAX_NGRAM and start + run < len(doc) and start + run not in taken:
        if not _name_part_text(texts[start + run], start + run, start - 1, len(doc) + 1):
            break
        named += texts[start + run] not in _INNER and texts[start + run] not in _PARTICLES
        run += 1
    for end in range(start + run, start, -1):
        text = words.span_text(start, end)
        if texts[end - 1] not in _INNER and (
            gazetteer.has_key(normalise_name(text))
            or (end - start > 1 and _spelt_otherwise(gazetteer, text))
        ):
            return start, end
    return None


def _spelt_otherwise(gazetteer: Gazetteer, text: str) -> bool:
    """A name of several words known in another spelling ("As-Sweida"), as a part of a
    division ("Haut-Katanga") or as a village ("San Crisanto"): one word is too short a key."""
    found = division_part(gazetteer, text) or other_spellings(gazetteer, text)
    return bool(found or gazetteer.villages(text))


def _accept(doc: Doc, span: tuple[int, int], gazetteer: Gazetteer, lexicon: PlaceLexicon) -> bool:
    start, end = span
    if is_locative(doc, start, end, lexicon):
        return True
    text = doc[start:end].text
    candidates = gazetteer.lookup(text) or division_part(gazetteer, text)
    if any(c.is_country for c in candidates):
        # A country's name ("Chad" tagged PERSON) is the country unless it is part of a
        # longer name ("Chad Smith", "Georgia Power").
        return _whole_entity(doc, start, end)
    first = doc[start]
    if local_name(doc, start, end, gazetteer) or road_name(doc, start, end, candidates, lexicon):
        return True  # "a Kalispell man", "WINNEMUCCA —", "the Zahle roundabout"
    if _leads_organisation(doc, start, end):
        # "Shreveport Police Department", "Minnesota Department of Health": the place the
        # organisation is named after, kept when it is a well-known place.
        return any(c.is_division or c.population >= IMPORTANT_POPULATION for c in candidates)
    if struck_place(doc, start, end, candidates, lexicon):
        return True  # "drones hit Kharkiv", the name tagged PERSON
    if person_tagged_name(doc, start, end) and _important(doc, start, end, gazetteer):
        return True  # "Tamil Nadu said ...", the name tagged PERSON
    if first.ent_type_ in BLOCKING_LABELS or first.is_sent_start or first.pos_ != "PROPN":
        return False
    return any(c.is_division or c.population >= IMPORTANT_POPULATION for c in candidates)


def _road_name(
    doc: Doc, span: tuple[int, int], gazetteer: Gazetteer, lexicon: PlaceLexicon
) -> bool:
    return road_name(doc, *span, gazetteer.lookup(doc[span[0] : span[1]].text), lexicon)


def _leads_organisation(doc: Doc, start: int, end: int) -> bool:
    """The name opens a longer ORG entity."""
    opens = doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "B"
    return opens and end < len(doc) and doc[end].ent_iob_ == "I"


def fuzzy_spans(
    doc: Doc, gazetteer: Gazetteer, lexicon: PlaceLexicon, taken: set[int]
) -> list[tuple[int, int]]:
    """Single capitalised unknown words in a locative context that are one edit from a name
    (or another spelling of one), and such words alone in brackets after a name that are
    one edit from divisions only: "Wadi al-Rabi (Aljfara)" gives the village's division."""
    spans = []
    texts = doc_words(doc).text
    for i in (i for i in capitalised_indices(doc) if i not in taken):
        token = doc[i]
        if token.lower_ in lexicon.demonyms or token.lower_ in lexicon.place_nouns:
            continue  # "Barangay Basak": a place noun is no misspelt town (Burunday)
        if token.ent_type_ in BLOCKING_LABELS and token.ent_type_ != "PERSON":
            continue
        if gazetteer.has_key(normalise_name(token.text)):
            continue
        found = other_spellings(gazetteer, token.text) or gazetteer.fuzzy_lookup(token.text)
        divisions = bool(found) and all(c.is_division for c in found)
        if found and (
            is_locative(doc, token.i, token.i + 1, lexicon)
            or (divisions and _bracketed_alone(texts, i))
        ):
            spans.append((token.i, token.i + 1))
    return spans


def _bracketed_alone(texts: Sequence[str], i: int) -> bool:
    """The word ``i`` alone in brackets right after a capitalised word: "Wadi al-Rabi
    (Aljfara)", where a village's division stands."""
    closed = i + 1 < len(texts) and texts[i + 1] == ")"
    return closed and i > 1 and texts[i - 1] == "(" and texts[i - 2][:1].isupper()
