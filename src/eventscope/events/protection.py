"""Forces sent to support someone: CAMEO 074, not a show of force (15x).

CONTRACT:

    candidate = protective_deployment(candidate, sent, words)

CAMEO 074 "provide military protection or peacekeeping" covers troops sent in support of a
party; 154 "mobilize or increase armed forces" is a posture against someone. A deployment whose
stated purpose is to back, support, help or protect ("a European force deployed to back the UN
mission", "sent troops to help the government restore order") is the first. The purpose is the
infinitive clause of the deploying verb (``xcomp``/``advcl`` with "to"), also when the verb
describes the force ("a force deployed to back X"); its verb is one of ``frames.toml`` [words]
``protect_verbs``. A deployment "to crush the revolt" or with no purpose stays 15x.

Example:
    >>> POSTURE_ROOT
    '15'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..nlp.syntax import to_infinitive
from .build import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

POSTURE_ROOT = "15"
PROTECT = "074"
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def protective_deployment(
    candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]
) -> Candidate:
    """``candidate`` recoded 074 when its force is sent to support (module docstring)."""
    if candidate.code[:2] != POSTURE_ROOT:
        return candidate
    verb = sent.doc[candidate.trigger[1] - 1]
    if purpose_lemmas(verb) & words.get("protect_verbs", frozenset()):
        candidate.code = PROTECT
    return candidate


def purpose_lemmas(verb: Token) -> set[str]:
    """Lemmas of the infinitive purpose clauses of ``verb`` ("deployed to back X": back)."""
    return {
        clause.lemma_.lower()
        for clause in verb.children
        if clause.dep_ in PURPOSE_DEPS and to_infinitive(clause)
    }
