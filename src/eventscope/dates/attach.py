"""Attach a time expression to an event: its own clause first, then its sentence.

The event's clause head is found by walking up from the trigger token to the nearest
clause-level verb (ROOT, ccomp, advcl, relcl, acl, conj...). Candidates, best first:

1. expressions whose own clause head is the event's clause head;
2. expressions of the clauses that enclose it, nearest first ("supplies sent by China"
   takes the date of "On April 3-23, Azerbaijan received ...");
3. expressions inside the subtree of the event's clause head (nested clauses);
4. the nearest expression in the same sentence.

Within a clause the first expression in the text wins (an event listed with several
dates began on the first).

Expressions from other sentences are never used; expressions that carry a date beat
references such as PAST_REF. Example: in "On April 3-23, Azerbaijan received supplies
under the act signed on April 2." the receiving event gets April 3-23 and the signing
event ("signed") gets April 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention, TimeExpression
from ..nlp.syntax import CLAUSE_HEAD_DEPS as CLAUSE_DEPS
from ..nlp.syntax import VERBAL_POS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_WALK = 40  # heads form a tree; the bound guards against malformed parses


def clause_head(token: Token) -> Token:
    """The nearest verb (or the root) at or above ``token`` that heads a clause."""
    for _ in range(_MAX_WALK):
        if token.dep_ in CLAUSE_DEPS and token.pos_ in VERBAL_POS:
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def clause_chain(trigger: Token) -> dict[int, int]:
    """Token index → level of each clause head from the trigger's clause (0) up to the root."""
    chain: dict[int, int] = {}
    head = clause_head(trigger)
    for level in range(_MAX_WALK):
        chain.setdefault(head.i, level)
        if head.head.i == head.i:
            break
        head = clause_head(head.head)
    return chain


def attach_expression(
    doc: Doc, event: EventMention, expressions: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The expression dating ``event`` (see module docstring), or None."""
    same_sentence = [e for e in expressions if e.sent_index == event.sent_index]
    if not same_sentence or not 0 <= event.trigger_start < len(doc):
        return None
    trigger = doc[event.trigger_start]
    chain = clause_chain(trigger)
    ranked = sorted(same_sentence, key=lambda e: _rank(doc, e, chain, trigger))
    return ranked[0]


def _rank(
    doc: Doc, expression: TimeExpression, chain: dict[int, int], trigger: Token
) -> tuple[int, int, int]:
    """Sort key: dated first; then own clause, enclosing clauses (nearest first), the
    clause's subtree, the rest of the sentence; then text order or distance."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    undated = 1 if expression.date is None else 0
    if span is None:
        return (undated, _MAX_WALK + 2, abs(expression.start - trigger.idx))
    level = chain.get(clause_head(span.root).i)
    if level is not None:
        # Several dates in one clause ("On April 3-23, and May 21, X received..."):
        # the first is when the event began.
        return (undated, level, span.start)
    own_head = min(chain, key=chain.__getitem__)
    if _descends(span.root, doc[own_head]):
        return (undated, _MAX_WALK, span.start)
    distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
    return (undated, _MAX_WALK + 1, distance)


def _descends(token: Token, ancestor: Token) -> bool:
    for _ in range(_MAX_WALK):
        if token.i == ancestor.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
