"""Places: find place names in a parsed document, geocode them, tie one to each event.

CONTRACT:

    resolver = PlaceResolver.load(cache_dir=settings.cache_dir)   # gazetteer loaded once
    places: list[PlaceMention] = resolver.find(doc, countries={"AZE", "CHN"})
    place, reason = place_for_event(doc, event_mention, places)  # (PlaceMention|None, str|None)

``countries``: the article's actor countries, used to rank candidates. When no place is
tied to the event, ``place_for_event`` returns ``(None, reason)``.

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
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..models import Place, PlaceMention
from ..nlp.docmemo import doc_text, doc_words, entities, sentence_starts, within_memo_scope
from .coherence import coherent, in_division, placed_in_region, region_key
from .contain import (
    certainty,
    choice_binding,
    encloses,
    holding_reading,
    kept_inside,
    outgrows,
    sure_container,
)
from .demonym import with_demonyms
from .echo import with_echoes
from .feature import feature_inner, feature_readings, feature_spans
from .find import (
    PlaceLexicon,
    entity_spans,
    fuzzy_spans,
    token_spans,
)
from .gazetteer import Candidate, Gazetteer
from .gazetteer.names import normalise_name
from .homes import story_homes
from .kind_suffix import keeps_short
from .mention import Mention, mentions_of
from .mission import in_mission_area
from .narrow import place_for_event
from .nearby import near_readings
from .persons import persons_dropped
from .rank import RankContext, RankModel, choose, country_share
from .record import place_record
from .selfname import own_words
from .spelling import division_part, other_spellings
from .struck import struck_keys, target_keys
from .timewords import place_not_time

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
# (chosen candidate, its confidence, the ranked pool with every candidate's confidence)
Choice = tuple[Candidate, float, list[tuple[Candidate, float]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceOptions:
    """Options of the places stage.

    ``token_names``: also find capitalised gazetteer names the NER missed; ``fuzzy``: try
    one-edit matches for unknown capitalised names in a locative context ("in Chudzhou");
    ``fallback_below``: a town chosen with less confidence than this becomes the country its
    likely readings share most (the country's centroid, with that share as score); ``None``
    takes the tuned value of ``rank_weights.toml``; ``demonyms``: nationality words are
    mentions of their country too ("Georgian troops", :mod:`.demonym`; the places output);
    ``echoes``: placed names said again, and states opening organisations' names (:mod:`.echo`).
    """

    token_names: bool = True
    fuzzy: bool = True
    fallback_below: float | None = None
    demonyms: bool = False
    echoes: bool = False


class PlaceResolver:
    """Finds and geocodes place names. Build once with :meth:`load`; reuse for every doc."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        lexicon: PlaceLexicon,
        *,
        options: PlaceOptions | None = None,
        model: RankModel | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.options = options or PlaceOptions()
        self.model = model or RankModel.load()

    @classmethod
    def load(
        cls,
        *,
        cache_dir: str | None = None,
        options: PlaceOptions | None = None,
        model: RankModel | None = None,
    ) -> PlaceResolver:
        """Load the gazetteer (building it into ``cache_dir`` on first use), word lists, weights."""
        gazetteer = Gazetteer.load(cache_dir=cache_dir)
        return cls(gazetteer, PlaceLexicon.load(), options=options, model=model)

    @within_memo_scope  # the finders share the document's words
    def find(self, doc: Doc, *, countries: Collection[str] = ()) -> list[PlaceMention]:
        """Every place name in ``doc`` with the place it resolves to (``None`` if unknown)."""
        spans = self.mention_spans(doc)
        found = self.resolve_spans(doc, spans, countries=countries)
        if self.options.echoes:
            found = with_echoes(doc, spans, found, self, countries)
        return with_demonyms(doc, found, self) if self.options.demonyms else found

    def mention_spans(self, doc: Doc) -> list[Span]:
        """Token spans of place names, in document order, not overlapping."""
        spans = entity_spans(doc, self.gazetteer, self.lexicon)
        taken = {i for start, end in spans for i in range(start, end)}
        for ent in entities(doc):
            if ent.label_ in ("DATE", "TIME") and place_not_time(ent, self.gazetteer):
                continue  # "region of Dahuk" tagged a date
            if ent.label_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL"):
                taken.update(range(ent.start, ent.end))
        if self.options.token_names:
            spans += token_spans(doc, self.gazetteer, self.lexicon, taken, spans)
            taken.update(i for start, end in spans for i in range(start, end))
        if self.options.fuzzy:
            spans += fuzzy_spans(doc, self.gazetteer, self.lexicon, taken)
        spans = persons_dropped(doc, spans, self.gazetteer)  # "Marek Zielinski" elsewhere
        found = sorted({self._with_kind_word(doc, start, end) for start, end in spans})
        # "Lake Chad", "the Congo River": the feature, not the country it is named after.
        return feature_spans(doc, found, lambda text: self.gazetteer.has_key(normalise_name(text)))

    def _with_kind_word(self, doc: Doc, start: int, end: int) -> Span:
        """Take in a following kind word when the longer name is known ("Horry" + "County").

        A known name keeps the kind word out when it reads as a town larger than any the longer
        name lists: "Hyderabad city" is India's Hyderabad, not the smaller town listing that
        spelling among its alternate names; "Quebec City" stays whole.
        """
        words = doc_words(doc)  # strings only: most names have no kind word after them
        if end >= len(doc) or not self.lexicon.kind_of_word(words.lower[end]):
            return start, end
        longer = normalise_name(words.span_text(start, end + 1))
        if not self.gazetteer.has_key(longer):
            return start, end
        key = normalise_name(words.span_text(start, end))
        short, listed = self.gazetteer.lookup_key(key), self.gazetteer.lookup_key(longer)
        larger = keeps_short(short, listed, (key, longer))
        return (start, end) if larger else (start, end + 1)

    def resolve_spans(
        self, doc: Doc, spans: Sequence[Span], *, countries: Collection[str] = ()
    ) -> list[PlaceMention]:
        """Resolve given token spans together (each is context for the others)."""
        chosen = self.choices(doc, spans, countries=countries)
        sent_starts = sentence_starts(doc)
        mentions = []
        words = doc_words(doc)  # no span is made per name
        for (start, end), choice in zip(spans, chosen, strict=True):
            text = words.span_text(start, end)
            key = normalise_name(text)
            exact = self.gazetteer.has_key(key)
            first = doc[start].idx
            mentions.append(
                PlaceMention(
                    text=text,
                    start=first,
                    end=first + len(text),
                    place=self._place(choice, key, exact=exact),
                    sent_index=bisect_right(sent_starts, start) - 1,
                )
            )
        return mentions

    def choices(
        self, doc: Doc, spans: Sequence[Span], *, countries: Collection[str] = ()
    ) -> list[Choice | None]:
        """The ranked choice for each span: first alone, then with the others as context,
        then small places abroad kept to the document's countries (:mod:`.coherence`)."""
        names = mentions_of(doc, spans, self)
        actor_countries = frozenset(countries)
        first = self.first_pass(names, actor_countries)
        strict = self.model.strict_countries
        full = _rank_all(names, actor_countries, self.model.full, first, strict=strict)
        named = [
            (choice, self.gazetteer.has_key(name.key), name.key)
            for choice, name in zip(full, names, strict=True)
        ]
        keys = [name.key for name in names]
        kept = coherent(
            named,
            actor_countries,
            story_homes(doc, self.lexicon, spans, full),  # weigh as actors' countries
            frozenset(name.key for name in names if self._one_edit(name.key)),
            struck=struck_keys(doc, spans, names, self.lexicon),
            targets=target_keys(doc, spans, names, self.lexicon),
        )
        kept = near_readings(kept, keys)  # "Paris and Henry County": Tennessee's, together
        return placed_in_region(
            in_mission_area(
                kept, [name.candidates for name in names], doc_text(doc), self.gazetteer
            ),
            keys,
            self._division_of,
            lambda place: self.gazetteer.country(place.place.country),
        )

    def _one_edit(self, key: str) -> bool:
        """The name is known only one letter off (not as written, nor in another spelling)."""
        gazetteer = self.gazetteer
        return not (gazetteer.has_key(key) or other_spellings(gazetteer, key))

    def _division_of(self, place: Candidate) -> Candidate | None:
        """The first-level division (``ADM1``) a place lies in, from the gazetteer."""
        state = region_key(place)
        for candidate in self.gazetteer.lookup_key(normalise_name(place.place.admin1 or "")):
            if candidate.place.feature_code == "ADM1" and candidate.admin_key == state:
                return candidate
        return None

    def first_pass(self, names: list[Mention], countries: frozenset[str]) -> list[Choice | None]:
        """Each name ranked alone (prior weights, no document context)."""
        return _rank_all(
            names, countries, self.model.prior, None, strict=self.model.strict_countries
        )

    def _place(self, choice: Choice | None, key: str, *, exact: bool) -> Place | None:
        """The chosen place with its score (its share among the name's readings times the
        match's :func:`~.contain.certainty`); a country centroid when the town is doubtful."""
        if choice is None:
            return None
        best, share, pool = choice
        sure = certainty(best, key, exact=exact)
        place = best.place
        below = self.options.fallback_below
        below = self.model.fallback_below if below is None else below
        if share < below and not (best.is_country or best.is_area):
            # The country most of the name's likely readings lie in (three Texan towns
            # outweigh one Australian town that alone scored best).
            code = max(
                {c.place.country for c, _ in pool if c.place.country},
                key=lambda k: (country_share(pool, k), k == place.country),
                default=place.country,
            )
            country = self.gazetteer.country(code)
            mass = country_share(pool, code)
            if country is not None and mass > share:
                return replace(country.place, score=round(mass * sure, 3))
        return replace(place, score=round(share * sure, 3))

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Readings as written ("Lake Chad": its inner name's towns), respelt, one off, villages."""
        found = self.gazetteer.lookup_key(normalise_name(name))
        inner = feature_inner(name) if not found else None
        if inner is not None:  # "Lake Chad": only the towns of "Chad", none
            return feature_readings(inner, self.gazetteer.lookup(inner))
        if found or not self.options.fuzzy or not name[:1].isupper():
            return found or self.gazetteer.villages(name)
        return (
            other_spellings(self.gazetteer, name)
            or division_part(self.gazetteer, name)
            or self.gazetteer.fuzzy_lookup(name)
            or self.gazetteer.villages(name)  # "near Pavlopil": 624 people
        )


def _rank_all(
    names: list[Mention],
    countries: frozenset[str],
    weights: Mapping[str, float],
    first: list[Choice | None] | None,
    *,
    strict: bool = True,
) -> list[Choice | None]:
    """Best candidate per name; containers first (they come later in the text)."""
    chosen: list[Choice | None] = [None] * len(names)
    # A possessor ("Beirut's Hamra") contains the name after it: ranked before it too.
    owners = {
        m.container for k, m in enumerate(names) if m.container is not None and m.container < k
    }
    order = [j for j in reversed(range(len(names))) if j in owners]
    for k in order + [k for k in reversed(range(len(names))) if k not in owners]:
        context = rank_context(
            names, k, countries=countries, chosen=chosen, first=first, strict=strict
        )
        choice = in_division(choose(names[k].candidates, context, weights), names[k], chosen)
        j = names[k].container
        outer = chosen[j] if j is not None else None
        # The first pass only gathers evidence; a doubtful container binds nothing.
        bound = (
            j is not None
            and outer is not None
            and sure_container(outer[0], names[j])
            and not outgrows(names[k], outer)
        )
        chosen[k] = kept_inside(choice, names[k], outer) if first is not None and bound else choice
        if first is not None and j is not None:
            chosen[j] = holding_reading(chosen[k], names[k], outer) or outer
    return chosen


def _binding(name: Mention, chosen: Sequence[Choice | None]) -> str:
    """The admin key the name's container binds it to ("" without one)."""
    outer = chosen[name.container] if name.container is not None else None
    if outgrows(name, outer):
        return ""
    return choice_binding(outer, enclosed=encloses(name))


def rank_context(
    names: Sequence[Mention],
    k: int,
    *,
    countries: frozenset[str],
    chosen: Sequence[Choice | None],
    first: Sequence[Choice | None] | None,
    strict: bool = True,
) -> RankContext:
    """The context of name ``k``: its cues, its container's choice, the others' first choices.

    ``first``: the first pass's choices (``None`` in the first pass); a name is never its own
    context, nor are other mentions of the same name (:func:`~.selfname.own_words`).
    """
    keys = tuple(filter(None, (_binding(names[k], chosen),)))
    others: tuple[Candidate, ...] = ()
    if first is not None:
        others = tuple(
            choice[0]
            for j, choice in enumerate(first)
            if choice is not None and not own_words(names[j], names[k])
        )
    return RankContext(
        countries=countries,
        kind=names[k].kind,
        containers=keys,
        others=others,
        key=names[k].key,
        strict=strict,
        regional=names[k].regional,
    )


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
        found = doc.char_span(int(mention["start"]), int(mention["end"]), alignment_mode="expand")
        spans.append((found.start, found.end) if found is not None else (0, 0))
    # The names we find ourselves are context for the given ones ("Paris, Texas").
    taken = {i for start, end in spans for i in range(start, end)}
    context = [s for s in resolver.mention_spans(doc) if not taken.intersection(range(*s))]
    every = sorted(set(spans) | set(context))
    by_span = dict(zip(every, resolver.resolve_spans(doc, every, countries=countries), strict=True))
    out = []
    for key, mention in zip(spans, mentions, strict=True):
        start, end = int(mention["start"]), int(mention["end"])
        out.append(replace(by_span[key], start=start, end=end, text=text[start:end]))
    return out
