"""The classifier's guessed target when the sentence names no object: not a co-subject of
a verb whose subjects act together, unless no one else is named.

CONTRACT:

    target = guessed_target(others, verb, sources, book)

``others`` are the sentence's actors that may form a dyad with the source, in text order;
``sources`` the subject groups of ``verb``. "Egypt and Qatar urged both sides to return to
talks": Egypt and Qatar urge the sides together, so the sides (resolved to the story's two
parties) are the target, not Qatar. A verb with a reciprocal row, or one whose open
complement has one ("Vietnam and the Philippines agreed to boost cooperation", "failed to
reach a deal"), acts between its subjects: the first other actor stands, co-subject or not,
unless an actor that is no co-subject is named inside the complement ("agreed to lift tariffs
on American products": the act agreed on has its own target, which comes first).
A co-subject guessed as the target of such a verb makes a pair, each subject the other's
target (:func:`pairs_subjects`). With no one else named, the co-subjects are each other's
target ("Syria and Israel fired across the ceasefire line"), unless the verb has an object
that names no actor ("urged both sides", with no earlier parties for the sides to stand
for): then there is no target.

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(verbs={})
    >>> verb = SimpleNamespace(lemma_="urge", children=[])
    >>> guessed_target(["qatar", "sides"], verb, [("egypt",), ("qatar",)], book)
    'sides'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

Mention = TypeVar("Mention")


def guessed_target(
    others: Sequence[Mention], verb: Any, sources: Sequence[tuple[Any, ...]], book: Any
) -> Mention | None:
    """The target among ``others`` (module docstring), or None when there is none."""
    if not others:
        return None
    apart = [m for m in others if not any(m in group for group in sources)]
    if _mutual(verb, book):
        # "Mexico and Canada agreed to lift tariffs on American products": the act agreed on
        # names its own target, which the co-subjects do not outrank
        inner = [m for m in apart if _in_complement(m, verb)]
        return inner[0] if inner else others[0]
    if apart:
        return apart[0]
    # "urged both sides to ...": an object that names no actor is the target, unnamed
    return None if unnamed_object(verb) else others[0]


def pairs_subjects(target: Any, verb: Any, sources: Sequence[tuple[Any, ...]], book: Any) -> bool:
    """The guessed ``target`` is a co-subject of a verb whose subjects act together: the guess
    is their mutual act, one event each way ("Japan and South Korea agreed to restore a
    military pact": 030 both ways, not Japan -> South Korea alone)."""
    return len(sources) > 1 and any(target in group for group in sources) and _mutual(verb, book)


def unnamed_object(verb: Any) -> bool:
    """``verb`` has a direct object (one the caller found no actor in: "urged both sides")."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _mutual(verb: Any, book: Any) -> bool:
    """``verb`` or its open complement ("agreed to boost") has a reciprocal row."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(rule.reciprocal for v in verbs for rule in book.verbs.get(v.lemma_.lower(), ()))


def _in_complement(mention: Any, verb: Any) -> bool:
    """``mention`` (token offsets ``start``/``end``) lies in an open complement of ``verb``
    ("agreed **to lift tariffs on X**")."""
    return any(
        c.dep_ == "xcomp" and c.left_edge.i <= mention.start and mention.end <= c.right_edge.i + 1
        for c in verb.children
    )
