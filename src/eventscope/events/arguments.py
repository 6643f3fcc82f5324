"""The arguments of a matched verb rule: the source groups (who acts) and the target groups.

Contract: :meth:`ArgumentFinder.arguments` takes the verb token, its :class:`VerbRule`, the
verb's object (or ``None``) and the sentence's :class:`ActorIndex`, and returns
``(sources, targets)``, each a list of actor groups (either may be empty). Where it looks:

* source: the subject (or that of the clause the verb hangs from), a passive "by" list naming
  more actors, the noun right before a ROOT verb the parser left without a subject, a "by X"
  hung lower in the clause, or the country where a state's act happens ("two journalists
  were arrested in Iran");
* target: the rule's preposition, the object (or, when the object is a thing, its author:
  "rejected the plan proposed by X", "accepted the demands by X"), a dative, the subject of
  a demanded clause,
  then looser places (``target_preps`` after the verb or its object, the place of a
  domestic event, the object of an embedded complement: "threatened to shell X");
* ``inverse`` rules ("received aid from X") swap the sides; "talks between X and Y" with no
  subject makes X and Y the sources.

Example:
    >>> from eventscope.events.patterns import PatternBook
    >>> finder = ArgumentFinder(PatternBook.load())
    >>> "with" in finder.book.words["target_preps"]
    True
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.syntax import NOMINAL_POS, SUBJECT_DEPS
from .act_agents import act_agent_targets
from .authored import acting_subject
from .build import own_country
from .clauses import said_clause, stative_holder
from .conveyed import carried
from .enacted import enacts
from .frames import OBJECT_DEPS, complement, participle_agent
from .nominal import harm_verb
from .syntax import PAIR_PREPS, child, is_passive, prep_object, stray_agent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook, VerbRule
    from .syntax import ActorIndex

# Political actors a state arrests or restricts with no named agent ("protesters were
# detained"); a suspect or a criminal is ordinary crime, not a state's coercion of a party.
_HELD_SECTORS = frozenset({"OPP", "LAB", "EDU", "MED", "REB", "JUD", "LEG", "HRI", "NGO", "REL"})
# Officials arrested with no named agent ("former president X was arrested"): the state's police
# hold them (a state arresting its own government would read as one actor on both sides).
_HELD_OFFICIALS = frozenset({"GOV", "ELI"})
# Material conflict (CAMEO roots 17-20: coerce, assault, fight, mass violence), as a lower bound
# on the root: what is done by force to "its ships" is done to their owner.
_FORCE_ROOTS = "17"
_OWNER_PRONOUNS = frozenset({"its", "their"})
_WITH = ("with",)
# the prepositions of a relation noun that name its other party ("commitment to X")
_RELATION_PREPS = ("to", "with", "against")
# journeys, whose "to" phrase is a place gone to, not a party
_JOURNEYS = frozenset({"visit", "trip", "journey", "tour", "travel", "voyage", "flight", "return"})


class ArgumentFinder:
    """Finds the source and target groups of verb events; holds only the pattern book."""

    __slots__ = ("book",)

    def __init__(self, book: PatternBook) -> None:
        self.book = book

    def arguments(
        self, verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex
    ) -> tuple[list, list]:
        # "issued a statement condemning X": the statement's author condemns
        subject_groups = index.groups_under(acting_subject(self.book, verb))
        agent = child(verb, ("agent",))
        if agent is not None and len(listed := index.enumeration(agent)) > len(subject_groups):
            subject_groups = listed  # "sent by X, Y, the funds of Z and W": all of them act
        if not subject_groups and verb.dep_ == "ROOT" and child(verb, ("nsubj",)) is None:
            # The parser sometimes hangs a long fronted subject off an apposition ("..., a
            # group of Chinese doctors visited X"): take the noun right before the verb.
            before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
            if before is not None and before.pos_ in NOMINAL_POS:
                subject_groups = index.groups_under(before)
        holder = stative_holder(self.book, verb)
        if not subject_groups and holder is not None:
            # "X is committed to opening its market": a passive of state names who holds it
            subject_groups, obj = index.groups_under(holder), None
        if not subject_groups:
            subject_groups = index.groups_under(stray_agent(verb))
        if not subject_groups and rule.objects and obj is not None and is_passive(verb):
            # "aid from Japan was delivered to Haiti": the named thing moved names its sender
            subject_groups = index.groups_under(prep_object(obj, ("from",)))
        if not subject_groups:
            subject_groups = self._place_agent(verb, rule, index)
        if rule.inverse:
            giver = prep_object(verb, ("from",))
            if giver is None and obj is not None:
                giver = prep_object(obj, ("from",)) or participle_agent(obj)
            if giver is None and (asked := prep_object(obj, ("for",)) if obj else None):
                giver = prep_object(asked, ("from",))  # "a call for talks from X"
            return index.groups_under(giver), subject_groups
        between = prep_object(verb, PAIR_PREPS)
        if not subject_groups and between is not None:
            return index.groups_under(between), []
        targets = (
            index.mutual(obj, subject_groups)
            or act_agent_targets(verb, rule, obj, index, self.book)  # "the arrest by X"
            or self._targets(
                verb, rule, obj, index, paired=rule.reciprocal and len(subject_groups) > 1
            )
        )
        return subject_groups, targets

    def _place_agent(self, verb: Token, rule: VerbRule, index: ActorIndex) -> list:
        """ "two journalists were arrested in Iran": a state's act with no named agent is
        done by the state where it happens (CAMEO codes the country as the source)."""
        words = self.book.words
        state_act = rule.code[:2] in words.get("place_agent_roots", frozenset())
        state_act = state_act and rule.lemma not in words.get("no_place_agent_verbs", ())
        if not (state_act or rule.lemma in words.get("place_agent_verbs", frozenset())):
            return []
        acted_on = child(verb, ("nsubjpass",))
        if acted_on is None or child(verb, ("agent",)) is not None:
            return []
        found = index.groups_after(verb, words.get("place_agent_preps", frozenset()))
        if found:
            return found
        # "three protesters were arrested in Durban": the state of the people it acted on
        group = index.group_under(acted_on)
        sectors = _HELD_SECTORS | _HELD_OFFICIALS if rule.code[:3] == "173" else _HELD_SECTORS
        held = [m for m in group or () if m.actor.country and m.actor.sector in sectors]
        if not held:
            return []
        # anchored at the verb: the state is no part of the phrase of the people it acted on
        state = replace(own_country(held[0]), start=verb.i, end=verb.i + 1)
        if held[0].actor.sector in _HELD_OFFICIALS:
            code = (state.actor.country or "") + "COP"
            state = replace(state, actor=replace(state.actor, sector="COP", code=code))
        return [(state,)]

    def _targets(
        self, verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex, *, paired: bool
    ) -> list:
        """The target: the rule's preposition, the object, a dative, then looser places."""
        if obj is not None and obj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            obj = verb.head  # "refugees, whom the authorities blame": the refugees are blamed
        candidates = [
            index.groups_after(verb, (rule.prep,)) if rule.prep else [],
            # "fired shells at X": the parser hangs "at X" on the named object as often
            index.groups_after(obj, (rule.prep,)) if rule.prep and rule.objects else [],
            _object_targets(verb, obj, rule, index),
            _relation_targets(verb, rule, index),
        ]
        dative = child(verb, ("dative",))
        if dative is not None:
            candidates.append(index.groups_under(child(dative, ("pobj",)) or dative))
        clause = child(verb, ("ccomp",)) or said_clause(verb, obj)
        if clause is not None and rule.code[:2] in ("02", "10", "11"):
            # "demanded that X withdraw": X is asked; "alleged that X ...": X is accused
            candidates.append(index.groups_under(child(clause, SUBJECT_DEPS)))
        found = next((groups for groups in candidates if groups), [])
        return found or self._loose_targets(verb, rule, obj, index, paired=paired)

    def _loose_targets(
        self, verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex, *, paired: bool
    ) -> list:
        """``paired``: a reciprocal act of several subjects is between them; of the verb's own
        prepositions only "with" names a party ("the leaders of India and China met on the
        sidelines of the BRICS summit": no BRICS side; "signed deals with Turkey": Turkey), nor
        of its object's ("agreed to share intelligence on armed groups": no group side)."""
        words = self.book.words
        preps = _WITH if paired else words["target_preps"]
        found = index.groups_after(verb, preps)
        if not found and obj is not None:
            # "mediated talks between X and Y", "hosted a meeting between X and Y": both
            found = index.groups_after(obj, PAIR_PREPS)
        if not found and obj is not None and rule.objects and not rule.reciprocal:
            # a thing the subjects exchange or sign between them names no one acted on in its
            # maker: "exchanged prisoners, mediated by the UAE" is a swap with no UAE side
            found = _authors(verb, obj, index)
        if not found and obj is not None and rule.objects:
            # "aid for X", or "dollars of aid for X" (the measure holds the preposition)
            holders = (obj, obj.head.head) if obj.head.lower_ == "of" else (obj,)
            # paired: "agreed to share intelligence on armed groups" is shared between them
            found = next((g for g in (index.groups_after(h, preps) for h in holders) if g), [])
        if (
            not found
            and obj is not None
            and (verb.lemma_.lower() in words["light_verbs"] or enacts(self.book, verb))
        ):
            found = index.groups_after(obj, ("of",))  # "mounted an invasion of X"
            # "carried out a strike that killed X": who the act harmed
            harm = harm_verb(obj, words["harm_cues"])
            found = found or (index.groups_under(child(harm, ("dobj",))) if harm else [])
        if not found and obj is not None:
            found = index.owned_targets(obj, preps)  # "a resumption of ties with X"
        if not found and rule.code[:2] in words["place_roots"]:
            # domestic events: "lifted the curfew in X", "demonstrated in X"
            places = words["place_preps"]
            found = index.groups_after(verb, places) or index.groups_after(obj, places)
        if not found and obj is not None and rule.code[:2] >= _FORCE_ROOTS:
            # "Manila said Chinese vessels blocked its ships": the speaker's ships
            found = _speaker_owned(verb, obj, index, words["speech_verbs"])
        embedded = complement(verb, self.book)
        if not found and embedded is not None:
            # "threatened to shell X", "promised to continue aid to X"
            found = index.groups_after(embedded, words["target_preps"])
            found = found or index.groups_under(child(embedded, OBJECT_DEPS))
        return found


def _object_targets(verb: Token, obj: Token | None, rule: VerbRule, index: ActorIndex) -> list:
    """The actors the object names or, where it names none, the "by" agent of the participle
    that describes it: "rejected the resolution proposed by the council" (the council), or
    the people a vehicle carried: "struck a car carrying militants" (the militants)."""
    if obj is None or (rule.objects and not (rule.object_target or rule.prep_object)):
        return []
    found = index.groups_under(obj) or index.groups_under(carried(obj))
    return found or index.groups_under(_maker(verb, obj))


def _relation_targets(verb: Token, rule: VerbRule, index: ActorIndex) -> list:
    """ "reneged **on** its commitment to X": the object of the rule's preposition is a relation
    that names no actor itself, but its own "to"/"with"/"against" phrase names the party."""
    noun = prep_object(verb, (rule.prep,)) if rule.prep else None
    # a noun, not a clause ("committed to opening the economy to investors": no party)
    if noun is None or noun.pos_ != "NOUN" or index.groups_under(noun):
        return []
    if noun.lemma_.lower() in _JOURNEYS:  # "protested against the visit to X": a destination
        return []
    return index.groups_after(noun, _RELATION_PREPS)


def _speaker_owned(
    verb: Token, obj: Token, index: ActorIndex, speech_verbs: frozenset[str]
) -> list:
    """The speaker whose thing a reported act of force falls on: "the coast guard said Chinese
    vessels blocked its ships" (the coast guard's ships; "its" naming the vessels' own would be
    no act on anyone). Only an object owned by "its"/"their" in a clause reported by a speech
    verb (``speech_verbs``) whose subject is an actor."""
    owner = child(obj, ("poss",))
    if owner is None or owner.lower_ not in _OWNER_PRONOUNS or verb.dep_ != "ccomp":
        return []
    if verb.head.lemma_.lower() not in speech_verbs:
        return []
    return index.groups_under(child(verb.head, ("nsubj",)))


def _authors(verb: Token, obj: Token, index: ActorIndex) -> list:
    """Who made the thing a rule's object names ("accepted the demands by protesters", "the
    demands made by X", "accepted Peru's offer"): the one acted on. Not a pronoun ("offered
    her condolences to X") and not the object's own actor ("put its forces on alert")."""
    maker = prep_object(obj, ("by",)) or _maker(verb, obj)
    if maker is None:
        owner = child(obj, ("poss",))
        maker = owner if owner is not None and owner.pos_ != "PRON" else None
    own = index.group_at(obj)
    return [group for group in index.groups_under(maker) if group != own]


def _maker(verb: Token, obj: Token) -> Token | None:
    """The agent of a participle describing ``obj``, unless that participle is ``verb`` itself
    ("fighters killed by gunmen": the killing's own agent is its source, not its target)."""
    agent = participle_agent(obj)
    return agent if agent is not None and agent.head.head.i != verb.i else None
