"""When the classifier's reading outranks the rules' events of a sentence (the outvote, #15).

The model reads the whole sentence as a bag of words and a few verb links; a rule reads one
clause's verb with its preposition and object. The outvote exists for sentences where the
rules code a clause beside the news and the model sees the news: "Israel's cabinet **met**
Sunday and **decided** to bar Hamas" (rules: 04 on "met"; model: 13), "was arrested in
Lebanon **for collaborating** with Israel" (rules: 17; model: 11). Where the rules' trigger is
the only clause of the sentence, the model reads the same verb the rule read, without its
object or preposition: "Putin called Biden" (a phone call, 041; the model's "call" is an
appeal, 02), "a court sentenced X to prison" (173; the model's 08), "sent troops to the
border" (154; 08). There the rule's reading of the clause stands (:func:`clause_beside`).

Example:
    >>> from eventscope.models import EventMention
    >>> framed = EventMention(None, None, "1041", 1, 2, 0, 0.9, "verb:ask+frame:appeal")
    >>> outvotes(1, None, [framed], frozenset())
    False
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .clauses import penta_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..models import EventMention

# Dependencies of a verb that heads a clause of its own (not a participle modifying a noun:
# "troops stationed at the border" adds no act).
_CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "pcomp", "csubj", "parataxis"}
)
# "according to": a preposition spaCy tags as a verb.
_NOT_ACTS = frozenset({"accord"})


def outvotes(
    penta: int, sent: Span | None, kept: Sequence[EventMention], reporting: Collection[str]
) -> bool:
    """Whether the model's sure PentaClass ``penta`` outranks the rules' events ``kept`` of
    ``sent``: none of them has it, none is framed, it is not material conflict, and the
    sentence has a clause beside the rules' (:func:`clause_beside`; ``reporting``: the
    lemmas of reporting verbs, whose clause reports and does nothing)."""
    if penta == 4:
        return False  # material conflict is the domain coder's (protests, fights): no guess
    # a framed event ("asked X to release": an appeal) is not the asked act the model reads
    if any(penta_of(e.cameo) == penta or "frame:" in e.pattern for e in kept):
        return False
    return sent is None or clause_beside(sent, kept, reporting)


def clause_beside(sent: Span, kept: Sequence[EventMention], reporting: Collection[str]) -> bool:
    """``sent`` has a verb heading a clause that no event of ``kept`` was coded from: not a
    trigger, not the infinitive a trigger frames ("threatened **to strike**"), not a
    reporting verb after the triggers ("..., the ministry **said**": an attribution; one
    before them acts: "**announced** that he will withdraw the inspectors", a threat)."""
    triggers = {i for e in kept for i in range(e.trigger_start, e.trigger_end)}
    return any(_another_act(token, triggers, reporting) for token in sent)


def _another_act(token: Token, triggers: set[int], reporting: Collection[str]) -> bool:
    if token.pos_ != "VERB" or token.dep_ not in _CLAUSE_DEPS or token.i in triggers:
        return False
    lemma = token.lemma_.lower()
    if lemma in _NOT_ACTS or (lemma in reporting and token.i > max(triggers, default=-1)):
        return False  # "..., the ministry said" attributes; "announced that he will" acts
    return not (token.dep_ == "xcomp" and token.head.i in triggers)
