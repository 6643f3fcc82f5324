"""Tying a place to an event: the most specific place in the event's own clause.

A place is tied when it hangs (through the parse) below the event's clause head — the
trigger, or the verb a nominal trigger is the object of ("carried out an attack in X") —
without crossing into another clause (a complement, adverbial, relative or conjoined
clause with its own verb). Places that are the event's actors ("Azerbaijan" as source) are
not its location, unless named as where it happens ("sent aid to Azerbaijan"), and then only
when the clause names no other place. A place in an actor's slot is an actor too, even when
the actor coder did not take it (metonymy): the subject or its conjuncts ("Washington said",
"the United States and Britain vetoed"), a possessor ("Moscow's envoy") or a name modifying
a noun there ("Beijing officials warned"), unless a preposition of place intervenes ("troops
in Baku attacked"). Among tied places those in the sentence's main country come first ("in
Tieba (Bankass, Mopti)": a Senegalese namesake of a Malian village loses), then the most
specific (place < ADM2 < ADM1 < country), then the nearest to the trigger.

When the parse ties no place, or only a sea or a region ("on the Pacific road", "at the Red
Sea port"), a reader still puts the event where the sentence says things
happened: a place after a preposition of place ("On 9 May, in Carvajal, Trujillo state,
residents went out to protest"; "in Al Hazm district (Al Jawf)"), outside any subordinate
clause of the event ("sent aid after riots erupted in Baku" is not in Baku), with reason
``SENTENCE``. Then the lead takes the dateline's place ("BAKU, Aug 20 -", ``DATELINE``); else
any other place of the event's sentence outside the event's subordinate clauses and the
actors' slots ("air raids were reported on Sirwah district", ``ELSEWHERE``: a reader still
puts the raids there). An event in a sentence naming no place at all takes the previous
sentence's place, after a preposition of place first ("In Tegucigalpa, gang members clashed
with police. One was injured.", ``PREVIOUS``), else anywhere outside its actor slots.
Further back a fronted frame reaches first, in the same paragraph with no place named since
("On 4 May, in Sao Goncalo, police raided a favela. A shoot-out broke out. Police seized
guns.", ``SCENE``; see :mod:`.scene`); last, the nearest sentence of the paragraph that
names a place, earlier ones first, then later ones (``PARAGRAPH``: "Police raided a depot
in Gyumri. Officers searched it. One was injured." - a short report happens in the one
place it names; on the TUNE part of acled_dev this took the top event's place @161 km from
0.808 to 0.818). A town tied to the event far from the sentence's fronted town gives way
to it (``FRAME``: "in Sinop, Mato Grosso, a man was stabbed in Sao Cristovao neighbourhood"
is not the namesake town 2,000 km away). A name that modifies a thing ("the US dollar
exchange rate", "Molotov cocktails") is never the event's place. Among candidates, a
doubtful reading (score below :data:`DOUBTFUL`) gives way to a sure one ("near Kamianka,
Donetsk" with Kamianka matched to a far namesake).

Example:
    >>> SPECIFICITY["PPL"] < SPECIFICITY["ADM1"] < SPECIFICITY["PCLI"]
    True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention, PlaceMention
from ..nlp.docmemo import char_span, doc_text, doc_words, heads_of
from ..nlp.syntax import NOMINAL_CLIMB_DEPS as NOMINAL_CLIMB
from ..nlp.syntax import SUBCLAUSE_DEPS as CLAUSE_DEPS
from ..nlp.syntax import VERBAL_POS as VERBAL
from ..nlp.syntax import modifies_noun, possesses_noun, sequenced_gerund
from .feature import town_of_feature
from .find import PlaceLexicon
from .gazetteer import AREAS
from .parties import actor_slot, scene_of_act, sibling_party
from .party import named_as_party
from .scene import (
    LOCATIVE_PREPOSITIONS,
    containers,
    dateline_place,
    far_container,
    frame_place,
    located_inner,
    locative_opener,
    main_country,
    own_clause,
    paragraph_place,
    within_frame,
)
from .slot import place_of
from .struck import attacked_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPECIFICITY = MappingProxyType({"PPL": 0, "PPLC": 0, "ADM2": 1, "ADM1": 2, "ADMD": 2, "PCLI": 3})
MAX_CLIMB = 3

NO_PLACE_IN_SENTENCE = "no place named in the event's sentence"
NO_PLACE_IN_CLAUSE = "no place in the event's clause"
ONLY_ACTORS = "the only places in the event's clause are its actors"
NO_TRIGGER = "the event's trigger is outside the document"
DATELINE = "the place of the article's dateline (lead sentence)"
SENTENCE = "a place of the event's sentence after a preposition of place (outside its clause)"
PREVIOUS = "the place of the previous sentence (the event's sentence names none)"
ELSEWHERE = "a place named elsewhere in the event's sentence (not tied to it by the parse)"
SCENE = "the fronted place of an earlier sentence (the sentences since name none)"
PARAGRAPH = "the place of the nearest sentence of the event's paragraph that names one"
FRAME = "the town of the sentence's fronted frame (the place tied lies too far to be in it)"
CONTAINER = "the town named as the place's container (its reading lies too far to be in it)"
CONTAINER_JOINS = frozenset({"of", "the"})
# Clauses of their own below the event: what happens there is another event ("after riots
# erupted in Baku"). Coordinated verbs ("were killed and wounded in X") share the place.
# An open complement shares the event's subject and scene ("used water cannon to disperse
# protesters in Belgrade"): its places are the clause's.
_OWN_SCENE_DEPS = CLAUSE_DEPS - {"xcomp"}
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "relcl", "csubj", "acl"})
# A reading this unsure (its share among the name's readings times the match's certainty)
# gives way to a surer place of the same clause.
DOUBTFUL = 0.25


def clause_head(trigger: Token) -> Token:
    """The token whose subtree is the event's clause."""
    head = trigger
    for _ in range(MAX_CLIMB):
        if head.pos_ in VERBAL or head.dep_ not in NOMINAL_CLIMB or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ in VERBAL else trigger


def in_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` is below ``head`` without passing another clause's verb."""
    # Indices and the document's strings: spaCy makes a new Token on every ``.head``.
    heads, words = heads_of(token.doc), doc_words(token.doc)
    pos, dep = words.pos, words.dep
    current = token.i
    while current != head.i:
        if heads[current] == current:
            return False  # reached the sentence root without meeting the clause head
        # "before visiting Kyiv, X met Y in Warsaw": the visit's place is the visit's
        own = dep[current] in _OWN_SCENE_DEPS or sequenced_gerund(token.doc, current)
        if current != token.i and pos[current] in VERBAL and own:
            return False
        current = heads[current]
    return True


def actor_tokens(*actors: ActorMention | None) -> set[int]:
    return {i for actor in actors if actor is not None for i in range(actor.start, actor.end)}


def place_for_event(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    """The place of the event's clause, or ``(None, reason)`` when there is none.

    A lead event without a place of its own takes the dateline's, with reason ``DATELINE``.

    Example:
        >>> place_for_event(doc, event, places)        # doctest: +SKIP
        (PlaceMention(text='Tovuz', ...), None)
    """
    place, reason = _place_for_event(doc, event, places)
    if place is not None and reason not in (DATELINE, SCENE):
        frame = within_frame(doc, place, places)
        if frame is not None:
            return frame, FRAME
        outer = far_container(doc, place, places, _joins_container, _division_word)
        if outer is not None:
            return outer, CONTAINER
    return place, reason


def _is_area(mention: PlaceMention) -> bool:
    """A sea, an ocean, a region or a continent (not a disputed or historical state)."""
    code = mention.place.feature_code if mention.place is not None else None
    return code in AREAS and code not in ("ADMD", "PCLH")


def _attacked(token: Token) -> bool:
    """The place an attack noun is "on" ("a drone strike on Odesa"): a scene, in any slot."""
    return attacked_place(token, shared_lexicon())


def _division_word(word: str) -> bool:
    return shared_lexicon().kind_of_word(word) == "admin"


def _joins_container(word: str) -> bool:
    """A word that may stand between a name and its container ("area of", "district")."""
    lexicon = shared_lexicon()
    kind = lexicon.kind_of_word(word)
    return word in CONTAINER_JOINS or word in lexicon.place_nouns or kind is not None


def _place_for_event(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    if not 0 <= event.trigger_start < event.trigger_end <= len(doc):
        return None, NO_TRIGGER
    places = [p for p in places if not named_as_party(doc, p)]  # "talks between A and B"
    dateline = dateline_place(doc, places)
    # The dateline says where the story was filed, not what happened there: not a clause place.
    others = [p for p in places if p is not dateline]
    place, reason = _clause_or_town(doc, event, others)
    if place is None and reason != ONLY_ACTORS:
        found = _sentence_place(doc, event, others, event.sent_index)
        if found is not None:
            return found, SENTENCE
    if place is None and dateline is not None and event.sent_index <= dateline.sent_index + 1:
        return dateline, DATELINE
    if place is None and reason != NO_PLACE_IN_SENTENCE:
        found = _sentence_place(doc, event, others, event.sent_index, anywhere=True)
        if found is not None:
            return found, ELSEWHERE
    if reason == NO_PLACE_IN_SENTENCE and event.sent_index > 0:
        previous = event.sent_index - 1
        found = _sentence_place(doc, event, others, previous) or _sentence_place(
            doc, event, others, previous, anywhere=True
        )
        if found is not None:
            return found, PREVIOUS
        frame = frame_place(doc, others, event.sent_index)
        if frame is not None:
            return frame, SCENE
    if reason == NO_PLACE_IN_SENTENCE:
        found = paragraph_place(doc, others, event.sent_index, _picker(doc, event, others))
        if found is not None:
            return found, PARAGRAPH
    return place, reason


def _picker(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> Callable[[int], PlaceMention | None]:
    """The place :func:`_sentence_place` takes in a sentence: after a preposition of place
    first, else anywhere outside the actors' slots."""

    def pick(sent_index: int) -> PlaceMention | None:
        return _sentence_place(doc, event, places, sent_index) or _sentence_place(
            doc, event, places, sent_index, anywhere=True
        )

    return pick


def _clause_or_town(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    """:func:`_clause_place`, unless it is a sea or a region and the sentence names a town
    after a preposition of place ("on the Pacific road", "at the Red Sea port")."""
    place, reason = _clause_place(doc, event, places)
    if place is not None and _is_area(place):
        found = _sentence_place(doc, event, places, event.sent_index)
        if found is not None and not _is_area(found):
            return found, SENTENCE
    return place, reason


def _clause_place(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    same = [p for p in places if p.sent_index == event.sent_index and p.place is not None]
    if not same:
        return None, NO_PLACE_IN_SENTENCE
    trigger = doc[event.trigger_start : event.trigger_end].root
    head = clause_head(trigger)
    actors, target = actor_tokens(event.source, event.target), actor_tokens(event.target)
    tied, actor_only, things = [], False, 0
    for place in same:
        span = char_span(doc, place.start, place.end)
        if span is not None and modifies_thing(span):
            things += 1  # "the US dollar exchange rate" names a currency, no place
            continue
        if span is None or not in_clause(span.root, head):
            continue
        if sibling_party(span.root, actors):
            continue  # "visited Kyiv and Moscow": Moscow is the other visit's
        is_actor = any(token.i in actors for token in span) or actor_slot(span.root, head)
        scene = scene_of_act(span.root, event.cameo, target)
        if is_actor and not (_destination(span) or scene or _attacked(span.root)):
            actor_only = True
            continue
        tied.append((place, span.root.i, is_actor))
    if not tied and things == len(same):
        return None, NO_PLACE_IN_SENTENCE  # only things named after places: no place at all
    if not tied:
        return None, ONLY_ACTORS if actor_only else NO_PLACE_IN_CLAUSE
    focus, outer = main_country(same), containers(same, doc_text(doc))
    best = min(
        tied, key=lambda item: _preference(item[0], item[1], trigger.i, item[2], focus, outer)
    )
    inner = located_inner(doc, same, best[0], actors) if best[0].start in outer else None
    return inner or best[0], None


def _sentence_place(
    doc: Doc,
    event: EventMention,
    places: Sequence[PlaceMention],
    sent_index: int,
    *,
    anywhere: bool = False,
) -> PlaceMention | None:
    """The best place of sentence ``sent_index`` named after a preposition of place (with
    ``anywhere``, wherever it stands, but never in an actor's slot: "Washington said").

    In the event's own sentence, places inside a subordinate clause of the event and the
    event's actors are left out (see :func:`place_for_event`).
    """
    same = [p for p in places if p.sent_index == sent_index and p.place is not None]
    trigger = doc[event.trigger_start : event.trigger_end].root
    head = clause_head(trigger)
    actors = actor_tokens(event.source, event.target)
    found = []
    for place in same:
        span = char_span(doc, place.start, place.end)
        if span is None or not (anywhere or _after_preposition(span)) or modifies_thing(span):
            continue
        if anywhere and actor_slot(span.root, span.sent.root) and not _after_preposition(span):
            continue
        if sent_index == event.sent_index and (
            any(token.i in actors for token in span) or subordinate(span.root, head)
        ):
            continue
        found.append((place, span.root.i))
    if not found:
        return None
    focus, outer = main_country(same), containers(same, doc_text(doc))
    return min(
        found, key=lambda item: _preference(item[0], item[1], trigger.i, False, focus, outer)
    )[0]


def _after_preposition(span: Span) -> bool:
    """A preposition of place opens the list the name is part of ("in X, Y state (Z)")."""
    return locative_opener(span) is not None


def modifies_thing(span: Span) -> bool:
    """The name modifies a later common noun that is no place word: "the US dollar exchange
    rate", "Molotov cocktails" name things (a place still: "Karak area", "Tovuz district")."""
    lexicon = shared_lexicon()
    # "in Cosoleacaque, Veracruz, armed men ...": a name closed by a comma modifies nothing.
    if span.end < len(span.doc) and span.doc[span.end].text == ",":
        return False

    def placed(head: Token) -> bool:
        return head.lower_ in lexicon.place_nouns or bool(lexicon.kind_word(head))

    # "China's firm position", "China's Ambassador": a possessor is no scene either
    return modifies_noun(span, placed) or possesses_noun(span, placed)


@lru_cache(maxsize=1)
def shared_lexicon() -> PlaceLexicon:
    """The packaged place lexicon, loaded once per process for the event-place rules (the
    tie and :mod:`.listed` read the same copy)."""
    return PlaceLexicon.load()


def subordinate(token: Token, head: Token) -> bool:
    """``token`` is inside a subordinate clause below ``head`` with a subject of its own (its
    own event, elsewhere); a participle or relative clause continues the event's scene."""
    current, crossed = token, False
    while current.i != head.i:
        if current.head.i == current.i:
            return False  # not below the event's clause at all: a frame of the sentence
        if current.i != token.i and current.pos_ in VERBAL and current.dep_ in SUBORDINATE_DEPS:
            crossed = crossed or own_clause(current)
        current = current.head
    return crossed


def _destination(span: Span) -> bool:
    """An actor named as where the event happens: "sent aid to Azerbaijan", "talks in China";
    also when the parse hangs the name elsewhere but a preposition of place opens its list
    ("in the area of Mexico City, workers ...", "in As Sabaa (Tripoli)") or a place noun and
    "of" go before it."""
    token = span.root
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if _after_preposition(span):
        return True
    # "residents of Kasoa demonstrated", "the outskirts of Aleppo came under fire"
    lower = doc_words(span.doc).lower
    before = span.start - 1
    return before > 0 and lower[before] == "of" and place_of(lower[before - 1], shared_lexicon())


def _preference(
    place: PlaceMention,
    index: int,
    trigger: int,
    is_actor: bool,
    focus: str | None = None,
    outer: frozenset[int] = frozenset(),
) -> tuple[bool, bool, bool, bool, int, int]:
    # Places that are not the actors first, then those in the sentence's main country (a
    # lone namesake abroad is a wrong reading), then the sure readings (a village matched
    # one letter off or by a far namesake's alternate name is likelier a place the
    # gazetteer lacks than a more specific place than its sure neighbours: "near Kamianka,
    # Donetsk"), then the places that no container of another ("in Ciudad Juarez,
    # Chihuahua", with Chihuahua read as the city), the most specific, the nearest.
    code = place.place.feature_code if place.place is not None else None
    abroad = focus is not None and place.place is not None and place.place.country != focus
    score = place.place.score if place.place is not None else None
    doubtful = (score is not None and score < DOUBTFUL) or town_of_feature(place)
    container = place.start in outer
    specific = SPECIFICITY.get(code or "", 0)
    return is_actor, abroad, doubtful, container, specific, abs(index - trigger)
