"""Verb rows whose words, said by this source of that target, are no act on anyone.

CONTRACT:

    drop = no_act(event, words)   # True: the rule event codes nothing (see below)
    contest(verb, words)          # "won the final against Germany" -> True
    composition(verb, source, words)  # "the GCC groups six Gulf states" -> True

Two such readings, each keyed on a word list of ``frames.toml`` [words]:

* an incursion verb's 150 with no armed source (:func:`.incursions.unarmed_incursion`:
  "Ukrainian refugees crossed into Poland's territory");
* a state's inspection of its own things (``inspection_verbs``): "Kim Jong Un inspected a
  missile launch", "the prime minister inspected flood-hit areas", "the defence minister
  inspected a naval base". CAMEO 090 investigates someone; a leader or a commander (a state
  sector, ``GOV`` or ``MIL``) touring their own country's sites, troops or tests investigates
  no one, and the country filled in as the target (``build.own_country``: PRKGOV -> PRK) or
  named (CHNGOV -> CHNMIL) is the source's own. Police, courts, inspectors and organisations
  investigate ("UN inspectors inspected the plant in Iran": IGOUNO -> IRNGOV stays).

Example:
    >>> from types import SimpleNamespace as NS
    >>> kim = NS(actor=NS(sector="GOV", country="PRK", code="PRKGOV"))
    >>> own = NS(actor=NS(sector=None, country="PRK", code="PRK"))
    >>> event = NS(cameo="090", pattern="verb:inspect", source=kim, target=own)
    >>> no_act(event, {"inspection_verbs": frozenset({"inspect"})})
    True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..nlp.syntax import OBJECT_DEPS
from .build import pattern_lemma
from .incursions import unarmed_incursion
from .keep import VERB_PATTERN

INVESTIGATE_ROOT = "09"
# Sectors of a state that tours its own sites: its government and its military.
TOURING_SECTORS = frozenset({"GOV", "MIL"})
# Where a contest verb names what was won: its object, or a word the parser reads as its
# complement ("acomp" beside the objects of nlp.syntax).
CONTEST_OBJECT_DEPS = OBJECT_DEPS | {"acomp"}


def no_act(event: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``event`` is an unarmed incursion or a state's inspection of its own things."""
    return unarmed_incursion(event, words) or own_inspection(event, words)


def own_inspection(event: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """A 09 of an inspection verb by a state's government or military on its own country (or
    on no one): the state touring its own sites, troops or tests."""
    if event.cameo[:2] != INVESTIGATE_ROOT or not event.pattern.startswith(VERB_PATTERN):
        return False
    return own_tour(pattern_lemma(event.pattern), event.source, event.target, words)


def own_tour(lemma: str, source: Any, target: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """``lemma`` is an inspection verb and ``source`` (an actor mention) a state's government
    or military inspecting its own country's things (``target`` of that country, or none): the
    classifier's fill is held to it as the rules are ("inspected a launch" is no 08 either)."""
    if lemma not in words.get("inspection_verbs", frozenset()):
        return False
    if source is None or source.actor.sector not in TOURING_SECTORS or not source.actor.country:
        return False
    if target is None:
        return True
    country = target.actor.country or target.actor.code
    return bool(country == source.actor.country)


def contest(verb: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """``verb`` (a spaCy Token) wins or loses a contest (``contest_verbs``) named by its object
    or the object of one of its prepositions (``contest_nouns``): "Brazil won the World Cup
    final against Germany", "France defeated England in the rugby semi-final", "a Chinese firm
    won a contract in Kenya". The winner does nothing to the loser that CAMEO codes, so the
    classifier fills no guessed root there; "the army defeated the rebels" names no contest."""
    if verb.lemma_.lower() not in words.get("contest_verbs", frozenset()):
        return False
    nouns = words.get("contest_nouns", frozenset())
    for child in verb.children:
        # "defeated England in the rugby semi-final": the parser may hang "final" on the verb
        if child.dep_ in CONTEST_OBJECT_DEPS and child.lemma_.lower() in nouns:
            return True
        if child.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in child.children
        ):
            return True
    return False


def composition(verb: Any, source: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """``verb`` (a spaCy Token) says what ``source`` (an actor mention) is made of
    (``composition_verbs``: "the GCC groups six Gulf states", "the bloc comprises ten
    members"): no act of the body on its members, so the classifier fills no guessed root.
    The source must be the verb's subject itself (or a name the parser hung on the verb
    before it): "China's aid package consisted of relief supplies" reports China's aid."""
    if verb.lemma_.lower() not in words.get("composition_verbs", frozenset()):
        return False
    heads = [c for c in verb.lefts if c.dep_ in ("nsubj", "compound")]
    return any(source.start <= head.i < source.end for head in heads)
