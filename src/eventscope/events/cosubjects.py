"""Subjects that act together on someone else, for the classifier's guessed target.

CONTRACT:

    joint = acts_with(mention, verb, sources, book)

"Egypt and Qatar urged both sides to return to talks": Egypt and Qatar urge the sides
together; neither is the other's target (a guess took Qatar as Egypt's target, 020). A verb
with a reciprocal row ("Vietnam and the Philippines agreed to boost cooperation") acts
between its subjects, so there a co-subject may be the target.

Example:
    >>> from types import SimpleNamespace
    >>> book = SimpleNamespace(verbs={})
    >>> acts_with("m", SimpleNamespace(lemma_="urge"), [("m",)], book)
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def acts_with(mention: Any, verb: Any, sources: Sequence[tuple[Any, ...]], book: Any) -> bool:
    """Whether ``mention`` is one of ``verb``'s subject groups ``sources`` acting together
    (``verb`` has no reciprocal row in ``book``)."""
    if any(rule.reciprocal for rule in book.verbs.get(verb.lemma_.lower(), ())):
        return False
    return any(mention in group for group in sources)
