"""Story-level reading of contentious politics: which stories are not about it, what a story is
about, and whether a protest has an object.

CONTRACT:

    kind = story_kind(doc, book)            # "crime" | "sport" | "accident" | "market" | None
    events = ranked(doc, events, book)      # no conflict in such stories, else conflict first,
                                            # and its violence above its coercion (gravity.py)
    other_sense(doc, event, book)           # "demonstrated that ..." -> True (no protest)
    protest_object(trigger)                 # "protested against the law" -> True

``book`` is the :class:`~eventscope.events.contentious.ContentiousBook` (its ``[documents]``
table). Material conflict in a crime, sport, accident or market story with no word of
contention is not contentious politics (an ordinary murder, a raid on a drug den, "United beat
City", "the rand rallied"); a story that reports material conflict in two or more sentences, or a
protest in one, is about it, so that conflict ranks above the statements about it. A protest
verb with an object or a clause ("demonstrated that ...") and a rally in a sentence about
markets are no protest.

Example:
    >>> CONTENTIOUS_ROOTS >= {"14", "18"}, "16" in CONTENTIOUS_ROOTS
    (True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.docmemo import doc_words
from ..nlp.syntax import subtree_indices
from .build import RANK_STEP, own_country
from .foreign import foreign_state_act
from .gravity import violence_first
from .held import held_crowds
from .policed_crowds import policed_crowds
from .policing import policed_protests
from .state_protest import state_protests

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .contentious import ContentiousBook

# The roots of contentious politics (protest, strike, riot, political violence): the codebook's
# material conflict (QuadClass 4) without 16, reduce relations (sanctions, cut ties, expelled
# diplomats), a government's measure rather than contentious action: it does not lead a story
# and is not dropped from a crime or market story.
CONTENTIOUS_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
PROTEST_ROOT = "14"
STRAY_PREPOSITIONS = frozenset({"outside", "inside", "near", "around", "across", "along", "past"})
CLAUSE_OR_OBJECT = frozenset({"dobj", "ccomp"})
# Relative words ("who", "that", "where", "when"): the relative clause's own gap-filler.
RELATIVE_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})
# Heads of a relative clause that are its time or place, not its object ("the day they marched").
SETTING_NOUNS = frozenset(
    {"day", "week", "month", "year", "time", "night", "morning", "afternoon", "evening",
     "weekend", "place", "city", "town", "street", "road", "route", "area", "square"}
)  # fmt: skip
# A story reporting material conflict in this many sentences (a protest: in one) is about it.
STORY_SENTENCES = 2
# "protested against/over/outside ...": the protest has an object, so its state is the target.
PROTEST_OBJECT_PREPS = frozenset({"against", "over", "about", "at", "outside", "to", "towards"})
DEMAND_VERBS = frozenset({"demand", "call", "urge", "oppose", "denounce", "condemn", "protest"})
# Roots of a protest's stated claim ("protested ... to demand pay", "calling for reforms",
# "denouncing the law").
CLAIM_ROOTS = frozenset({"10", "02", "11"})


def ranked(doc: Doc, events: Sequence[EventMention], book: ContentiousBook) -> list[EventMention]:
    """``events`` fit for the story (see the module docstring)."""
    # The story's violence leads its coercion after the conflict has its rank among the
    # statements (gravity.py), so that the shift above them is measured as before.
    return violence_first(_conflict_first(doc, events, book))


def _conflict_first(
    doc: Doc, events: Sequence[EventMention], book: ContentiousBook
) -> list[EventMention]:
    # a state's "protest" is a complaint (114), no street protest to lead the story
    events = state_protests(doc, events)
    kept = [e for e in without_claims(doc, events) if not other_sense(doc, e, book)]
    # the crowd a protest's policing acted on first, so that the protest then faces the forces
    events = protest_first(policed_protests(policed_crowds(held_crowds(doc, kept))))
    if story_kind(doc, book) is not None:
        return [e for e in events if e.cameo[:2] not in CONTENTIOUS_ROOTS or foreign_state_act(e)]
    conflict = [e for e in events if e.cameo[:2] in CONTENTIOUS_ROOTS]
    others = [e.confidence for e in events if e.cameo[:2] not in CONTENTIOUS_ROOTS]
    # A protest is news in itself, even in one sentence among reported statements ("the
    # union said ... at a protest outside the court"); other conflict must recur to lead.
    protest = any(e.cameo[:2] == PROTEST_ROOT for e in conflict)
    if not others or (len({e.sent_index for e in conflict}) < STORY_SENTENCES and not protest):
        return list(events)
    # Shift the conflict events just above the best other event, keeping their own order.
    shift = max(0.0, max(others) - max(e.confidence for e in conflict) + 0.01)
    return [
        replace(e, confidence=min(1.0, round(e.confidence + shift, 3)))
        if e.cameo[:2] in CONTENTIOUS_ROOTS
        else e
        for e in events
    ]


def protest_first(events: Sequence[EventMention]) -> list[EventMention]:
    """A crowd's policing (175, "police dispersed the protesters") answers the protest: in a
    story with a protest, the protest leads and the repression ranks just below it."""
    protests = [e.confidence for e in events if e.cameo[:2] == PROTEST_ROOT]
    if not protests:
        return list(events)
    cap = max(protests) - RANK_STEP
    return [
        replace(e, confidence=min(e.confidence, cap)) if e.cameo == "175" else e for e in events
    ]


def without_claims(doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` less the demands and complaints voiced as a protest's purpose ("workers
    protested to demand their wages", "rallied, denouncing the law"): they are what the protest
    is about, one event with it, not a second one."""
    protests = [e for e in events if e.cameo[:2] == "14"]
    if not protests:
        return list(events)
    triggers = {e.trigger_start for e in protests}
    under = {i for p in triggers for i in subtree_indices(doc[p]) if i != p}
    # "protesters gathered ... and demanded": the protesters' own demand, in the same sentence
    voiced = {(e.sent_index, e.source.actor.code) for e in protests if e.source is not None}
    return [
        e
        for e in events
        if e.cameo[:2] not in CLAIM_ROOTS
        or not (
            e.trigger_start in under
            or (e.source is not None and (e.sent_index, e.source.actor.code) in voiced)
        )
    ]


# "rallied behind the candidate": people who rally behind someone back them, no protest.
# ("Around" is also where a rally stands: "rallied around parliament".)
RALLY = "rally"
SUPPORT_PREPS = frozenset({"behind"})


def other_sense(doc: Doc, event: EventMention, book: ContentiousBook) -> bool:
    """A word of conflict in another sense, whichever coder found it: in scare quotes ('saw
    the request as an "attack"'), a protest verb with an object or a clause ("Japan has
    demonstrated that its policy works", "demonstrated their belief"), or "rally"/"march" in a
    sentence about markets ("the yen's recent rally")."""
    if event.cameo[:2] not in CONTENTIOUS_ROOTS or event.trigger_end - event.trigger_start != 1:
        return False
    trigger = doc[event.trigger_start]
    if quoted(trigger):
        return True
    if event.cameo[:2] != PROTEST_ROOT:
        return False
    lemma = trigger.lemma_.lower()
    if lemma in book.market_sensitive and any(t.lower_ in book.markets for t in trigger.sent):
        return True
    if trigger.pos_ != "VERB" or lemma not in book.intransitive:
        return False
    if lemma == RALLY and any(c.lower_ in SUPPORT_PREPS for c in trigger.children):
        return True  # "rallied behind the candidate": support, not a protest
    objects = [c for c in trigger.children if c.dep_ in CLAUSE_OR_OBJECT and not _stray_place(c)]
    return bool(objects) or object_gap(trigger)


def _stray_place(obj: Token) -> bool:
    """ "rallied outside parliament": the parser may read a place preposition as a modifier of
    the noun after it and make that noun the verb's object; it is where, not what."""
    return any(c.i < obj.i and c.lower_ in STRAY_PREPOSITIONS for c in obj.children)


def object_gap(verb: Token) -> bool:
    """A relative clause with its own subject and no object is about its head noun, which is
    the verb's object ("the confidence our people have demonstrated"); not "residents who
    demonstrated", nor a time or place ("the day thousands marched", "where they marched")."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        return False
    deps = {child.dep_: child for child in verb.children}
    subject = deps.get("nsubj")
    if subject is None or "dobj" in deps or subject.tag_ in RELATIVE_TAGS:
        return False
    adverbs = (c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep"))
    return verb.head.lemma_.lower() not in SETTING_NOUNS and not any(
        c.tag_ in RELATIVE_TAGS for c in adverbs
    )


def quoted(token: Token) -> bool:
    """The word alone between quotation marks ('an "attack"'): the speaker's word, no event."""
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and doc[i - 1].is_quote and doc[i + 1].is_quote


def story_kind(doc: Doc, book: ContentiousBook) -> str | None:
    """ "crime", "sport", "accident" or "market" when the story has enough words of that kind
    and no word of contention (protest, strike, terror, party ...); else ``None``."""
    words = doc_words(doc)
    # "rally" and "march" are the words of markets and sport, too ("a late rally"): no veto.
    if not (book.contention - book.market_sensitive).isdisjoint(words.lowers):
        return None
    # The kind with most words wins; a tie goes to the kind whose first word comes first
    # (then to the kind listed first). Only kinds with a word in the story are counted.
    found = []
    for order, (kind, kind_words) in enumerate(book.story_kinds.items()):
        if kind_words.isdisjoint(words.lowers):
            continue
        at = [i for i, word in enumerate(words.lower) if word in kind_words]
        if len(at) >= book.min_story_words[kind]:
            found.append((-len(at), at[0], order, kind))
    return min(found)[3] if found else None


def protest_object(trigger: Token) -> bool:
    """The protest has an object: a direct object, a purpose clause, "against"/"over"/"outside"
    below it, or a demand ("a demonstration calling for the president's removal")."""
    if any(child.dep_ in ("dobj", "advcl", "xcomp") for child in trigger.children):
        return True
    return any(
        (t.dep_ == "prep" and t.lower_ in PROTEST_OBJECT_PREPS) or t.lemma_ in DEMAND_VERBS
        for t in trigger.subtree
        if t is not trigger
    )


def objectless_protest(doc: Doc, event: EventMention) -> bool:
    """A protest whose target is only the source's own country filled in, and that has no object:
    "nurses protested in Nairobi" targets no one ("against the health law" targets the state)."""
    target, source = event.target, event.source
    if event.cameo[:2] != "14" or target is None or source is None:
        return False
    if target.actor.resolution != "context" or (target.start, target.end) != (
        source.start,
        source.end,
    ):
        return False
    if source.actor.name is not None:
        return False  # a named leader's protest is against the state (CAMEO)
    return not protest_object(doc[event.trigger_start])


def against_own_state(trigger: Token, code: str, source: ActorMention) -> ActorMention | None:
    """A protest with an object and no named target is against the source's own state
    ("a general strike in protest of the arrests"), as the main coder's domestic rule codes it."""
    country = source.actor.country
    if code[:2] != PROTEST_ROOT or not country or not protest_object(trigger):
        return None
    return own_country(source)
