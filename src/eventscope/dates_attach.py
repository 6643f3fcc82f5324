"""Attach a time expression to an event: its own clause first, then its sentence.

The event's clause head is found by walking up from the trigger token to the nearest
clause-level verb (ROOT, ccomp, advcl, relcl, acl, conj...). Candidates, best first:

1. expressions whose own clause head is the event's clause head;
2. expressions inside the subtree of the event's clause head;
3. the nearest expression in the same sentence.

Within 1 and 2 the first expression in the text wins (an event listed with several
dates began on the first).

Expressions from other sentences are never used; expressions that carry a date beat
references such as PAST_REF. Example: in "On April 3-23, Azerbaijan received supplies
under the act signed on April 2." the receiving event gets April 3-23 and the signing
event ("signed") gets April 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .models import EventMention, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis", "pcomp"}
)
_MAX_WALK = 40  # heads form a tree; the bound guards against malformed parses


def clause_head(token: Token) -> Token:
    """The nearest verb (or the root) at or above ``token`` that heads a clause."""
    for _ in range(_MAX_WALK):
        if token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def attach_expression(
    doc: Doc, event: EventMention, expressions: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The expression dating ``event`` (see module docstring), or None."""
    same_sentence = [e for e in expressions if e.sent_index == event.sent_index]
    if not same_sentence or not 0 <= event.trigger_start < len(doc):
        return None
    trigger = doc[event.trigger_start]
    head = clause_head(trigger)
    ranked = sorted(same_sentence, key=lambda e: _rank(doc, e, head, trigger))
    return ranked[0]


def _rank(
    doc: Doc, expression: TimeExpression, head: Token, trigger: Token
) -> tuple[int, int, int]:
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    undated = 1 if expression.date is None else 0
    if span is None:
        return (undated, 3, abs(expression.start - trigger.idx))
    root = span.root
    if clause_head(root).i == head.i:
        tier = 0
    elif head.left_edge.i <= root.i <= head.right_edge.i and _descends(root, head):
        tier = 1
    else:
        tier = 2
    if tier < 2:
        # Several dates in the event's own clause ("On April 3-23, and May 21, X
        # received..."): the first one is when the event began.
        return (undated, tier, span.start)
    return (undated, tier, min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i)))


def _descends(token: Token, ancestor: Token) -> bool:
    for _ in range(_MAX_WALK):
        if token.i == ancestor.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
