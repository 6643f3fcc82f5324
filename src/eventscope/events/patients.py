"""The one acted on, described by a clause: no other actor of the sentence is guessed for it.

"Police arrested a man **suspected of spying for Russia**", "Iran executed a man **convicted
of spying for Israel**", "Egypt detained a journalist **who had criticised Qatar**": the
verb's object is a person the text does not name as an actor, and the clause that describes
that person names another country. That country is no party to the arrest or the execution,
so the event's target is not guessed from the sentence's other countries (CAMEO codes the
person acted on, not what they are accused of; the one other country named would otherwise
become the target, "RUSCOP -> RUSGOV").

Contract: :func:`described_patient` takes the verb's object (or ``None``), the sentence's
:class:`~.syntax.ActorIndex` and the event's code, and is true for coercion or force done to
a common noun naming no actor with a participle or relative clause that names one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .syntax import ActorIndex

DESCRIBING_DEPS = frozenset({"acl", "relcl"})
FORCE_ROOT = "17"  # roots 17-20: coerce, assault, fight, mass violence
RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "that", "which" opening a relative clause


def described_patient(obj: Token | None, index: ActorIndex, code: str) -> bool:
    """True when ``code`` is coercion or force done to ``obj`` (CAMEO roots 17-20: arrested,
    jailed, executed, killed) and ``obj`` is a person the text describes by a clause that
    names an actor, while the object itself names none. Other acts keep their guess ("condemned
    the attack carried out by X" names X through the attack's maker).

    >>> described_patient(None, None, "173")  # type: ignore[arg-type]
    False
    """
    if code[:2] < FORCE_ROOT or obj is None or obj.pos_ != "NOUN":
        return False
    if index.group_under(obj) is not None:
        return False
    clauses = [c for c in obj.children if c.dep_ in DESCRIBING_DEPS and _describes(c)]
    return any(t.i in index.by_token for c in clauses for t in c.subtree)


def _describes(clause: Token) -> bool:
    """A clause about its noun: a participle ("a man convicted of ...") or a relative clause
    ("a journalist who criticised ..."), not the content of a noun with a subject of its own
    ("hopes that X could be drawn into the talks": X is what the hopes are about)."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return all(s.tag_ in RELATIVE_TAGS for s in subjects)
