"""Demands voiced by a protest: the protest is the event, the demand its purpose.

CONTRACT:

    events = voiced_protests(doc, events)

A demand, appeal or criticism (CAMEO roots 10, 02 and 11) whose trigger is the participle,
purpose infinitive, "with" clause or coordinated verb of a clause that reports a protest act
("residents protested in X, demanding water", "students staged a sit-in to denounce the fees",
"a rally was held, with people calling for ...", "drivers held a protest convoy and called for
aid") is what the protest voiced. CAMEO 1041/1042: "Demands that take the form of
demonstrations, protests, etc. are coded under category 14 instead" (024x say the same of
appeals: "urging X to"); 141: "gather to protest a policy, action, or actor(s)". So the demand
becomes the protest's event (the code of the protest row of ``data/events/contentious.toml``:
141 for "protest", "gather", "sit-in"; 144 for "blocked the road"; 145 for "threw stones") on
the same source and target, or, where a protest event of the sentence is on that word, or a
protest or violence of that source is coded already ("pelted stones and clashed with police,
demanding X"), it is not coded a second time.

A demand with no protest act in its clause stays a demand: "the minister demanded X", and
"protesters demanded X" too, where the clause reports what was said, not a demonstration (the
word "protesters" only names who said it; CAMEO codes the reported act).

Example:
    >>> voiced_protests(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import EventMention
from .contentious import FORCE_SECTORS, ContentiousBook
from .keep import actor_key
from .reported import event_lemma, object_lemmas
from .state_protest import complains
from .stories import CLAIM_ROOTS, CONTENTIOUS_ROOTS
from .syntax import is_unreal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# demands, appeals ("calling for X") and criticism a protest may voice: its stated claim
DEMAND_ROOTS = CLAIM_ROOTS
PROTEST_ROOT = "14"
# Peaceful protest and strike rows: security forces too hold them ("retired soldiers gathered,
# demanding their pensions"); blocking roads or throwing stones by forces is no protest.
ANY_ACTOR_CODES = frozenset({"141", "143"})
# Links from a demand up to the clause it is the purpose of: participle or infinitive
# ("advcl", "xcomp"), coordination, "with people demanding" ("pcomp" of "with" of the verb), a
# participle the parser hangs on the place ("acl" of the "pobj" of a "prep"), or the noun's own
# participle ("a rally calling for X").
LINKS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "pobj"})
MAX_STEPS = 4
# Parts of a light verb that name the event it holds ("held a protest", "a rally was held",
# "held a vigil and a protest", "held a protest convoy").
HELD = frozenset({"dobj", "nsubjpass"})
PATTERN = "voiced:"


def voiced_protests(
    doc: Doc | None, events: Sequence[EventMention], book: ContentiousBook | None = None
) -> list[EventMention]:
    """``events`` with each demand voiced by a protest coded as that protest (module doc)."""
    if doc is None or not any(e.cameo[:2] in DEMAND_ROOTS for e in events):
        return list(events)
    book = book if book is not None else ContentiousBook.load()
    kept: list[EventMention] = []
    for event in events:
        # the protests coded so far count too: "protested, demanding X and denouncing Y" is one
        voiced = (
            _as_protest(doc, event, [*events, *kept], book)
            if event.cameo[:2] in DEMAND_ROOTS
            else event
        )
        if voiced is not None:
            kept.append(voiced)
    return kept


def _as_protest(
    doc: Doc, event: EventMention, events: Sequence[EventMention], book: ContentiousBook
) -> EventMention | None:
    """The protest ``event`` voiced, ``None`` when that protest is coded already, or ``event``."""
    found = protest_of(doc[event.trigger_start], book)
    if found is None:
        return event
    word, code = found
    if event.source is not None and complains(word, event.source.actor):
        return event  # "India protested the arrest and asked X to": a state's complaint
    sector = event.source.actor.sector if event.source is not None else None
    if code not in ANY_ACTOR_CODES and sector in FORCE_SECTORS:
        return event  # "police blocked the road, demanding papers": no protest
    if any(_coded(other, event, word) for other in events):
        return None
    # The trigger stays the demand's word: what the demand is about stays said inside the
    # event ("demanding a sentence for the driver who killed X": no second event, embedded.py).
    return replace(event, cameo=code, pattern=f"{PATTERN}{event_lemma(word)}")


def _coded(other: EventMention, demand: EventMention, word: Token) -> bool:
    """``other`` codes the act already: a protest on the protest word, or a protest or violence
    of the demand's source in its sentence ("pelted stones and clashed with police, demanding
    X": the clash is the event, the demand no second one)."""
    if other.sent_index != demand.sent_index:
        return False
    root = other.cameo[:2]
    if other.trigger_start == word.i and root == PROTEST_ROOT:
        return True
    return root in CONTENTIOUS_ROOTS and actor_key(other.source) == actor_key(demand.source)


def protest_of(trigger: Token, book: ContentiousBook) -> tuple[Token, str] | None:
    """The protest word (and its code) of the clause ``trigger`` is the purpose of, if any.

    Up the links of ``LINKS`` from the demand ("protested in X, demanding": "protested"), or
    the protest verb the parser made a participle of the subject ("workers protested in X
    demanding Y" read as "workers [who were] protested ... demanding")."""
    node = trigger
    for _ in range(MAX_STEPS):
        if node.dep_ not in LINKS or node.head is node:
            break
        node = node.head
        found = _protest_word(node, book)
        if found is not None:
            return found
    return _subject_protest(trigger, book)


def _subject_protest(trigger: Token, book: ContentiousBook) -> tuple[Token, str] | None:
    if trigger.dep_ != "ROOT" or trigger.tag_ != "VBG":
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    for clause in (c for s in subjects for c in s.children if c.dep_ == "acl"):
        found = _protest_verb(clause, book)
        if found is not None:
            return found
    return None


def _protest_word(node: Token, book: ContentiousBook) -> tuple[Token, str] | None:
    """``node`` is a protest verb, a light verb holding a protest noun, or a protest noun."""
    if node.pos_ in ("VERB", "AUX"):
        found = _protest_verb(node, book)
        if found is not None or node.lemma_.lower() not in book.light_verbs or is_unreal(node):
            return found
        held = [c for c in node.children if c.dep_ in HELD]
        nouns = [n for h in held for n in (h, *h.conjuncts, *_compounds(h))]
        return next((f for n in nouns if (f := _protest_noun(n, book)) is not None), None)
    if node.pos_ == "NOUN" and not _unreal_noun(node, book):
        return _protest_noun(node, book)
    return None


def _compounds(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "compound"]


def _protest_verb(verb: Token, book: ContentiousBook) -> tuple[Token, str] | None:
    lemma = event_lemma(verb)
    row = book.verbs.get(lemma)
    if row is None or row[0][:2] != PROTEST_ROOT or is_unreal(verb):
        return None
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in book.intent_verbs:
        return None  # "vowed to march, demanding X": intended
    wanted = book.objects.get(lemma)
    if wanted is not None:
        objects = object_lemmas(verb)
        if (wanted and not objects & wanted) or (not wanted and objects):
            return None  # "blocked the deal", "struck a deal"
    return verb, row[0]


def _protest_noun(noun: Token, book: ContentiousBook) -> tuple[Token, str] | None:
    row = book.nouns.get(event_lemma(noun))
    if row is None or row[0][:2] != PROTEST_ROOT:
        return None
    return noun, row[0]


def _unreal_noun(noun: Token, book: ContentiousBook) -> bool:
    """A planned or called-for protest ("a planned march", "called for a rally demanding X")."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "det")}
    heads = {noun.head.lemma_.lower(), noun.head.head.lemma_.lower()}
    return bool(modifiers & book.unreal_modifiers or heads & book.unreal_heads)
