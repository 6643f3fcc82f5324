"""Places: find place names in a parsed document, geocode them, tie one to each event.

CONTRACT:

    resolver = PlaceResolver.load(cache_dir=settings.cache_dir)   # gazetteer loaded once
    places: list[PlaceMention] = resolver.find(doc, countries={"AZE", "CHN"})
    place, reason = place_for_event(doc, event_mention, places)  # (PlaceMention|None, str|None)

``countries`` are the article's actor countries, used to rank candidates. When no place
is tied to the event, ``place_for_event`` returns ``(None, reason)``.

Resolution (see :mod:`eventscope.places.rank`) runs twice over a document: first each
name alone with its kind word and container ("Paris, Texas"), then again with the
countries the other unambiguous names point to ("Georgia" next to "Atlanta" is the state).

Example:
    >>> resolver = PlaceResolver.load(cache_dir="/tmp/eventscope")      # doctest: +SKIP
    >>> doc = nlp("China sent medical supplies to Xian.")               # doctest: +SKIP
    >>> [(p.text, p.place.country) for p in resolver.find(doc)]        # doctest: +SKIP
    [('China', 'CHN'), ('Xian', 'CHN')]
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..models import PlaceMention
from .find import (
    PlaceLexicon,
    entity_spans,
    fuzzy_spans,
    kind_of,
    token_spans,
)
from .gazetteer import Candidate, Gazetteer
from .gazetteer.names import normalise_name
from .rank import RankContext, best_candidate, container_key, evidence_country
from .tie import place_for_event

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "PlaceOptions",
    "PlaceResolver",
    "locate_article",
    "place_for_event",
    "place_record",
]

Span = tuple[int, int]
_CONNECTORS = frozenset({",", "of", "in"})
_FILLERS = frozenset({"and", "the", "-"})
CONTAINER_WINDOW = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceOptions:
    """Options of the places stage.

    ``token_names``: also find capitalised gazetteer names the NER missed; ``fuzzy``: try
    one-edit matches for unknown capitalised names in a locative context ("in Chudzhou").
    """

    token_names: bool = True
    fuzzy: bool = True


class PlaceResolver:
    """Finds and geocodes place names. Build once with :meth:`load`; reuse for every doc."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        lexicon: PlaceLexicon,
        *,
        options: PlaceOptions | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.options = options or PlaceOptions()

    @classmethod
    def load(
        cls, *, cache_dir: str | None = None, options: PlaceOptions | None = None
    ) -> PlaceResolver:
        """Load the gazetteer (building it into ``cache_dir`` on first use) and word lists."""
        return cls(Gazetteer.load(cache_dir=cache_dir), PlaceLexicon.load(), options=options)

    def find(self, doc: Doc, *, countries: Collection[str] = ()) -> list[PlaceMention]:
        """Every place name in ``doc`` with the place it resolves to (``None`` if unknown)."""
        return self.resolve_spans(doc, self.mention_spans(doc), countries=countries)

    def mention_spans(self, doc: Doc) -> list[Span]:
        """Token spans of place names, in document order, not overlapping."""
        spans = entity_spans(doc, self.gazetteer, self.lexicon)
        taken = {i for start, end in spans for i in range(start, end)}
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL"):
                taken.update(range(ent.start, ent.end))
        if self.options.token_names:
            spans += token_spans(doc, self.gazetteer, self.lexicon, taken)
            taken.update(i for start, end in spans for i in range(start, end))
        if self.options.fuzzy:
            spans += fuzzy_spans(doc, self.gazetteer, self.lexicon, taken)
        return sorted({self._with_kind_word(doc, start, end) for start, end in spans})

    def _with_kind_word(self, doc: Doc, start: int, end: int) -> Span:
        """Take in a following kind word when the longer name is known ("Horry" + "County")."""
        longer = normalise_name(doc[start : end + 1].text) if end < len(doc) else ""
        if longer and self.lexicon.kind_word(doc[end]) and self.gazetteer.has_key(longer):
            return start, end + 1
        return start, end

    def resolve_spans(
        self, doc: Doc, spans: Sequence[Span], *, countries: Collection[str] = ()
    ) -> list[PlaceMention]:
        """Resolve given token spans together (each is context for the others)."""
        candidates = [self.candidates(doc[start:end].text) for start, end in spans]
        kinds = [kind_of(doc, start, end, self.lexicon) for start, end in spans]
        containers = [_container(doc, spans, k, self.lexicon) for k in range(len(spans))]
        actor_countries = frozenset(countries)
        first = _rank_all(candidates, kinds, containers, actor_countries, [])
        vouches = [evidence_country(c, best) for c, best in zip(candidates, first, strict=True)]
        chosen = _rank_all(candidates, kinds, containers, actor_countries, vouches)
        # A doc without sentence boundaries (no parser) counts as one sentence.
        has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        sent_starts = [sent.start for sent in doc.sents] if has_sents else [0]
        mentions = []
        for (start, end), best in zip(spans, chosen, strict=True):
            span = doc[start:end]
            mentions.append(
                PlaceMention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    place=best.place if best is not None else None,
                    sent_index=bisect_right(sent_starts, start) - 1,
                )
            )
        return mentions

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Exact candidates for a name, else (if enabled) one-edit candidates."""
        found = self.gazetteer.lookup_key(normalise_name(name))
        if found or not self.options.fuzzy or not name[:1].isupper():
            return found
        return self.gazetteer.fuzzy_lookup(name)


def _rank_all(
    candidates: list[tuple[Candidate, ...]],
    kinds: list[str | None],
    containers: list[int | None],
    countries: frozenset[str],
    vouches: list[str | None],
) -> list[Candidate | None]:
    """Best candidate per span; containers first (they come later in the text).

    ``vouches``: per span, the country it vouches for (empty on the first pass); a span's
    own vouch is not evidence for itself.
    """
    evidence = Counter(filter(None, vouches))
    chosen: list[Candidate | None] = [None] * len(candidates)
    for k in reversed(range(len(candidates))):
        local = evidence.copy()
        own = vouches[k] if vouches else None
        if own:
            local[own] -= 1
        outer = containers[k]
        keys: tuple[str, ...] = ()
        if outer is not None and chosen[outer] is not None:
            keys = tuple(filter(None, (container_key(chosen[outer]),)))  # type: ignore[arg-type]
        context = RankContext(countries=countries, kind=kinds[k], containers=keys, evidence=local)
        chosen[k] = best_candidate(candidates[k], context)
    return chosen


def _container(doc: Doc, spans: Sequence[Span], k: int, lexicon: PlaceLexicon) -> int | None:
    """The span named as the container of span ``k`` ("Paris, Texas"; "X cities of China").

    Walks right over fillers ("and", kind words, other names in a list) and needs a
    connector ("," "of" "in") before the container.
    """
    starts = {start: index for index, (start, _) in enumerate(spans)}
    i, connected = spans[k][1], False
    limit = min(len(doc), i + CONTAINER_WINDOW)
    while i < limit:
        if i in starts:
            if connected:
                return starts[i]
            i = spans[starts[i]][1]
            continue
        lower = doc[i].lower_
        if lower in _CONNECTORS:
            connected = True
        elif lower not in _FILLERS and lexicon.kind_word(doc[i]) is None:
            return None
        i += 1
    return None


def locate_article(
    nlp: Language,
    resolver: PlaceResolver,
    text: str,
    *,
    mentions: Sequence[dict[str, Any]] | None = None,
    countries: Collection[str] = (),
) -> list[PlaceMention]:
    """Parse ``text`` and return its place mentions (or resolve only the given char spans).

    ``mentions``: ``[{"start": int, "end": int, ...}]`` character spans (end exclusive); the
    returned mentions keep exactly those offsets and texts.
    """
    doc = nlp(text)
    if mentions is None:
        return resolver.find(doc, countries=countries)
    spans: list[Span] = []
    for mention in mentions:
        span = doc.char_span(int(mention["start"]), int(mention["end"]), alignment_mode="expand")
        spans.append((span.start, span.end) if span is not None else (0, 0))
    resolved = resolver.resolve_spans(doc, spans, countries=countries)
    return [
        replace(found, start=int(m["start"]), end=int(m["end"]), text=text[m["start"] : m["end"]])
        for found, m in zip(resolved, mentions, strict=True)
    ]


def place_record(article_id: str, mention: PlaceMention) -> dict[str, Any]:
    """The ``eventscope places`` output record for one mention."""
    place = mention.place
    return {
        "article_id": article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "name": place.name if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
        "feature_code": place.feature_code if place else None,
    }
