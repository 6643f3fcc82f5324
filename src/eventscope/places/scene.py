"""The scene of a story: where a reader puts events the parse ties to no place.

Three cues a reader uses beyond the event's own clause (see :mod:`.tie`):

* **Clauses of the same scene.** A clause below the event with no subject of its own (a
  participle, "demanding compensation ... in Jerusalem"; "positions located near Terter";
  a reporting frame, "As reported on 28 April, in Havana, police beat ..."), whose subject
  is a relative pronoun ("clashed with police, which led to two deaths in Kabul") or that
  happens at the same time ("while", "when": "was killed when troops fired mortars in X")
  continues the event's scene. A clause with a subject of its own ("after riots erupted in
  Baku") tells another event, somewhere else.
* **Containers.** In "in Ciudad Juarez, Chihuahua" or "near Mulchen (Biobio)" the second
  name locates the first: the first is where it happened, even when the container resolves
  to a namesake town ("Chihuahua" the city). Conversely a town read far (> 150 km) from the
  town named as its container ("Baglar neighbourhood of Bagcilar") is a namesake of a
  quarter of the container, which is then the place.
* **A fronted frame.** A place named before the clause it opens ("On 4 May, in Sao Goncalo,
  Rio de Janeiro, police raided ...", "In Gyumri, gangs clashed") sets the scene for the
  paragraph: later sentences that name no place happened there too, until another place
  is named (a place at the end of a clause is only the last resort: see
  :func:`paragraph_place`). Within its
  own sentence the frame's town also beats a town tied to the event far from it ("in
  Sinop, Mato Grosso, a man was stabbed in Sao Cristovao neighbourhood").

Example:
    >>> RELATIVE_TAGS >= {"WDT", "WP"}
    True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import islice
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..models import PlaceMention
from ..nlp.docmemo import char_span, doc_text, doc_words, sentences
from .apposition import apposed_container, described_container, description_heads
from .distance import place_km
from .gazetteer.names import normalise_name
from .local import cut_dateline
from .slot import OF_PLACE_NOUNS
from .spelling import own_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "near", "inside"})
# What may stand between a preposition of place and a name it introduces ("in Carvajal,
# Trujillo state"; "in Al Hazm district (Al Jawf)"; "in the town of X").
LIST_WORDS = frozenset({",", "(", ")", "of", "the", "and", "-"})
LOCATIVE_REACH = 8
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Conjunctions of a clause that happens at the same time and place as the event.
SIMULTANEOUS = frozenset({"while", "whilst", "when", "as"})
# What separates a name from its container: "Ciudad Juarez, Chihuahua", "Mulchen (Biobio)".
CONTAINER_MARKS = frozenset({",", "("})
# What may open a clause a fronted frame stands before: the sentence start, or the comma
# closing a date or another frame ("On 9 May 2020, in X, ...").
FRAME_OPENERS = frozenset({",", ";", ":", "-", "—", "–"})
VERBS = frozenset({"VERB", "AUX"})
# How far a place named inside a fronted frame's town may lie from it before it reads as a
# namesake elsewhere (quarters, villages and roads of a town lie well within this).
FRAME_REACH_KM = 150.0
CONTAINER_WORDS = 3  # "village of", "area of the", "district,"
# A disputed or de-facto division of regions.tsv ("Haut-Katanga", "Ituri", "Donbas") is as
# large as a province: never a town's rank, which would let it win as the nearer "town".
SIZE_RANK = MappingProxyType({"ADM2": 1, "ADM1": 2, "ADMD": 2, "PCLI": 3})
LOCATED_PREPS = frozenset({"in", "at", "near"})  # "a man in Paris, Texas"
DATELINE_TOKENS = 3  # the dateline's place starts within the first tokens of the text
DATELINE_MARKS = frozenset({",", "(", "-", "—", "–", ":"})


def locative_opener(span: Span) -> int | None:
    """The index of the preposition of place that opens the list ``span`` is part of
    ("in X, Y state (Z)"; "of" after a place word: "the village of X"), or ``None``."""
    words = doc_words(span.doc)
    i = span.start - 1
    while i >= max(0, span.start - LOCATIVE_REACH):
        if words.lower[i] in LOCATIVE_PREPOSITIONS or _place_of(words.lower, i):
            return i  # "in X", "the village of X"
        name_like = words.pos[i] == "PROPN" or words.text[i][:1].isupper()
        if not (name_like or words.lower[i] in LIST_WORDS or words.pos[i] == "NOUN"):
            return None
        i -= 1
    return None


def _place_of(lower: Sequence[str], i: int) -> bool:
    """Word ``i`` is the "of" after a place word ("the village of X", "the outskirts of X"):
    it opens a place as a preposition of place does."""
    return lower[i] == "of" and i > 0 and lower[i - 1] in _of_heads()


@lru_cache(maxsize=1)
def _of_heads() -> frozenset[str]:
    return description_heads() | OF_PLACE_NOUNS


def own_clause(verb: Token) -> bool:
    """``verb`` heads a clause with a subject of its own (not a relative pronoun) that does
    not happen at the same time: the clause tells another event ("after riots erupted in
    Baku"); "shot dead while a bystander was wounded in Panglao" is one scene."""
    children = list(verb.children)
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS for c in children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS for c in children)


def containers(places: Sequence[PlaceMention], text: str) -> frozenset[int]:
    """Start offsets of the places (in text order) that locate the place named right before
    them in the same country ("X, Y", "X (Y)", "X, the capital of Y", "X village of Y":
    :mod:`.apposition`);
    never a smaller kind of place."""
    found: set[int] = set()
    for k in range(1, len(places)):
        inner, outer = places[k - 1], places[k]
        if inner.place is None or outer.place is None or inner.end > outer.start:
            continue
        # A country or region is not inside a town: "western Yemen (Al Hudaydah)".
        if inner.place.country != outer.place.country or _rank(inner) > _rank(outer):
            continue
        between = text[inner.end : outer.start]
        heads = description_heads()
        if between.strip() in CONTAINER_MARKS or apposed_container(between, heads):
            found.add(outer.start)  # "X, Y", "X (Y)", "X, the capital of Y"
        elif described_container(between, heads):
            found.add(outer.start)  # "X village of Y", "X in the countryside of Y"
    return frozenset(found)


def located_inner(
    doc: Doc, places: Sequence[PlaceMention], outer: PlaceMention, actors: set[int]
) -> PlaceMention | None:
    """The place ``outer`` contains ("Paris" of "Paris, Texas") when an actor's phrase locates
    its group there ("a man in Paris, Texas"): the town, not its state, is the event's place,
    though the town is a piece of the actor. ``actors``: the actors' token indices."""
    before = [p for p in places if p.end <= outer.start and p.place is not None]
    inner = before[-1] if before else None
    if inner is None or outer.start not in containers([inner, outer], doc_text(doc)):
        return None
    span = char_span(doc, inner.start, inner.end)
    if span is None or span.root.i not in actors or span.root.dep_ != "pobj":
        return None
    return inner if span.root.head.lower_ in LOCATED_PREPS else None


def _rank(mention: PlaceMention) -> int:
    """How large a kind of place is (towns 0, ADM2 1, ADM1 2, countries 3)."""
    code = mention.place.feature_code if mention.place is not None else None
    return SIZE_RANK.get(code or "", 0)


def fronted(span: Span) -> bool:
    """The name is in a frame before the clause it opens, after a preposition of place: no
    verb comes before it in the sentence ("On 7 May, on Route 5 near X, trucks were ..."),
    or its preposition starts the sentence or follows a comma ("As reported on 9 May, in
    X, police ..."); and a verb follows."""
    opener = locative_opener(span)
    if opener is None:
        return False
    sent = span.sent
    words = doc_words(span.doc)
    opens = opener == sent.start or words.text[opener - 1] in FRAME_OPENERS
    first = not any(words.pos[i] in VERBS for i in range(sent.start, opener))
    return (opens or first) and any(words.pos[i] in VERBS for i in range(span.end, sent.end))


def frame_place(doc: Doc, places: Sequence[PlaceMention], sent_index: int) -> PlaceMention | None:
    """The fronted frame of the nearest earlier sentence that names a place, when every
    sentence between names none and no paragraph break intervenes (see the module doc)."""
    named = [p for p in places if p.sent_index < sent_index and p.place is not None]
    if not named:
        return None
    last = max(p.sent_index for p in named)
    sents = sentences(doc)
    if last >= len(sents) or sent_index >= len(sents):
        return None
    after = max(p.end for p in named)  # the paragraph may break in or after that sentence
    between = doc_text(doc)[after : sents[sent_index].start_char]
    if "\n\n" in between or "\r\n\r\n" in between:
        return None
    return sentence_frame(doc, named, last)


def paragraph_place(
    doc: Doc,
    places: Sequence[PlaceMention],
    sent_index: int,
    pick: Callable[[int], PlaceMention | None],
) -> PlaceMention | None:
    """The place ``pick`` takes in the nearest sentence of the same paragraph that names one,
    earlier sentences first, then later ones: a short report ("Residents protested in front
    of the town hall in Vale Verde. Police fired tear gas. Two were arrested.") happens in
    the one place it names. A paragraph break stops the search."""
    named = {p.sent_index for p in places if p.place is not None and p.sent_index != sent_index}
    if not named:
        return None
    sents, text = sentences(doc), doc_text(doc)
    if sent_index >= len(sents):
        return None
    earlier = sorted((i for i in named if i < sent_index), reverse=True)
    later = sorted(i for i in named if sent_index < i < len(sents))
    for side in (earlier, later):
        for i in side:
            low, high = sorted((i, sent_index))
            if _breaks(text[sents[low].start_char : sents[high].end_char]):
                break
            found = pick(i)
            if found is not None:
                return found
    return None


def _breaks(text: str) -> bool:
    return "\n\n" in text or "\r\n\r\n" in text


def sentence_frame(
    doc: Doc, places: Sequence[PlaceMention], sent_index: int
) -> PlaceMention | None:
    """The first resolved place of sentence ``sent_index`` in a fronted frame (not a
    container of the name before it), or ``None``."""
    candidates = [p for p in places if p.sent_index == sent_index and p.place is not None]
    outer = containers(candidates, doc_text(doc))
    for place in candidates:
        span = char_span(doc, place.start, place.end)
        if place.start not in outer and span is not None and fronted(span):
            return place
    return None


def within_frame(
    doc: Doc, chosen: PlaceMention, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The frame of ``chosen``'s sentence when ``chosen`` is a town far from the frame's
    town in the same country: "in Sinop, Mato Grosso, a man was stabbed in Sao Cristovao
    neighbourhood" names a quarter of Sinop, not the namesake town 2,000 km away. ``None``
    when ``chosen`` stands."""
    if chosen.place is None or not _town(chosen):
        return None
    earlier = [p for p in places if p.start < chosen.start and p.sent_index == chosen.sent_index]
    frame = sentence_frame(doc, earlier, chosen.sent_index) if earlier else None
    if frame is None or frame.place is None or not _town(frame):
        return None
    if chosen.place.country != frame.place.country:
        return None  # which of the two is the namesake abroad is not for this rule to say
    return frame if place_km(frame.place, chosen.place) > FRAME_REACH_KM else None


def far_container(
    doc: Doc,
    chosen: PlaceMention,
    places: Sequence[PlaceMention],
    joins: Callable[[str], bool],
    division_word: Callable[[str], bool],
) -> PlaceMention | None:
    """The town named as ``chosen``'s container ("Shehpur area of Ahmedabad city", "X, Y",
    "X (Y)") when ``chosen`` reads as a town far from it in the same country, no surer than
    it: the reading is a namesake of a place inside the container, which must read as its
    own name ("Jalesar town" is Jalesar; "Bahia" read as Salvador is no container town, nor a
    name before a division word). ``joins``: the words that
    may stand between a name and its container ("of", "area", "district"); ``division_word``:
    the words after a name that make it a division ("state", "region")."""
    after = [p for p in places if p.sent_index == chosen.sent_index and p.start >= chosen.end]
    outer = min(after, key=lambda p: p.start, default=None)
    if outer is None or outer.place is None or chosen.place is None:
        return None
    between = doc_text(doc)[chosen.end : outer.start].replace(",", " ").replace("(", " ")
    words = between.lower().split()
    if len(words) > CONTAINER_WORDS or not all(joins(word) for word in words):
        return None
    if not (_town(chosen) and _town(outer)) or chosen.place.country != outer.place.country:
        return None
    # "Bahia" read as Salvador, "Turkistan region" as its seat: a division, not a town.
    rest = doc_text(doc)[outer.end :].split(maxsplit=1)
    named, _, last = normalise_name(outer.text).rpartition(" ")
    named = named if named and joins(last) else normalise_name(outer.text)  # "Jalesar town"
    if not own_name(outer.place.name, named) or (
        rest and division_word(rest[0].strip(",.;)").lower())
    ):
        return None
    surer = (outer.place.score or 0.0) >= (chosen.place.score or 0.0)
    return outer if surer and place_km(outer.place, chosen.place) > FRAME_REACH_KM else None


def _town(mention: PlaceMention) -> bool:
    code = mention.place.feature_code if mention.place is not None else None
    return (code or "PPL").startswith("PPL")


def dateline_place(doc: Doc, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline opening the text ("BAKU, Aug 20 (Reuters) -"), if any."""
    # The opening words only (this runs once per event: no walk over the whole text).
    words = list(islice((token for token in doc if not token.is_space), DATELINE_TOKENS + 1))
    for place in places:
        if place.place is None or not words or place.start > words[-1].idx:
            continue
        span = char_span(doc, place.start, place.end)
        if span is None or span.end >= len(doc):
            continue
        mark = doc[span.end].text
        # "BAKU, Aug 20" or "Baku (AP) -": a capitalised opening "Paris, Texas, is" is not one,
        # unless the text splitter cut it off as a dateline ("Baku, Aug 20 -").
        marked = mark in DATELINE_MARKS and (
            span.text.isupper() or mark != "," or cut_dateline(doc, span.start)
        )
        if span.start <= words[0].i + DATELINE_TOKENS and marked:
            return place
    return None


def main_country(places: Sequence[PlaceMention]) -> str | None:
    """The country most of ``places`` resolve to, when one leads (else ``None``); each
    reading weighs its score, so a sure "Mogadishu" outweighs two doubtful readings of
    "Hodan" as a Chinese town, and countries count only when nothing smaller is named."""
    named = [p.place for p in places if p.place is not None and p.place.country]
    # Towns and divisions say where; a country named beside them ("deported from Turkey to
    # Idlib") weighs only when the sentence names nothing smaller.
    smaller = [place for place in named if place.feature_code != "PCLI"] or named
    weights: dict[str, float] = {}
    for place in smaller:
        score = 1.0 if place.score is None else place.score
        weights[str(place.country)] = weights.get(str(place.country), 0.0) + score
    ranked = sorted(weights.items(), key=lambda item: -item[1])[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
