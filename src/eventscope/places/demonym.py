"""Nationality words as place mentions of their country, for the ``places`` output.

Geoparsing gold (GeoWebNews, LGL) counts demonyms as toponyms of their country: "Georgian
troops", "two Russians", "Palestinian officials" each name a place. The NER tags them NORP,
a class that also holds parties and faiths ("Republican", "Catholic"); only a word the
nationality list (``data/actors/demonyms.tsv``) maps to a country is taken. The events
stage does not ask for them (an actor's nationality is not where the event happened): they
are added only when :class:`~eventscope.places.PlaceOptions` ``demonyms`` is set, as the
``eventscope places`` command does.

Example:
    >>> overlaps((0, 5), [(3, 9)]), overlaps((0, 5), [(5, 9)])
    (True, False)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import PlaceMention
from ..nlp.docmemo import entities, sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from . import PlaceResolver

DEMONYM_SCORE = 0.9  # the word names its country; the country's point is the place


def overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """The character span overlaps one of ``others`` (ends exclusive)."""
    return any(start < span[1] and span[0] < end for start, end in others)


def with_demonyms(
    doc: Doc, found: list[PlaceMention], resolver: PlaceResolver
) -> list[PlaceMention]:
    """``found`` and a mention of its country for each nationality word outside them, in
    text order ("Georgian troops" -> Georgia)."""
    taken = [(m.start, m.end) for m in found]
    starts = sentence_starts(doc)
    added = []
    for ent in entities(doc):
        if ent.label_ != "NORP" or overlaps((ent.start_char, ent.end_char), taken):
            continue
        code = resolver.lexicon.nationalities.get(ent[-1].lower_)
        country = resolver.gazetteer.country(code)
        if country is None:
            continue
        place = replace(country.place, score=DEMONYM_SCORE)
        sent = bisect_right(starts, ent.start) - 1
        added.append(PlaceMention(ent.text, ent.start_char, ent.end_char, place, sent_index=sent))
    return sorted(found + added, key=lambda m: m.start) if added else found
