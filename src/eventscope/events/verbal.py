"""Verbal attacks: one person "attacking" another with words is criticism (CAMEO 111).

CONTRACT:

    candidate = verbal_attack(candidate, sent, words)

CAMEO 111 "criticize or denounce" covers verbal attacks; the material codes an "attack" maps to
(18x assault, 19x conventional force) need violence. When a politician attacks a rival
("Clinton continued her attacks on Trump", "X has been attacked on the speeches by Y", "X
attacked Y in a speech"), both sides are people and the sentence names no weapon, harm or armed
force: the attack is made of words. Gunmen, troops or a country attacking someone, or a person
attacking another with a knife or leaving him wounded, stay material.

Parties, governments, legislators and the opposition attack each other with words too: "the BJP
attacked the Congress party over its remarks", "the opposition attacked the government over
rising prices". When every source is such a body (``political_sectors``), no target is an armed
one, and the attack is "over" or "for" an issue (not a time: "over the weekend"), it is 111.

The words come from ``frames.toml`` [words]: ``verbal_attack`` (trigger lemmas: the verb, or the
event noun a light verb carries out) and ``harm_cues`` (lemmas that make the attack physical).

Example:
    >>> PERSON_PRONOUNS >= {"he", "her"}
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..actors.userdict import packaged_people_names
from ..models import ActorMention
from ..nlp.docmemo import children_of, doc_words
from .build import Candidate
from .syntax import Group

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CRITICISE = "111"
# Material codes an "attack" row or noun gives: assault (18x) and conventional force (19x).
MATERIAL_ROOTS = frozenset({"18", "19"})
# Pronouns that stand for a person (coreference resolves them to a named actor).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# Entity labels of places and peoples: a sectorless name with one of them is a state, not a person.
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def verbal_attack(
    candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]
) -> Candidate:
    """``candidate`` recoded 111 when it is a person's attack on a person, or a political
    body's attack on another over an issue, with no harm named."""
    if candidate.code[:2] not in MATERIAL_ROOTS:
        return candidate
    trigger = sent.doc[candidate.trigger[1] - 1]
    if not _attack_lemmas(trigger) & words.get("verbal_attack", frozenset()):
        return candidate
    # a target the actor stage does not know ("attacked Romney") is read from the object
    attacked = _people(candidate.targets, sent) if candidate.targets else _named_object(trigger)
    spoken = attacked and _people(candidate.sources, sent)
    issue = None if spoken else _political_dispute(candidate, trigger, words)
    if not (spoken or issue):
        return candidate
    said = range(0) if issue is None else range(issue.left_edge.i, issue.right_edge.i + 1)
    lemmas = [t.lemma_ for t in sent if t.i not in said]  # "over its remarks on the army"
    if not words.get("harm_cues", frozenset()).isdisjoint(lemmas):
        return candidate
    candidate.code = CRITICISE
    return candidate


def _political_dispute(
    candidate: Candidate, trigger: Token, words: Mapping[str, frozenset[str]]
) -> Token | None:
    """The issue (its preposition or the speech clause) a political body attacks another over,
    if the attack is one (module docstring)."""
    political = words.get("political_sectors", frozenset())
    sources = [m.actor.sector for group in candidate.sources for m in group]
    targets = [m.actor.sector for group in candidate.targets for m in group]
    if not sources or not all(sector in political for sector in sources):
        return None
    if not all(sector in political or sector is None for sector in targets):
        return None
    speech = words.get("speech_verbs", frozenset())
    for item in trigger.children:  # "over its remarks", ", saying it had failed"
        if item.lower_ in ("over", "for") and _issue(item):
            return item
        if item.dep_ == "advcl" and item.tag_ == "VBG" and item.lemma_ in speech:
            return item
    return None


def _issue(prep: Token) -> bool:
    """ "over its remarks", "for failing the people": an issue, not a time ("over the weekend")."""
    found = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(found) and found[0].ent_type_ not in ("DATE", "TIME")


def _attack_lemmas(trigger: Token) -> set[str]:
    """The trigger's lemma and, for a light verb ("continued her attacks"), its object's."""
    words = doc_words(trigger.doc)  # strings and indices: no token per child
    lemmas = {words.lemma[trigger.i]}
    lemmas.update(
        words.lemma[i] for i in children_of(trigger.doc)[trigger.i] if words.dep[i] == "dobj"
    )
    return lemmas


def _named_object(trigger: Token) -> bool:
    """The attack's object is a person's name: the verb's direct object, or what follows
    "on" after the noun a light verb carries ("continued his attacks on Romney")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    for noun in list(objects):
        objects += [
            pobj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
    return any(_name(token) for token in objects)


def _name(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN" and token.ent_type_ not in PLACE_ENTS
    )


def _people(groups: list[Group], sent: Span) -> bool:
    """Every actor of ``groups`` is a person: a PERSON entity or a personal pronoun."""
    mentions = [mention for group in groups for mention in group]
    return bool(mentions) and all(_person(m, sent) for m in mentions)


def _person(mention: ActorMention, sent: Span) -> bool:
    """A personal pronoun, a PERSON entity, or a name of the packaged people list ("Merkel",
    which the small NER model may call an ORG; not "Russia" nor "the Kremlin")."""
    tokens = sent.doc[mention.start : mention.end]
    if len(tokens) == 1 and tokens[0].lower_ in PERSON_PRONOUNS:
        return True
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return True
    names = {tokens.text.lower(), (mention.actor.name or "").lower()}
    return bool(names & packaged_people_names())
