"""The one acted on, described by a clause: no other actor of the sentence is guessed for it.

"Police arrested a man **suspected of spying for Russia**", "Iran executed a man **convicted
of spying for Israel**", "Egypt detained a journalist **who had criticised Qatar**": the
verb's object is a person the text does not name as an actor, and the clause that describes
that person names another country. That country is no party to the arrest or the execution,
so the event's target is not guessed from the sentence's other countries (CAMEO codes the
person acted on, not what they are accused of; the one other country named would otherwise
become the target, "RUSCOP -> RUSGOV").

The same holds for a person the text does not name at all ("police detained **a man**"): no
other actor is guessed, and the events stage leaves the target to the domain stage, which
makes such a person a civilian of the country where it happened (IRNCOP -> IRNCVL, not the
government, IRNGOV, that a domestic act with no target falls on). So does a gathering of
people ("police dispersed **a student protest**": ``gathering_objects``), whose people the
domain stage names by the gathering's modifier (``events.victims.gathered``: BGDEDU).

Contract: :func:`described_patient` takes the verb's object (or ``None``), the sentence's
:class:`~.syntax.ActorIndex`, the event's code and the person and gathering nouns of the
codebook's words (``person_objects``, ``gathering_objects``), and is true for coercion or force
done to a common noun naming no actor with a participle or relative clause that names one, or a
person or gathering noun / "who" clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS
from .victims import described_person

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .syntax import ActorIndex

DESCRIBING_DEPS = frozenset({"acl", "relcl"})
FORCE_ROOT = "17"  # roots 17-20: coerce, assault, fight, mass violence
RELATIVE_TAGS = frozenset({"WP", "WDT"})
PERSON_RELATIVE = "who"  # "who", "that", "which" opening a relative clause


def described_patient(
    obj: Token | None, index: ActorIndex, code: str, persons: frozenset[str] = frozenset()
) -> bool:
    """True when ``code`` is coercion or force done to ``obj`` (CAMEO roots 17-20: arrested,
    jailed, executed, killed), ``obj`` names no actor itself, and it is a person the text
    describes by a clause that names an actor, or a person the text does not name at all: one
    of ``persons`` ("police detained **a man**") or a noun a "who" clause describes ("detained
    **a rapper who** had backed the protests"). Other acts keep their guess ("condemned the
    attack carried out by X" names X through the attack's maker).

    >>> described_patient(None, None, "173")  # type: ignore[arg-type]
    False
    """
    if code[:2] < FORCE_ROOT or obj is None or obj.pos_ != "NOUN":
        return False
    if index.group_under(obj) is not None:
        return False
    if obj.lemma_.lower() in persons or described_person(obj):
        return True
    clauses = [c for c in obj.children if c.dep_ in DESCRIBING_DEPS and _describes(c)]
    return any(t.i in index.by_token for c in clauses for t in c.subtree)


def _describes(clause: Token) -> bool:
    """A clause about its noun: a participle ("a man convicted of ...") or a relative clause
    ("a journalist who criticised ..."), not the content of a noun with a subject of its own
    ("hopes that X could be drawn into the talks": X is what the hopes are about)."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return all(s.tag_ in RELATIVE_TAGS for s in subjects)
