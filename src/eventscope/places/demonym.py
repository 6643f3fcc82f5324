"""Nationality words as place mentions of their country, for the ``places`` output.

Geoparsing gold (GeoWebNews, LGL) counts demonyms as toponyms of their country: "Georgian
troops", "two Russians", "Palestinian officials" each name a place. The NER tags them NORP,
a class that also holds parties and faiths ("Republican", "Catholic"); only a word the
nationality list (``data/actors/demonyms.tsv``) maps to a country is taken. A nationality word
opening the name of its country's state body ("the Georgian Foreign Ministry", "the Nigerian
Army"), which the NER tags ORG, counts too (:func:`nationality_spans`). The events
stage does not ask for them (an actor's nationality is not where the event happened): they
are added only when :class:`~eventscope.places.PlaceOptions` ``demonyms`` is set, as the
``eventscope places`` command does.

Example:
    >>> overlaps((0, 5), [(3, 9)]), overlaps((0, 5), [(5, 9)])
    (True, False)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import PlaceMention
from ..nlp.docmemo import entities, sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from . import PlaceResolver

DEMONYM_SCORE = 0.9  # the word names its country; the country's point is the place
# Words of a state body a nationality word may open ("the Georgian Interior Ministry", "the
# Nigerian Air Force"): the country's own, in the country.
STATE_BODIES = frozenset(
    {
        "army", "navy", "air", "armed", "military", "forces", "coast", "border", "police",
        "government", "ministry", "foreign", "interior", "defence", "defense", "parliament",
        "senate", "supreme", "central", "national", "federal", "state", "election",
        "electoral", "security", "trade", "economy", "finance", "health", "justice", "sports",
    }
)  # fmt: skip


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
    for span in nationality_spans(doc, resolver.lexicon.nationalities):
        if overlaps((span.start_char, span.end_char), taken):
            continue
        code = resolver.lexicon.nationalities.get(span[-1].lower_)
        country = resolver.gazetteer.country(code)
        if country is None:
            continue
        place = replace(country.place, score=DEMONYM_SCORE)
        sent = bisect_right(starts, span.start) - 1
        mention = PlaceMention(span.text, span.start_char, span.end_char, place, sent_index=sent)
        added.append(mention)
    return sorted(found + added, key=lambda m: m.start) if added else found


def nationality_spans(doc: Doc, nationalities: Mapping[str, str]) -> list[Span]:
    """The NORP names, and a capitalised nationality word opening the name of one of its
    country's state bodies ("the Georgian Foreign Ministry", "the Nigerian Army"):
    GeoWebNews and LGL count those too. Not a word in another name ("the British Embassy"
    lies abroad, "Percy French Hotel", "American Airlines")."""
    spans: list[Span] = []
    for ent in entities(doc):
        if ent.label_ == "NORP":
            spans.append(ent)
            continue
        first = ent[1] if len(ent) > 1 and ent[0].lower_ == "the" else ent[0]
        body = {t.lower_ for t in doc[first.i + 1 : min(first.i + 3, ent.end)]}
        if ent.label_ == "ORG" and body & STATE_BODIES and first.lower_ in nationalities:
            spans.append(doc[first.i : first.i + 1])
    return spans
