"""A rule event whose verb row names its object is the act the sentence names: the model may
not outvote it.

CONTRACT:

    object_named(event, sent, book)  # True for "received the emir" (043), "agreed to a truce"

The classifier outvotes the rules' events of a sentence when it is sure of a PentaClass none of
them has (``LearnedCoder.outvoted``). A bare verb row is a guess about the verb's sense ("hit",
"received", "agreed"), which the model may know better; but a row that requires its object
("received the emir" 043, not "received aid" 070; "agreed to a truce" 0356) has read the
sense from the object the model does not see apart. Sentences written for the tests.

Example:
    >>> from types import SimpleNamespace
    >>> object_named(SimpleNamespace(pattern="classifier:08"), None, None)
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import verb_rules
from .frames import match_rule, object_of
from .keep import VERB_PATTERN

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..models import EventMention
    from .patterns import PatternBook


def object_named(event: EventMention, sent: Span, book: PatternBook) -> bool:
    """Whether ``event`` was coded by a verb row whose required objects ``sent`` names."""
    if not event.pattern.startswith(VERB_PATTERN):
        return False
    verb = sent.doc[event.trigger_start]
    obj = object_of(verb)
    rule = match_rule(verb, obj, verb_rules(book, verb, obj), book.naming)
    return rule is not None and bool(rule.objects)
