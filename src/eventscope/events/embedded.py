"""Embedded events: what is said inside another event's report is part of that report.

CONTRACT:

    events = without_embedded(doc, events)

keeps the events of ``events`` except those whose trigger depends, other than by coordination,
on the trigger of another event of the same sentence, unless that governing event is only a
statement (CAMEO roots 01-02) or the accusation a noun rule derived from the act.

"Lebanon complained to the UN over two Israeli air raids": the complaint is the news, the raids are
what it is about. "Peru granted asylum to officers holed up since last month's U.S. invasion", "X
rejected an ultimatum to hand over a guard involved in a shooting", "protesters held a protest":
the invasion, the shooting and the second protest are said inside the first event (its object, a
prepositional phrase, a relative or adverbial clause), and an event coder that codes one event per
reported act (CAMEO, PLOVER, PETRARCH's records) does not code them again. Coordinated acts
("kidnapped advisers and exploded bombs") are each the news. An event named as the act's setting is
part of it ("protesters stormed parliament *during violent protests*": one act). A protest that a
relative clause tells of the people a peaceful act (roots 03-13) involves, or that is its setting,
is news of its own: "the minister met students *who had marched* to his office" reports the march
and the meeting, "*during a rally*, X criticised Y" the rally and the criticism. A
statement is not a report of the act it announces ("warned Finland that it would deploy weapons":
the threat is the news), so under roots 01-02 the embedded event stays, as it does under the
accusation that ``nominal`` derives from a hostile noun ("touched upon the provocation by the
Armenian forces on July 12": the attack and the accusation are both coded).

``EventOptions(embedded_events=True)`` keeps every event instead (more events, less precise).

Example:
    >>> without_embedded(None, [])
    []
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention
from ..nlp.syntax import SEQUENCE_PREPS, SUBJECT_DEPS, child
from .cameo import MATERIAL_CONFLICT_QUAD, packaged_codebook
from .classifier import PENTA_OF_ROOT
from .nominal import ACCUSATION_PATTERN, REACTION_VERBS
from .reported import in_setting, told_of_participants
from .simultaneous import act_beside

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Links that join two acts side by side rather than one inside the other.
COORDINATION = frozenset({"conj", "cc", "appos"})
STATEMENT_ROOTS = frozenset(root for root, penta in PENTA_OF_ROOT.items() if penta == 0)
PROTEST_ROOT = "14"
# Roots of peaceful acts done (not statements or intents: "offered troops after agreeing to
# deepen ties" is one statement): a meeting, a visit, an agreement signed, aid, a release.
PEACEFUL_ROOTS = frozenset({"04", "05", "06", "07", "08"})


def governing_trigger(token: Token, triggers: set[int]) -> Token | None:
    """The nearest ancestor of ``token`` among the token offsets ``triggers`` whose path down
    to ``token`` is more than coordination ("attacked X and killed Y": no governor; "complained
    over raids and shelling": both under "complained")."""
    coordinated = True
    node = token
    while node.head.i != node.i:
        coordinated = coordinated and node.dep_ in COORDINATION
        node = node.head
        if node.i in triggers and not coordinated:
            return node
    return None


def without_embedded(
    doc: Doc | None,
    events: Sequence[EventMention],
    *,
    material_conflict: frozenset[str] | None = None,
) -> list[EventMention]:
    """``events`` without those said inside another event's report (module docstring).

    ``material_conflict``: the roots of QuadClass 4 (the packaged codebook's by default); a
    protest said inside such an act is part of it."""
    if doc is None or len(events) < 2:
        return list(events)
    if material_conflict is None:
        material_conflict = packaged_codebook().roots(MATERIAL_CONFLICT_QUAD)
    # per sentence, trigger offset -> whether every event on that trigger only announces
    announces: dict[int, dict[int, bool]] = defaultdict(dict)
    # per sentence, the trigger offsets with a material conflict event
    conflict: dict[int, set[int]] = defaultdict(set)
    for event in events:
        triggers = announces[event.sent_index]
        triggers[event.trigger_start] = triggers.get(event.trigger_start, True) and _announces(
            event
        )
        if event.cameo[:2] in material_conflict:
            conflict[event.sent_index].add(event.trigger_start)
    return [
        event
        for event in events
        if not _embedded(doc, event, announces[event.sent_index], conflict[event.sent_index])
        or (
            doc[event.trigger_start].head.i in announces[event.sent_index]
            and _beside(doc, event, conflict[event.sent_index], material_conflict)
        )
    ]


def _announces(event: EventMention) -> bool:
    """A statement, or the accusation the noun rules derive from the act they also code
    ("touched upon the provocation by X": X's act and the speaker's accusation)."""
    return event.cameo[:2] in STATEMENT_ROOTS or event.pattern.startswith(ACCUSATION_PATTERN)


def _embedded(
    doc: Doc, event: EventMention, announces: dict[int, bool], conflict: set[int]
) -> bool:
    governor = governing_trigger(doc[event.trigger_start], set(announces))
    if governor is None or announces[governor.i] or _reaction(doc[event.trigger_start]):
        return False
    if event.cameo[:2] in PEACEFUL_ROOTS and _before_it(doc[event.trigger_start], governor):
        return False
    if event.cameo[:2] != PROTEST_ROOT or governor.i in conflict:
        return True
    # "met students who had marched", "during a rally, X criticised Y": a protest told of the
    # people a peaceful act involves, or its setting, is an act of its own (a protest further
    # down stays inside: "lifted the curfew in X, where people were killed in riots")
    trigger = doc[event.trigger_start]
    return not (told_of_participants(trigger) or _setting_of(trigger, governor))


def _before_it(trigger: Token, governor: Token) -> bool:
    """``trigger`` is a gerund after "after", "before" or "following" on ``governor`` itself,
    with no subject of its own: "**After meeting** Putin in Moscow, Orban travelled to Beijing"
    tells two acts of one actor in turn, not one inside the other."""
    prep = trigger.head
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("pcomp", "pobj")
        and prep.lower_ in SEQUENCE_PREPS
        and prep.head.i == governor.i
        and child(trigger, SUBJECT_DEPS) is None
    )


def _beside(doc: Doc, event: EventMention, triggers: set[int], roots: frozenset[str]) -> bool:
    """Another party's act told beside the governing one ("X freed prisoners as Y released
    hostages"), when neither is force or protest (``triggers``: the offsets of the sentence's
    material conflict events, ``roots`` their roots; :mod:`~eventscope.events.simultaneous`)."""
    if event.cameo[:2] in roots:
        return False
    trigger = doc[event.trigger_start]
    # its target must be named in its own clause: one guessed from the first act's words
    # ("freed prisoners as the US eased sanctions": not the prisoners) is not the clause's
    target = event.target
    inside = target is None or trigger.left_edge.i <= target.start <= trigger.right_edge.i
    return inside and trigger.head.i not in triggers and act_beside(trigger, trigger.head)


def _setting_of(trigger: Token, governor: Token) -> bool:
    """``trigger`` is the event noun of a time or place phrase of ``governor`` itself."""
    return in_setting(trigger) and trigger.head.head.i == governor.i


def _reaction(trigger: Token) -> bool:
    """Others' answer to the act: "X arrested Y, **drawing condemnation** from Z" (the object
    of a verb of drawing a reaction) is Z's act, news of its own and not said inside X's."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in REACTION_VERBS
