"""A demand or appeal made with a that-clause: "X demanded that Y resign".

A demand verb codes the residual demand (100) unless the codebook's more specific code can be
read from what is demanded (CAMEO 100: "not coded except when distinctions among codes 101-108
cannot be made"). With an infinitive ("urged Y to step down") the frame machinery reads the
embedded act; with a that-clause in the subjunctive or with a modal of obligation ("demanded
that the president resign", "insisted that Y should withdraw its troops") the clause's verb
is the act asked for, coded by the ``demand``/``appeal`` table of ``frames.toml`` (0831
resign -> 1041 "demand change in leadership", 087 withdraw -> 1056). A clause in the past or
with no subject of its own ("demanded that it was owed money") asks for nothing.

Example:
    >>> from types import SimpleNamespace
    >>> verb = SimpleNamespace(lemma_="say", children=[])
    >>> book = SimpleNamespace(frame_verbs={"demand": "demand"}, frame_codes={})
    >>> mandated_code(book, verb, "010")
    '010'
"""

from __future__ import annotations

from typing import Any

from ..nlp.syntax import SUBJECT_DEPS, child
from .frames import own_rule

# Tags of a clause that states rather than asks ("that it was owed", "that it has"); the bare
# subjunctive that asks ("that he resign") is often tagged a noun by the small model, so the
# asking clause is read as any other head with a subject and no modal.
_STATING_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG"})
_OBLIGATION = frozenset({"should", "must", "shall"})
_MANDATIVE_KINDS = frozenset({"demand", "appeal"})


def mandated_code(book: Any, verb: Any, code: str) -> str:
    """``code`` of the demand or appeal ``verb``, made specific by the act its that-clause
    asks for; ``code`` unchanged when ``verb`` is no such frame or the act codes nothing."""
    kind = book.frame_verbs.get(str(verb.lemma_).lower())
    if kind not in _MANDATIVE_KINDS or code != book.frame_codes[kind]["*"]:
        return code  # a row for that object ("demanded a ceasefire") is specific already
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not _asks(clause):
        return code
    rule = own_rule(book, clause)
    if rule is None:
        return code
    return str(book.frame_code(kind, rule.code))


def _asks(clause: Any) -> bool:
    """The that-clause states an act to be done by its own subject."""
    if child(clause, SUBJECT_DEPS) is None:
        return False
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
    return bool(modals & _OBLIGATION) or (not modals and clause.tag_ not in _STATING_TAGS)
