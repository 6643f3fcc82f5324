"""A place an actor comes from is not where the event happened, when the clause names another.

"Police arrested a man from Kayes in Bamako" happened in Bamako: "from Kayes" says where the
man comes from, as "a trader from Afrin" or "students from Jos" do. The tie
(:func:`~.tie.place_for_event`) takes the most specific place of the clause, nearest to the
trigger first, and so often the origin. A name that is the object of "from" after a noun of
one of the event's actors is an origin (not after a verb: "fled from Kayes"; not after a
thing: "a rocket from Gaza" says where the blow came from; not after a place or distance
word: "5 km from Kayes"): the event's place is then sought again without it, and a place
the parse ties to the event's clause, or one after a preposition of place in its sentence,
takes its place. With no other place the origin stays ("police arrested a man from Kayes":
the best a reader has).

Example:
    >>> "km" in DISTANCE_WORDS
    True
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from ..models import EventMention, PlaceMention
from ..nlp.docmemo import char_span
from .tie import SENTENCE, actor_tokens, shared_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DISTANCE_WORDS = frozenset(
    {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles"}
    | {"metre", "metres", "meter", "meters", "m", "way", "distance", "journey", "trip"}
)
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
# The answers of a clause's own place, the ones another place of the clause may replace.
CLAUSE_ANSWERS = frozenset({None, SENTENCE})

Finder = Callable[
    ["Doc", EventMention, Sequence[PlaceMention]], tuple[PlaceMention | None, str | None]
]


def origin_span(span: Span, actors: Collection[int]) -> bool:
    """The name is the object of "from" after a noun of an actor (``actors``: its token
    indices) that is no place or distance word: "a man from Kayes", "traders from Afrin and
    Azaz"."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.i == prep.i or owner.pos_ not in _NOUNS or owner.i not in actors:
        return False
    lexicon = shared_lexicon()
    words = lexicon.place_nouns | DISTANCE_WORDS
    return owner.lower_ not in words and lexicon.kind_word(owner) is None


def without_origin(
    doc: Doc,
    event: EventMention,
    places: Sequence[PlaceMention],
    found: tuple[PlaceMention | None, str | None],
    finder: Finder,
) -> tuple[PlaceMention | None, str | None]:
    """``found`` (``finder``'s answer), or the clause's other place when ``found`` is where
    someone comes from (module docstring)."""
    place, reason = found
    if place is None or reason not in CLAUSE_ANSWERS or place.sent_index != event.sent_index:
        return found
    span = char_span(doc, place.start, place.end)
    actors = actor_tokens(event.source, event.target)
    if span is None or not origin_span(span, actors):
        return found
    others = [p for p in places if p is not place]
    other, why = finder(doc, event, others)
    if other is None or why not in CLAUSE_ANSWERS or other.sent_index != event.sent_index:
        return found
    return other, why
