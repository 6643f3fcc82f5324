"""The target of a reaction to an act named by a noun: whoever carried the act out.

CONTRACT:

    targets = act_agent_targets(verb, rule, obj, index, book)

gives the actors of the "by" agent of the act noun that a reaction verb takes as object, or
``[]`` when the verb is no reaction (``reaction_roots`` or ``stance_verbs`` of ``frames.toml``:
"protested" is coded 140 until a state's protest is read as 114), its object names an
actor itself, or the act has no agent named by "by" (then the usual target rules apply).

"The EU condemned the killing of two journalists by Israeli forces": CAMEO codes a criticism
(111), a rejection (12x), a threat (13x), praise (051), a demand (10x) or an appeal (02x) as aimed
at an actor, and the act a noun names is aimed at through who did it (EU -> ISR), not at the
victims its "of" phrase names first ("Germany criticised the arrest of the opposition leader by
the Tanzanian police" -> DEU -> TZA police; "welcomed the release of the hostages by Hamas" ->
Hamas). A possessive or adjective agent ("condemned Russia's annexation of Crimea", "the Israeli
strikes on Gaza") comes first in the noun phrase and is found by the usual rules already; with no
agent at all the victim stays the target ("condemned the arrest of the opposition leader"). The
parser hangs the "by" phrase on the act noun, on its "of" object ("the bombing of a hospital by
Russian forces") or on the active reaction verb itself ("condemned the shelling of civilians by
the Sudanese army"): all three are read.

Example:
    >>> from eventscope.events.patterns import PatternBook
    >>> sorted(PatternBook.load().words["reaction_roots"])
    ['02', '05', '10', '11', '12', '13']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import NOMINAL_POS, child, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook, VerbRule
    from .syntax import ActorIndex, Group

_BY = ("by",)
_PREP = frozenset({"prep", "agent"})


def act_agent_targets(
    verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex, book: PatternBook
) -> list[Group]:
    """The actors who did the act that ``verb`` (coded by ``rule``) reacts to (docstring)."""
    stance = verb.lemma_.lower() in book.words.get("stance_verbs", ())  # "protested" is 140 here
    if rule.code[:2] not in book.words.get("reaction_roots", ()) and not stance:
        return []
    act = _act_noun(verb, rule, obj, index)
    if act is None:
        return []
    return index.groups_under(_agent(verb, act))


def _act_noun(verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex) -> Token | None:
    """The noun naming what ``verb`` reacts to: its object, or the rule preposition's object
    ("complained about the arrest of X by Y"). Not an object that is an actor itself, nor the
    noun a row names as the event ("lodged a protest": the reaction, not what it is about)."""
    if rule.objects and not rule.object_target:
        return None
    noun = prep_object(verb, (rule.prep,)) if rule.prep else obj
    if noun is None or noun.pos_ not in NOMINAL_POS or index.group_at(noun) is not None:
        return None
    return noun


def _agent(verb: Token, act: Token) -> Token | None:
    """The object of the "by" that names who did ``act`` (:func:`by_agent`), or of a "by"
    under the active ``verb`` after the noun (misattached: "condemned the shelling by X").
    Even under an act noun inside the object ("spurned offers for talks by X"): what is reacted
    to is X's, whichever noun the parser gave the "by"."""
    found = by_agent(act)
    if found is None and child(verb, ("nsubj",)) is not None:  # active: nsubj, not nsubjpass
        after = [t for t in verb.children if t.i > act.i and t.lower_ == "by" and t.dep_ in _PREP]
        found = child(after[0], ("pobj",)) if after else None
    return found


def by_agent(act: Token, acts: frozenset[str] = frozenset()) -> Token | None:
    """The object of the "by" under the act noun ``act`` or under the object of one of its
    prepositions ("the killing of journalists (in Gaza) by X", "the attack on a convoy by X"),
    where the parser hangs it as often, unless that object is an act itself (an event-noun
    lemma of ``acts``: "a protest over the abduction of a man by X" is not X's protest)."""
    inner = (child(item, ("pobj",)) for item in act.children if item.dep_ == "prep")
    holders = (act, *(n for n in inner if n is not None and n.lemma_.lower() not in acts))
    return next((agent for h in holders if (agent := prep_object(h, _BY)) is not None), None)
