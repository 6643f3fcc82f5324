"""A nationality that names a side of a border is a place, not a party.

"M23 rebels captured the town of Bunagana near the Ugandan border", "border guards shot dead a
smuggler near the Indian border": "Ugandan" and "Indian" say where the town or the shooting
is, and the actor stage keeps them only as context (resolution ``context``) for the places
and countries of the story. As parties they became the target of the act (CODREBM23 ->
UGAGOV, BGDMIL -> INDGOV), though no one of that country was acted on. Forces massed or
deployed by a border are the exception: a show of force aimed at that side (CAMEO 15).

A country named alone as the far side of a border or the land of a coast is a place too:
"police arrested two men near the border with Kenya", "the navy seized a boat off the coast of
Somalia", "intercepted migrants in waters off Libya" act on no one of Kenya, Somalia or Libya
(all three were the target: KENGOV, SOMGOV, LBYGOV).

Example:
    >>> BORDER_NOUNS >= {"border", "frontier"}
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ActorMention
from .syntax import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss"})
CONTEXT = "context"
# Verbs of moving or keeping forces by a border, or of drills held there ("staged exercises off
# the coast of Cyprus"; spaCy's lemma of "staged" is "stag"): CAMEO 15 "exhibit force
# posture", aimed at that side.
POSTURE_VERBS = frozenset(
    {"mass", "amass", "deploy", "station", "gather", "concentrate", "mobilize", "mobilise",
     "build", "reinforce", "move", "send", "position", "stage", "stag", "hold", "conduct"}
)  # fmt: skip
# Prepositions that say where an act happened by the border.
LOCATING_PREPS = frozenset({"near", "along", "at", "on", "by", "across", "to"})
# Prepositions of being by a landmark; not "across" or "on" it, which reach its far side ("fired
# across the border with X").
NEAR_PREPS = frozenset({"near", "along", "at", "by", "off"})
# Nouns of a landmark whose "of"/"with" phrase names the country it belongs to or faces.
LANDMARK_NOUNS = BORDER_NOUNS | {"coast", "coasts", "coastline", "shore", "shores", "waters"}
LANDMARK_PREPS = frozenset({"of", "with"})


def border_side(doc: Doc, mention: ActorMention) -> bool:
    """``mention`` is a nationality kept as context that modifies a border noun in a phrase
    of where (:data:`LOCATING_PREPS`: "near the Ugandan border"), or a country alone that
    names a landmark's land (:func:`_landmark_country`: "off the coast of Somalia"), unless
    forces were moved or drills held there (:func:`_posture`)."""
    if not 0 < mention.end <= len(doc):
        return False
    if mention.actor.resolution != CONTEXT:
        return _landmark_country(doc, mention)
    last = doc[mention.end - 1]
    border = last.head
    if last.dep_ not in MODIFIER_DEPS or border.lower_ not in BORDER_NOUNS:
        return False
    # "near the Ugandan border": where; "shelled the Syrian border": what was shelled
    located = border.dep_ == "pobj" and border.head.lower_ in LOCATING_PREPS
    return located and not _posture(border)


def _landmark_country(doc: Doc, mention: ActorMention) -> bool:
    """``mention`` is a country alone (no sector) that names a landmark's land in a phrase of
    where ("near the border with Kenya", "off the coast of Somalia"), or follows "off" ("a
    boat in waters off Libya"), and no forces were moved there."""
    if mention.actor.sector:
        return False
    last = doc[mention.end - 1]
    prep = last.head
    if last.dep_ != "pobj":
        return False
    if prep.lower_ == "off" and prep.dep_ == "prep":  # "off Libya": only ever where
        return not _posture(last)
    # the parser hangs "with Kenya" on the verb as often as on "the border" before it
    landmark = doc[prep.i - 1] if prep.i > 0 and prep.head.i != prep.i - 1 else prep.head
    if prep.lower_ not in LANDMARK_PREPS or landmark.lower_ not in LANDMARK_NOUNS:
        return False
    located = landmark.dep_ == "pobj" and landmark.head.lower_ in NEAR_PREPS
    return located and not _posture(landmark)


def _posture(border: Token) -> bool:
    """Forces moved up to the border, or something staged, held or conducted there: "Russia
    massed troops near the Ukrainian border", "Turkey staged exercises off the coast of
    Cyprus" are shows of force aimed at that side (CAMEO 15), so it stays a party. "Hold"
    takes any object (a version that asked for drills cost ACLED check figures)."""
    verb = governing_verb(border)
    return verb is not None and verb.lemma_.lower() in POSTURE_VERBS
