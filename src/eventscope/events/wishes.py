"""Wanting another party to act is asking it to: "Israel wants Germany to pay compensation".

CAMEO 02 codes requests, and a wish stated about what another party should do is one (the
codebook's appeal codes read "the source asks that the target does something"). The parser
reads "wants Y to pay" as a clause with its own subject Y and the marker "to"; "want" itself is
an intent frame ("wants to meet Y" is 036), so without this rule the act Y is to do is dropped as
a purpose clause. The appeal goes from the wisher to Y, coded by the ``appeal`` table of
``frames.toml`` by the act's root ("wants Japan to release the sailors": 0253), or 020 when the
act codes nothing ("wants Sweden to change its law"). Wish verbs are ``wish_verbs`` of
``frames.toml``; a negated, conditional or unreal wish asks nothing.

Example:
    >>> from types import SimpleNamespace
    >>> clause = SimpleNamespace(dep_="xcomp", head=None)
    >>> wished_act(None, clause, 0, None) is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp.syntax import child, to_infinitive
from .build import Candidate
from .frames import DROP, FRAMED_CONFIDENCE, modality, own_rule
from .syntax import inherited_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook
    from .syntax import ActorIndex


def wished_act(
    book: PatternBook, clause: Token, sent_index: int, index: ActorIndex
) -> Candidate | None:
    """The appeal of "X wants Y to <act>" for the clause ``clause`` (``ccomp`` of a wish verb
    with its own subject and "to"), or None."""
    if clause.dep_ != "ccomp" or not to_infinitive(clause):
        return None
    wish = clause.head
    if wish.lemma_.lower() not in book.words.get("wish_verbs", frozenset()):
        return None
    if modality(wish, book) in DROP:
        return None
    targets = index.groups_under(child(clause, ("nsubj",)))
    sources = index.groups_under(inherited_subject(wish, book.words["pronouns"]))
    if not targets or not sources:
        return None
    rule = own_rule(book, clause)
    code = book.frame_code("appeal", rule.code) if rule is not None else _bare(book)
    return Candidate(
        code=code,
        sources=sources,
        targets=targets,
        trigger=(wish.i, wish.i + 1),
        sent_index=sent_index,
        confidence=FRAMED_CONFIDENCE,
        pattern=f"frame:{wish.lemma_.lower()}+wish",
    )


def _bare(book: Any) -> str:
    """The appeal not otherwise specified (CAMEO 020)."""
    return str(book.frame_codes["appeal"]["*"])
