"""A lone name the NER took for a person or a thing that a verb of attack or movement takes
as its object: "drones hit Kharkiv" (tagged PERSON), "missiles struck Belgorod" (PRODUCT).
And the places such a verb takes as its object, of any size (:func:`target_keys`, read by
:func:`~.coherence.coherent`): "Russian forces shelled Vovchansk" is a Ukrainian town hit
from abroad, not a misreading to be dropped for want of a Russian namesake.

The small English model misreads single foreign names by their shape; the verb says the name
is somewhere that is hit, entered or visited. Only a large place is read so (a city of
:data:`LARGE_PLACE` people or a division as populous), and only when the name is the whole
entity: "Paris Hilton" or "Andrew Jackson" stay persons, and "Lincoln" or "Jackson" (towns of
fewer people) stay unread after any verb.

Example:
    >>> LARGE_PLACE
    300000
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .lexicon import PlaceLexicon
from .spelling import own_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .gazetteer import Candidate
    from .mention import Mention

LARGE_PLACE = 300_000
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})  # "hit Kharkiv", "Kharkiv was shelled"
_ATTACK_PREPS = frozenset({"on", "against", "upon"})  # "a strike on Odesa"


def struck_place(
    doc: Doc, start: int, end: int, candidates: Iterable[Candidate], lexicon: PlaceLexicon
) -> bool:
    """The one word ``start:end`` is a whole entity, the object of a place verb, and the name
    of a large place."""
    if end - start != 1 or not _whole_entity(doc, start):
        return False
    if not _object_of_place_verb(doc[start], lexicon):
        return False
    return any(c.population >= LARGE_PLACE for c in candidates)


def struck_keys(
    doc: Doc, spans: Sequence[tuple[int, int]], names: Sequence[Mention], lexicon: PlaceLexicon
) -> frozenset[str]:
    """The keys of large places a verb of attack takes as its object (:func:`struck_place`)."""
    return frozenset(
        name.key
        for name, (start, end) in zip(names, spans, strict=True)
        if struck_place(doc, start, end, name.candidates, lexicon)
    )


def target_keys(
    doc: Doc, spans: Sequence[tuple[int, int]], names: Sequence[Mention], lexicon: PlaceLexicon
) -> frozenset[str]:
    """The keys of places of any size a verb of attack or movement takes as its object, or
    troops move from or into (:func:`_moved_place`: "withdrew from Kherson"), spelt as some
    reading's own name ("shelled Vovchansk"; not a name that is only another place's
    alternate name)."""
    return frozenset(
        name.key
        for name, (start, end) in zip(names, spans, strict=True)
        if (
            _object_of_place_verb(doc[start:end].root, lexicon)
            or _moved_place(doc[start:end].root, lexicon)
        )
        and any(own_name(c.place.name, name.key) for c in name.candidates)
    )


def _whole_entity(doc: Doc, i: int) -> bool:
    """The token opens its entity and the next one does not continue it."""
    token = doc[i]
    if token.ent_iob_ != "B":
        return False
    return i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"


def _object_of_place_verb(token: Token, lexicon: PlaceLexicon) -> bool:
    """The object (or passive subject) of a place verb, or a name listed after one ("hit
    Kharkiv and Sumy"), or the place an attack noun is "on" ("a drone strike on Odesa"), also
    behind a kind word ("shelled the city of Kherson")."""
    token = _kind_named(token, lexicon)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj":
        return attacked_place(token, lexicon)
    return token.dep_ in _OBJECT_DEPS and head.pos_ == "VERB" and head.lemma_ in lexicon.place_verbs


def _kind_named(token: Token, lexicon: PlaceLexicon) -> Token:
    """The kind word a name follows after "of" ("the city of Kherson": "city"), else the name:
    the kind word stands in the name's slot of the clause."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of":
        return token
    kind = prep.head
    named = kind.lower_ in lexicon.city_words or kind.lower_ in lexicon.admin_words
    return kind if named and kind.i != prep.i else token


def attacked_place(token: Token, lexicon: PlaceLexicon) -> bool:
    """The object of "on"/"against" after a noun of attack, or of "of" after one that is a
    verb's noun ("the shelling of Kharkiv"; not "the attack of the Seray": "of" there is the
    attacker as often). Such a name is where the attack happened even inside the subject ("a
    drone strike on Odesa killed three"), not an actor's slot."""
    token = _kind_named(token, lexicon)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lemma_ not in lexicon.attack_nouns:
        return False
    if prep.lower_ in _ATTACK_PREPS:
        return True
    return prep.lower_ == "of" and noun.lower_.endswith("ing")


def _moved_place(token: Token, lexicon: PlaceLexicon) -> bool:
    """The object of a preposition of movement after a verb of troop movement ("withdrew
    from Kherson", "pulled out of Bakhmut": the preposition may hang on a particle), not a
    name with an article ("withdrew from the Seray")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in lexicon.movement_preps:
        return False
    if token.doc[token.left_edge.i].lower_ == "the":
        return False  # "marched from the Seray": a building or street, no town
    verb = prep.head
    if verb.dep_ in ("prep", "prt") and verb.lower_ in ("out", "back", "away"):
        verb = verb.head  # "pulled out of", "fell back to"
    return verb.pos_ == "VERB" and verb.lemma_ in lexicon.movement_verbs
