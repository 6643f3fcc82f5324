"""Readings of a document's events that need the whole list of them (every stage's events).

CONTRACT:

    events = read_back(doc, events, book)

* "Taiwan condemned the drills": the target is the source of the drills reported before
  (:mod:`.antecedents`);
* "a gunman shot dead Prime Minister X": an assassination, 186 (:mod:`.assassination`);
* "forced out more than 1,000 refugees": an expulsion (174) of a large group of people is a mass
  expulsion, CAMEO 201 ("force large groups of people or populations out of some territory");
  a deportation of many stays 174 (a legal act on individuals);
* "a drone attack killed four soldiers" with no named attacker: the codebook distinctions by
  other words of the sentence (``[[recode]]``, 195 for a drone's killing) reach the events of
  the domain and contentious coders too, as they reach the rule coder's own;
* "residents protested in X, demanding water": the demand a protest voiced is that protest
  (:mod:`.voiced`);
* "Vietnam protested China's deployment": a state's protest is an official complaint, 114
  (:mod:`.state_protest`);
* "police seized two tons of cocaine": a seizure of contraband takes the country's criminals'
  property (target CRM, :mod:`.contraband`);
* "troops shelled rebel positions and destroyed two trucks": the damage an attack did is that
  attack, no destruction (1712) of its own (:mod:`.damage`);
* "police fired tear gas to disperse protesters": the act is done to whom its purpose clause
  names, not to the state filled in for a missing target (:mod:`.purpose`);
* "Brazil beat Argentina 2-1": a win told with its score is a match (:mod:`.scorelines`);
* "Protesters gathered in Nairobi. The president had threatened to ban the rallies.": what had
  happened before the news, in the past perfect after the lead, is background (:mod:`.earlier`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import EventMention
from ..nlp.docmemo import doc_words, sentences
from .antecedents import with_antecedent_targets
from .assassination import with_assassinations
from .contraband import contraband_owners
from .damage import without_damage
from .earlier import without_earlier
from .frames import object_of
from .means import means_over_answers
from .purpose import purpose_targets
from .scorelines import without_results
from .state_protest import state_protests
from .voiced import voiced_protests

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .patterns import PatternBook


def read_back(doc: Doc, events: Sequence[EventMention], book: PatternBook) -> list[EventMention]:
    """``events`` with the targets and codes that only the other events or words give."""
    events = with_assassinations(doc, with_antecedent_targets(doc, events, book), book)
    events = [_mass_expulsion(doc, _late_recode(doc, event, book)) for event in events]
    events = voiced_protests(doc, events)  # "protested, demanding X": the protest
    events = contraband_owners(doc, events)  # "police seized cocaine": criminals' property
    events = without_damage(doc, events)  # "shelled and destroyed two trucks": the shelling
    events = purpose_targets(doc, events)  # "fired tear gas to disperse protesters"
    events = without_results(doc, events)  # "Brazil beat Argentina 2-1": a match
    events = without_earlier(doc, events)  # "the victim had been arrested last year"
    events = means_over_answers(doc, events)  # "retaliated by imposing tariffs": 163
    return state_protests(doc, events)  # "Vietnam protested X": 114


# Events of the coders after the rule coder (events/domain.py, events/contentious.py), which
# know no ``[[recode]]`` table of their own.
_LATE_CODERS = frozenset({"domain", "implied", "contentious"})


def _late_recode(doc: Doc, event: EventMention, book: PatternBook) -> EventMention:
    if event.pattern.split(":", 1)[0] not in _LATE_CODERS:
        return event
    sent, table = sentences(doc)[event.sent_index], doc_words(doc)
    trigger = table.lemma[event.trigger_end - 1]
    code = book.recode(event.cameo, trigger, frozenset(table.lemma[sent.start : sent.end]))
    return event if code == event.cameo else replace(event, cameo=code)


# CAMEO 174 "expel or deport individuals" and 201 "engage in mass expulsion".
_EXPEL, _MASS_EXPEL = "174", "201"
_LARGE = 1000  # people in a group the codebook calls large (a population, not individuals)
# A deportation is a legal act on individuals, however many (CAMEO 174, not 201).
_LEGAL = frozenset({"deport", "extradite", "repatriate"})
_MANY = frozenset({"hundreds", "thousands", "tens", "millions"})


def _mass_expulsion(doc: Doc, event: EventMention) -> EventMention:
    verb = doc[event.trigger_start]
    if event.cameo != _EXPEL or verb.lemma_.lower() in _LEGAL:
        return event
    obj = object_of(verb)
    if obj is None:
        return event
    # the words from the verb to the people moved ("expelled hundreds of thousands of X",
    # "1,000 refugees were forced out"): the count may be the object or its measure
    words = doc[min(verb.i, obj.left_edge.i) : max(verb.i, obj.i) + 1]
    if not any(_large(word.lower_) for word in words):
        return event
    return replace(event, cameo=_MASS_EXPEL)


def _large(word: str) -> bool:
    """ "1,000", "thousands": a count of people no smaller than ``_LARGE``."""
    digits = word.replace(",", "")
    return word in _MANY or (digits.isdigit() and int(digits) >= _LARGE)
