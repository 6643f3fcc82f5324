"""What had happened before the news is background, not a second event (#15).

CONTRACT:

    events = without_earlier(doc, events)

gives ``events`` in order without those whose trigger is a verb in the past perfect of the
story's own voice ("had threatened", "had been arrested") in a sentence after the lead, when an
earlier sentence gave an event:

"Residents protested in Lagos on Monday over power cuts. *The utility had raised its prices in
March.*" and "Gunmen killed a trader in Kaduna on Friday. *The victim had been arrested by
police last year.*": the lead tells the news; the past perfect steps back to what came before
it, the background a reader needs, told again from earlier news (the price rise and the arrest
were reported when they happened). Coded now, each is a second event of the story dated to the
story's day.

The news itself stays: a lead sentence in the past perfect ("Rebels had seized the town by
Monday"), and a past perfect that a speaker reports ("police said gunmen *had attacked* the
village": the sequence of tenses after a speech verb, which tells the news, not background).

Example:
    >>> without_earlier(None, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Clause relations through which the story's own voice reaches a verb: the main clause, a verb
# coordinated with it, a relative clause ("the man, who had fled the country, ...").
OWN_VOICE = frozenset({"ROOT", "conj", "relcl"})


def without_earlier(doc: Doc | None, events: Sequence[EventMention]) -> list[EventMention]:
    """``events`` without the past-perfect background of the module docstring."""
    if doc is None or not events:
        return list(events)
    first = min(e.sent_index for e in events)
    return [e for e in events if e.sent_index == first or not _earlier(doc[e.trigger_start])]


def _earlier(verb: Token) -> bool:
    """``verb`` is in the past perfect ("had left", "had been arrested") in the story's voice."""
    if verb.pos_ not in ("VERB", "AUX") or not _past_perfect(verb):
        return False
    clause = verb
    for _ in range(4):  # up a chain of coordinated verbs to the clause's own relation
        if clause.dep_ != "conj" or clause.head is clause:
            break
        clause = clause.head
    return clause.dep_ in OWN_VOICE


def _past_perfect(verb: Token) -> bool:
    """An auxiliary "had" (have in the past tense) on ``verb``, or on the verb it is
    coordinated with ("had threatened ... and seized")."""
    for head in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
            return True
    return False
