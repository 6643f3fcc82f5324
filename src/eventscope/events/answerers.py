"""Who answers an act is no party to it: "the Russian strikes drew a rebuke **from
Washington**", "X passed a law, drawing criticism **from the United States**".

The actors named after the "from" of a reaction (``reaction_heads`` of the actor rules: a verb
of drawing a reaction, or the reaction noun itself) react to the act; the noun rules code
their answer (``nominal._reaction``). When another event of the sentence looks for a target
among the sentence's actors (:func:`~.one_way.sentence_target`), they are not one: the strikes
were not aimed at Washington.

Example:
    >>> without_answerers(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..actors.rules import ContextRules
from ..models import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Links from a name up to the "from" its list hangs on ("from Washington and Brussels")
LIST_DEPS = frozenset({"conj", "appos", "compound", "cc"})


def without_answerers(doc: Doc | None, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` without those named after a reaction's "from"."""
    if doc is None:
        return list(mentions)
    rules = ContextRules.shared()
    return [m for m in mentions if not (0 < m.end <= len(doc) and _answers(doc[m.end - 1], rules))]


def _answers(token: Token, rules: ContextRules) -> bool:
    node = token
    while node.dep_ in LIST_DEPS and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and rules.answers_from(node.head)
