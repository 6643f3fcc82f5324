"""Gerunds done by the clause's subject, and retaliation told by its means.

CONTRACT:

    subjects_gerund(verb) -> bool          # the gerund's subject is its clause's
    means_over_answers(doc, events) -> events without the answers whose means is coded

A gerund after a time word is the act of the subject of the clause it hangs on: "After
meeting Putin in Moscow, Orban said ..." (Orban met Putin), also after "before", "while",
"upon" and "since" (not "on": "police said on examining the body" is no investigation, nor
"of": "accused Y of attacking Z" means Y). "Retaliated by imposing tariffs" names the act that
retaliates: CAMEO codes the act done (the tariffs, 163; strikes, 195), not a bare retaliation
(190) beside it, so when the gerund of "by" under "retaliate" is coded, the retaliation goes.
"Responded by imposing tariffs" is the same act (163; the classifier read the bare
"responded" as a demand, 100). The gerund of "by" under other verbs stays uncoded: "police
reacted by arresting the protesters" coded an arrest beside the one act a note reports (ACLED
check precision 0.8079 -> 0.8072, measured twice).

Example:
    >>> means_over_answers(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..models import EventMention

# Verbs (lemmas) whose "by" gerund is the act itself: a bare row codes them (190) otherwise.
ANSWER_VERBS = frozenset({"retaliate", "respond"})
# Prepositions whose gerund is the clause subject's act at a time ("after meeting Y, X said").
TIME_PREPS = frozenset({"after", "before", "while", "upon", "since"})


def subjects_gerund(verb: Token) -> bool:
    """``verb`` is a gerund its clause's subject does: after a time word, or the means of a
    retaliation ("retaliated **by imposing** tariffs")."""
    if verb.dep_ != "pcomp":
        return False
    prep = verb.head
    if prep.lower_ in TIME_PREPS:
        return True
    return prep.lower_ == "by" and prep.head.lemma_.lower() in ANSWER_VERBS


def means_over_answers(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without those whose trigger is an answering verb with a coded means."""
    if doc is None or len(events) < 2:
        return list(events)
    gerunds = (doc[event.trigger_start] for event in events)
    answered = {g.head.head.i for g in gerunds if subjects_gerund(g) and g.head.lower_ == "by"}
    return [event for event in events if event.trigger_start not in answered]
