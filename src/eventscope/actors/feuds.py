"""People who fight as a community are an armed group, not civilians (UAF).

CONTRACT:

    drafts = with_feuding_sector(doc, drafts)   # same list, feuding civilians recoded UAF

The agent lexicon names people by their condition or work: tribesmen, villagers, residents
(CVL), herders and farmers (AGR). When they are the sides of a fight (clash, fight, battle,
skirmish) with one another ("herders and farmers clashed", "villagers clashed with herders")
they fight as communal militias, which CAMEO codes as unidentified armed forces (UAF; ACLED's
communal and ethnic militias), as :mod:`.armed` codes civilians said to be armed. A fight
named by a noun has its sides after "between" ("clashes between villagers and herders",
"clashes erupted between tribesmen and Houthi forces"). Tribesmen
and clansmen who fight are a tribal militia whoever they fight ("tribesmen clashed with
government forces"). Civilians who fight the state's agents are left alone: "residents clashed
with police" is a riot, its rioters civilians; and communities named by their people or faith
("Hindus and Muslims clashed") stay civilians, as ``tests/actors/test_actors_nationals.py`` has
them.

Example:
    >>> import spacy
    >>> with_feuding_sector(spacy.blank("en")("calm villagers"), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .drafts import Draft
from .named_groups import AGAINST_PREPS, FIGHT_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FEUDING_SECTOR = "UAF"
BETWEEN = "between"
# Sectors of people who fight only as a community (CAMEO primary roles of unarmed people).
COMMUNAL_SECTORS = frozenset({"CVL", "AGR"})
# Words of people who fight as their tribe's militia whoever the other side is.
TRIBAL_LEMMAS = frozenset({"tribesman", "tribesmen", "clansman", "clansmen"})
# A community named by its people or faith ("Hindus and Muslims clashed") stays civilians.
PEOPLE_ENTS = frozenset({"NORP"})


def with_feuding_sector(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with the communal ones that fight each other (or tribesmen who fight)
    coded UAF."""
    by_head = {d.end - 1: d for d in drafts}
    return [_feuding(doc, d, by_head) if _recodable(d) else d for d in drafts]


def _recodable(draft: Draft) -> bool:
    return draft.sector in COMMUNAL_SECTORS and not draft.code and not draft.person


def _feuding(doc: Doc, draft: Draft, by_head: dict[int, Draft]) -> Draft:
    head = doc[draft.end - 1]
    verb = _fight_verb(head)
    if verb is None or head.ent_type_ in PEOPLE_ENTS:  # "Hindus and Muslims": communities
        return draft
    if head.lemma_.lower() in TRIBAL_LEMMAS or head.lower_ in TRIBAL_LEMMAS:
        return replace(draft, sector=FEUDING_SECTOR, also=())
    others = [by_head.get(t.i) for t in _sides(verb) if t.i != head.i]
    sectors = {d.sector for d in others if d is not None}
    if sectors and sectors <= COMMUNAL_SECTORS | {FEUDING_SECTOR}:
        return replace(draft, sector=FEUDING_SECTOR, also=())
    return draft


def _fight_verb(head: Token) -> Token | None:
    """The fight word ``head`` is a side of: the verb it is the subject of (or a conjunct of
    it), the verb of its "with"/"against", or the fight noun of its "between" ("clashes
    between tribesmen and Houthi forces", also when "between" hangs on the verb: "clashes
    erupted between ..."); else None."""
    token = head.head if head.dep_ == "conj" else head
    if token.dep_ == "pobj" and token.head.lower_ == BETWEEN:
        return _fight_between(token.head)
    if token.dep_ == "nsubj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in AGAINST_PREPS:
        verb = token.head.head
    else:
        return None
    return verb if verb.lemma_.lower() in FIGHT_LEMMAS else None


def _fight_between(prep: Token) -> Token | None:
    """The fight noun a "between" belongs to: its head, or the subject of the verb it hangs
    on ("clashes erupted between ...")."""
    owner = prep.head
    if owner.lemma_.lower() in FIGHT_LEMMAS:
        return owner
    subject = next((c for c in owner.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lemma_.lower() in FIGHT_LEMMAS else None


def _sides(verb: Token) -> list[Token]:
    """The head words of every side of the fight ``verb`` (or fight noun): subjects, their
    conjuncts, the objects of its "with"/"against", and of its or its verb's "between"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    holders = [verb, verb.head] if verb.dep_ == "nsubj" else [verb]
    preps = [c for c in verb.children if c.lower_ in AGAINST_PREPS]
    preps += [c for h in holders for c in h.children if c.lower_ == BETWEEN]
    objects = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    heads = subjects + objects
    return heads + [c for t in heads for c in t.children if c.dep_ == "conj"]
