"""The event's place when the parse ties none: a place named with its containers.

Conflict notes locate an event by listing a place with the divisions it lies in: "raids in
Owode (Egbado South LGA, Ogun)", "On 28 April, Carora, Lara state, drivers protested",
"in Diafarabe (Tenenkou, Mopti), the projectiles fell ...". The small parser often hangs
such a list off the subject or off a later clause, and :func:`~.tie.place_for_event` then
finds no place of the event's clause (``ONLY_ACTORS``, ``NO_PLACE_IN_CLAUSE``). A name
given with its container ("X, Y" or "X (Y)", Y a larger place of the same country) is an
address, never a government speaking for its country ("Washington said"), so a reader puts
the event there: the first such listed place of the event's sentence that is not one of
the event's actors, the named place itself unless its reading is doubtful, else its
container (reason :data:`LISTED`). Names in no such list keep the tie's answer ("sent aid
after riots erupted in Baku" is not in Baku).

Example:
    >>> LISTED.startswith("a place named with its container")
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention, PlaceMention
from ..nlp.docmemo import char_span, doc_text
from .party import named_as_party
from .scene import CONTAINER_MARKS, SIZE_RANK
from .tie import DOUBTFUL, NO_PLACE_IN_CLAUSE, ONLY_ACTORS, modifies_thing, shared_lexicon
from .tie import place_for_event as clause_place_for_event

if TYPE_CHECKING:
    from spacy.tokens import Doc

LISTED = "a place named with its container in the event's sentence (the parse ties none)"
_WORD = re.compile(r"\w+|[^\w\s]")
# The tie's reasons after which a listed place is sought (the sentence names places).
RETRY = frozenset({ONLY_ACTORS, NO_PLACE_IN_CLAUSE})


def place_for_event(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> tuple[PlaceMention | None, str | None]:
    """:func:`~.tie.place_for_event`, else the sentence's listed place (module docstring)."""
    place, reason = clause_place_for_event(doc, event, places)
    if place is None and reason in RETRY:
        found = listed_place(doc, event, places)
        if found is not None:
            return found, LISTED
    return place, reason


def listed_place(
    doc: Doc, event: EventMention, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The first place of the event's sentence named with its container, or the container
    when the place's own reading is doubtful; None without such a list."""
    same = [p for p in places if p.sent_index == event.sent_index and p.place is not None]
    if len(same) < 2:
        return None
    actors = {
        i
        for actor in (event.source, event.target)
        if actor is not None
        for i in range(actor.start, actor.end)
    }
    text = doc_text(doc)
    for inner, container in zip(same, same[1:], strict=False):
        if not _contains(inner, container, text):
            continue
        if not (_free(doc, inner, actors) and _free(doc, container, actors)):
            continue
        score = inner.place.score if inner.place is not None else None
        return container if score is not None and score < DOUBTFUL else inner
    return None


def _contains(inner: PlaceMention, outer: PlaceMention, text: str) -> bool:
    """``outer`` names where ``inner`` lies: "X, Y", "X (Y", "X Town, Y District" (kind
    words may close the inner name), Y no smaller a kind of place in the same country."""
    if inner.place is None or outer.place is None or inner.end > outer.start:
        return False
    if inner.place.country != outer.place.country or _rank(inner) > _rank(outer):
        return False
    return _joined(inner, outer, text)


def _joined(inner: PlaceMention, outer: PlaceMention, text: str) -> bool:
    """Only a comma or an opening bracket stands between the names, after kind words."""
    lexicon = shared_lexicon()
    words = _WORD.findall(text[inner.end : outer.start].lower())
    while words and (lexicon.kind_of_word(words[0]) or words[0] in lexicon.place_nouns):
        words.pop(0)
    return "".join(words) in CONTAINER_MARKS


def _rank(mention: PlaceMention) -> int:
    code = mention.place.feature_code if mention.place is not None else None
    return SIZE_RANK.get(code or "", 0)


def _free(doc: Doc, place: PlaceMention, actors: set[int]) -> bool:
    """The place is neither an actor of the event, nor a party, nor a thing's modifier."""
    span = char_span(doc, place.start, place.end)
    if span is None or any(token.i in actors for token in span):
        return False
    return not (named_as_party(doc, place) or modifies_thing(span))
