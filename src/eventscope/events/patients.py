"""The one acted on, described by a clause: no other actor of the sentence is guessed for it.

"Police arrested a man **suspected of spying for Russia**", "Iran executed a man **convicted
of spying for Israel**", "Egypt detained a journalist **who had criticised Qatar**": the
verb's object is a person the text does not name as an actor, and the clause that describes
that person names another country. That country is no party to the arrest or the execution,
so the event's target is not guessed from the sentence's other countries (CAMEO codes the
person acted on, not what they are accused of; the one other country named would otherwise
become the target, "RUSCOP -> RUSGOV").

Contract: :func:`described_patient` takes the verb's object (or ``None``) and the sentence's
:class:`~.syntax.ActorIndex`, and is true when the object is a common noun naming no actor
with a participle or relative clause that names one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .syntax import ActorIndex

DESCRIBING_DEPS = frozenset({"acl", "relcl"})


def described_patient(obj: Token | None, index: ActorIndex) -> bool:
    """True when ``obj`` is a person or thing the text describes by a clause that names an
    actor, while the object itself names none.

    >>> described_patient(None, None)  # type: ignore[arg-type]
    False
    """
    if obj is None or obj.pos_ != "NOUN" or index.group_under(obj) is not None:
        return False
    clauses = [c for c in obj.children if c.dep_ in DESCRIBING_DEPS]
    return any(t.i in index.by_token for c in clauses for t in c.subtree)
