"""Co-subjects of a one-way act are not each other's target (#15).

"Germany and France condemned the attack", "Egypt and Saudi Arabia called for a ceasefire": a
sentence that names no target of its own gave each source "the sentence's single other
country" (:func:`sentence_target`), which was the other subject, so the record read
Germany condemning France. Statements, appeals, demands, disapproval, rejection and threats are
said to or about a third party; the subjects say them together. Agreeing, meeting, exchanging or
fighting may join the subjects (CAMEO 03, 04, 05, 19: "India and China agreed to withdraw
troops"), and a clause saying they act on each other ("blamed one another") is reciprocal.

Example:
    >>> inferable_targets([], "111", []) == []
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of acts said to or about a third party
ONE_WAY_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
EACH_OTHER = (("each", "other"), ("one", "another"))


def inferable_targets(
    co_sources: Sequence[ActorMention], code: str, sentence_mentions: list[ActorMention]
) -> list[ActorMention]:
    """The sentence's actors a missing target may be inferred from: all of them, less the
    ``co_sources`` (the subjects of a compound, none for a collective or reciprocal act) of a
    one-way act of ``code``."""
    if len(co_sources) < 2 or code[:2] not in ONE_WAY_ROOTS:
        return sentence_mentions
    return [mention for mention in sentence_mentions if mention not in co_sources]


def each_other(verb: Token) -> bool:
    """The clause of ``verb`` says its subjects act on each other ("blamed one another",
    "accused each other of ..."): a reciprocal act, whatever the verb's row says."""
    words = [token.lower_ for token in verb.subtree]
    return any(tuple(words[i : i + 2]) in EACH_OTHER for i in range(len(words) - 1))


def sentence_target(
    source: ActorMention, sentence_mentions: list[ActorMention], after: int | None = None
) -> ActorMention | None:
    """The only other country named in the sentence, if there is exactly one; else, when
    ``after`` (the trigger's end) is given, the first other country named after the trigger
    ("granted asylum to **Panamanian officers** holed up since the U.S. invasion")."""
    others = {
        m.actor.country: m
        for m in sentence_mentions
        if m.actor.country and m.actor.country != source.actor.country
    }
    if len(others) == 1:
        return next(iter(others.values()))
    if after is None:
        return None
    later = [m for m in sentence_mentions if m.start >= after and m.actor.country in others]
    return min(later, key=lambda m: m.start) if later else None
