"""Codebook distinctions a matched event takes from the words around its trigger.

CONTRACT:

    candidate = distinguished(candidate, sent, words)

Applied to every rule and classifier event, in this order: a person's attack on a person is
words (:mod:`.verbal`); a missile fired into the sea shows force, forces sent to back someone
protect (:mod:`.posture`); aid takes the kind its noun's modifier names (:mod:`.aid_kinds`).
``words`` is ``frames.toml`` [words].
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .aid_kinds import aid_kind
from .build import Candidate
from .posture import posture
from .verbal import verbal_attack

if TYPE_CHECKING:
    from spacy.tokens import Span


def distinguished(
    candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]
) -> Candidate:
    """``candidate`` after the distinctions of the module docstring."""
    return aid_kind(posture(verbal_attack(candidate, sent, words), sent, words), sent, words)
