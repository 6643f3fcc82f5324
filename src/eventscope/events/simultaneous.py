"""Two acts told side by side in one sentence: "X did A **as** (while, whereas) Y did B".

CONTRACT:

    beside = act_beside(trigger, governor)

is True when ``trigger`` heads an adverbial clause of ``governor`` opened by "as", "while" or
"whereas", with a named subject of its own that is not the governor's subject. Such a clause
is a second act of another party, news of its own, not said inside the first: "Israel freed 90
prisoners as Hamas released three hostages", "Japan pledged aid while China offered loans"
report two releases, two offers. The clause stays inside the first act when:

- its subject is a pronoun or the governor's own subject ("Israel freed prisoners as it
  sought a truce": one party's act and its reason);
- it is opened by another word ("after", "because", "when": a cause or a time, which an event
  coder reads as the setting of the act);
- either act is violence, force or protest (CAMEO QuadClass 4; the caller tests the codes,
  ``events.embedded``): in conflict notes "police fired tear gas as protesters
  threw stones" tells one clash, which ACLED codes as one event (a wider rule that took every
  coordinated clause with its own subject cost ACLED check precision, README "tried and
  dropped").

Example:
    >>> act_beside(None, None)
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS, child

if TYPE_CHECKING:
    from spacy.tokens import Token

# Conjunctions that set two acts side by side in time or in contrast (not cause or sequence).
SIDE_BY_SIDE_MARKS = frozenset({"as", "while", "whereas"})
NAME_POS = frozenset({"PROPN", "NOUN"})


def act_beside(trigger: Token | None, governor: Token | None) -> bool:
    """Whether ``trigger``'s clause is another party's act beside ``governor``'s (module
    docstring); the codes of the two acts are the caller's to test."""
    if trigger is None or governor is None:
        return False
    if trigger.dep_ != "advcl" or trigger.head.i != governor.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in SIDE_BY_SIDE_MARKS for c in trigger.children):
        return False
    subject = child(trigger, SUBJECT_DEPS)
    if subject is None or subject.pos_ not in NAME_POS:
        return False
    own = child(governor, SUBJECT_DEPS)
    return own is None or own.lemma_.lower() != subject.lemma_.lower()
