"""An act that a verb of stopping governs was stopped, not done.

CONTRACT:

    ceased(token) -> bool

"Forces **stopped shelling** the town", "the army **halted its bombardment** of the city",
"militants **ceased firing** on the base": the shelling, the bombardment and the firing are what
ended, so the domain and contentious coders code no attack for them. The main coder reads
"stop" and "cease" as a failed frame already (``frames.toml``); the coders that read trigger
words after it must not code the stopped act back. A verb of stopping that is itself planned
or refused does not make the act real either, so no further test is needed.

Example:
    >>> ceased  # doctest: +ELLIPSIS
    <function ceased at ...>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose complement ("stopped shelling") or object ("halted its shelling", "ended the
# bombardment") is an act that ends: lemmas. "suspend" and "pause" end it for a time, which
# is no attack either.
STOP_VERBS = frozenset({"stop", "cease", "halt", "end", "suspend", "pause", "quit"})
# How the act hangs on the verb: a gerund complement or a direct object (noun or gerund).
STOPPED_DEPS = frozenset({"xcomp", "dobj"})
# The possessive pronouns that make an object act the stopper's own.
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def ceased(token: Token) -> bool:
    """``token`` is the act a verb of stopping governs, the stopper's own.

    A gerund complement is always the subject's own act ("stopped shelling"); an object noun
    only with a possessive pronoun ("halted **its** shelling"): "police halted the march" stops
    someone else's march, which took place.

    >>> class T:  # a stand-in for a spaCy token: "stopped shelling"
    ...     def __init__(self, lemma, dep, head=None, kids=()):
    ...         self.lemma_, self.dep_, self.children = lemma, dep, kids
    ...         self.head, self.pos_, self.lower_ = head if head else self, "NOUN", lemma
    >>> ceased(T("shell", "xcomp", T("stop", "ROOT")))
    True
    >>> ceased(T("shell", "xcomp", T("continue", "ROOT")))
    False
    >>> ceased(T("march", "dobj", T("halt", "ROOT")))
    False
    """
    if token.dep_ not in STOPPED_DEPS or token.head is token:
        return False
    if token.head.lemma_.lower() not in STOP_VERBS:
        return False
    return token.dep_ == "xcomp" or any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in token.children
    )
