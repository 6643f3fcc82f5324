"""Countries named as the parties of a relation, not as where something happened.

"relations between Armenia and Azerbaijan", "talks with Iran", "a dispute with Kyrgyzstan",
"sanctions against Russia", "aid delivered by Egypt" (a passive's agent): the countries are
who the relation is between or who acts, and an event told in the same sentence ("soldiers
shelled villages, raising tensions between Armenia and Azerbaijan") did not happen in
"Armenia" for being named first. A reader takes event places from locative uses (in, at,
near X; X-based; the place of a verb). A town after "between" stays a place ("on the road
between Idlib and Sarmada"): only countries are parties. A country or a capital after the
"from" of a reaction ("drew condemnation from Belgrade", ``reaction_heads`` of the actor
rules) answers for its state: a party too.

Example:
    >>> sorted(PARTY_PREPOSITIONS)[:3]
    ['against', 'among', 'amongst']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.rules import ContextRules
from ..models import PlaceMention
from ..nlp.docmemo import char_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PARTY_PREPOSITIONS = frozenset({"between", "with", "against", "among", "amongst", "versus", "vs"})
# Links from a name up to the preposition of its list or phrase ("between Armenia and
# Azerbaijan": Azerbaijan is a conjunct of Armenia, the object of "between").
LIST_DEPS = frozenset({"conj", "appos", "compound", "amod", "nmod", "poss", "det", "cc"})
STATE_FEATURES = frozenset({"PCLI", "PPLC"})


def named_as_party(doc: Doc, place: PlaceMention) -> bool:
    """The place is a country and the object of a preposition of relation ("talks between
    A and B", "a dispute with X", "sanctions against X")."""
    if place.place is None or place.place.feature_code not in STATE_FEATURES:
        return False
    span = char_span(doc, place.start, place.end)
    preposition = _governing_preposition(span.root) if span is not None else None
    if preposition is None:
        return False
    if preposition.lower_ == "from":  # "a rebuke from Washington": who answers
        return ContextRules.shared().answers_from(preposition)
    if place.place.feature_code != "PCLI":
        return False
    # "aid was delivered by Egypt and the UAE": the passive's agents act, they are no place
    return preposition.lower_.rstrip(".") in PARTY_PREPOSITIONS or preposition.dep_ == "agent"


def _governing_preposition(token: Token) -> Token | None:
    """The preposition whose object ``token`` is, through the list or phrase it is part of."""
    current = token
    while current.dep_ in LIST_DEPS and current.head.i != current.i:
        current = current.head
    if current.dep_ == "pobj" and current.head.pos_ == "ADP":
        return current.head
    return None
