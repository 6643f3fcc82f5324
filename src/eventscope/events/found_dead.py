"""A victim found dead: when the finding of a person or a body is news of a killing.

CONTRACT:

    code = found_code(token, book)             # "180" for "was found dead", else the harm code
    ok = cued(book, sent, token, victim)       # the sentence shows an attacker was at work

"A man was found dead", "the body of a woman was found with gunshot wounds": the finding is the
news of a killing by someone unnamed (:mod:`.domain` codes it 180 with an implied attacker)
when the text shows violence: a state word on the verb ("found dead", "found tortured"), a
"with" of wounds, a word of violence in the sentence (domain.toml ``cues``), or a mark a killer
leaves on a body (``marks``: "signs of torture", "handcuffed", "with his hands tied", "the
dismembered body", "remains in plastic bags"), in the sentence or the next one ("Two bodies
were found in a canal. The victims were handcuffed."). A body found with none of these ("the
body of a fisherman was found on the beach") may be a drowning or an illness: no event.

Example:
    >>> sorted(CORPSES)[:2]
    ['bodies', 'body']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..actors.executions import CORPSES, DEATH_STATES
from .victims import passive_subject, wounded

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

STATE_DEPS = ("oprd", "acomp", "xcomp")


class FoundBook(Protocol):
    """The word lists of domain.toml ``unknown_perpetrator`` these rules read (read-only)."""

    @property
    def found(self) -> frozenset[str]: ...
    @property
    def states(self) -> frozenset[str]: ...
    @property
    def cues(self) -> frozenset[str]: ...
    @property
    def marks(self) -> frozenset[str]: ...
    @property
    def combatants(self) -> frozenset[str]: ...
    @property
    def accidents(self) -> frozenset[str]: ...
    @property
    def violence(self) -> Mapping[str, str]: ...


def _states(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in STATE_DEPS}


def marked_body(token: Token, marks: frozenset[str]) -> bool:
    """``token`` (a verb of finding) has a corpse for its passive subject and a mark of
    violence stands in its sentence or the next ("The body bore signs of torture").

    Example: "found" in "two bodies were found in a canal. They were handcuffed." -> True.
    """
    found = passive_subject(token)
    if found is None or not {found.lemma_.lower(), found.lower_} & CORPSES:
        return False
    sent = token.sent
    words = list(sent)
    if sent.end < len(token.doc):
        words += list(token.doc[sent.end].sent)
    return any(t.lemma_.lower() in marks or t.lower_ in marks for t in words)


def found_code(token: Token, book: FoundBook) -> str | None:
    """The harm code of a violence verb ``token`` (domain.toml ``codes``); a verb of finding
    has one only with a state word, a "with" of wounds or a marked body (module docstring)."""
    lemma = token.lemma_.lower()
    if lemma in book.found:
        with_wounds = any(c.lower_ == "with" for c in token.children) or wounded(token)
        shown = _states(token) & book.states or with_wounds or marked_body(token, book.marks)
        return book.violence.get(lemma) if shown else None
    return book.violence.get(lemma) if token.pos_ == "VERB" else None


def cued(book: FoundBook, sent: Span, token: Token, victim: Token | None) -> bool:
    """A word of violence in the sentence ("shot", "gunmen"), a found body's marks or dead-found
    state words; or a ``victim`` named by a role of armed conflict ("a civilian", "two soldiers
    were wounded") in a sentence that names no accident ("killed when their bus overturned").
    Beside another event the harm is that event's toll ("..., two soldiers were wounded")."""
    words = {t.lower_ for t in sent}
    if token.lemma_.lower() in book.found:
        dead = bool(_states(token) & DEATH_STATES)
        return dead or bool(words & book.cues) or marked_body(token, book.marks)
    if words & book.cues:
        return True
    if victim is None or victim.lemma_.lower() not in book.combatants:
        return False
    return not words & book.accidents
