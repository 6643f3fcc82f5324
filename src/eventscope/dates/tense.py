"""Past or future? Light tense cues around a time expression.

``context_direction`` reads a plain sentence (no parsing: it must be cheap for thousands
of lines): the tense cue nearest to the expression wins ("will", "next" -> future;
"said", "was", "-ed" verbs -> past). ``doc_direction`` reads the parse instead: the
tense of the verb that governs the expression.

Example:
    >>> from eventscope.dates.lexicon import DateLexicon
    >>> lexicon = DateLexicon.load()
    >>> context_direction("The talks will resume on Monday.", "Monday", lexicon)
    'future'
    >>> context_direction("Talks resumed on Monday.", "Monday", lexicon)
    'past'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.docmemo import children_of, doc_words, heads_of
from ..nlp.syntax import AUXILIARY_DEPS, VERBAL_POS
from .lexicon import DateLexicon
from .resolve import Direction

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|'ll")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "may", "might", "must", "should"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs whose infinitive happens when they do (implicative, aspectual and deciding verbs):
# "voted to impose sanctions on Tuesday", "tried to storm the building on Monday" did so on
# that day. Not "agreed", "promised", "planned", "threatened to strike on Monday": ahead.
_SAME_TIME = frozenset(
    {"vote", "decide", "move", "refuse", "decline", "fail", "manage", "try", "attempt", "begin",
     "start", "continue", "opt", "choose", "rush", "hasten", "proceed", "resolve", "elect"}
)  # fmt: skip


def context_direction(context: str | None, expression: str, lexicon: DateLexicon) -> Direction:
    """The direction of the tense cue nearest to ``expression`` in ``context``."""
    if not context:
        return None
    words = _WORD.findall(context.lower().replace("\u2019", "'"))
    target = _WORD.findall(expression.lower())
    start = _find(words, target)
    end = start + len(target)
    best: tuple[int, Direction] = (len(words) + 1, None)
    for index, word in enumerate(words):
        if start <= index < end:
            continue
        cue = _cue(word, lexicon)
        distance = start - index if index < start else index - end + 1
        # Ties go to the future: "will meet Friday, officials said".
        if cue is not None and (distance, cue != "future") < (best[0], best[1] != "future"):
            best = (distance, cue)
    return best[1]


def _find(words: list[str], target: list[str]) -> int:
    if not target:
        return len(words) // 2
    for index in range(len(words) - len(target) + 1):
        if words[index : index + len(target)] == target:
            return index
    return len(words) // 2


def _cue(word: str, lexicon: DateLexicon) -> Direction:
    if word in lexicon.future_cues:
        return "future"
    if word in lexicon.past_cues:
        return "past"
    if len(word) > 4 and word.endswith("ed") and word not in lexicon.not_past:
        return "past"
    return None


def doc_direction(span: Span) -> Direction:
    """The tense of the verb governing ``span`` in a parsed doc (None when present/unknown).

    Future: "will/shall/may/might/must/should" + verb, "to" + infinitive ("set to resume
    Monday"), present progressive ("is visiting Baku on Monday"). Past: past-tense verb or
    auxiliary, present perfect, a participle modifying a noun ("the act signed on April 2"),
    the infinitive of a past verb that does it then ("voted to impose sanctions on Tuesday").
    """
    verb = _governing_verb(span.root)
    return None if verb is None else _verb_direction(verb)


def is_past(token: Token) -> bool:
    """Whether the verb governing ``token`` is past (as :func:`doc_direction` reads it)."""
    verb = _governing_verb(token)
    return verb is not None and _verb_direction(verb) == "past"


def in_past_story(token: Token) -> bool:
    """Whether the nearest finite verb at or above ``token``'s verb is past: an infinitive,
    participle or gerund takes the tense of the clause it hangs on ("guards fired shots to
    disperse the crowd", "musicians taking part in the protest chained themselves")."""
    verb = _governing_verb(token)
    for _ in range(12):  # heads form a tree; the bound guards against odd parses
        if verb is None:
            return False
        direction = _verb_direction(verb)
        if direction == "past" or (direction is None and _finite(verb)):
            return direction == "past"
        if direction == "future" and not _infinitive(verb):
            return False
        if verb.head.i == verb.i:
            return False
        verb = _governing_verb(verb.head)
    return False


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: tensed itself or after a tensed auxiliary."""
    if verb.tag_ in _FINITE_TAGS:
        return True
    return any(aux.tag_ in _FINITE_TAGS for aux in _auxiliaries(verb))


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliary children of ``verb``, in order; a token is made for these only."""
    doc = verb.doc
    labels = doc_words(doc).dep
    return [doc[i] for i in children_of(doc)[verb.i] if labels[i] in AUXILIARY_DEPS]


def _infinitive(verb: Token) -> bool:
    """ "to disperse": future to :func:`doc_direction`, but it has no tense of its own."""
    return verb.tag_ == "VB" and not _finite(verb)


def _verb_direction(verb: Token) -> Direction:
    auxiliaries = _auxiliaries(verb)
    aux_words = {aux.lower_ for aux in auxiliaries}
    if aux_words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and (verb.dep_ in ("acl", "relcl") or "have" in _lemmas(auxiliaries)):
        return "past"
    if verb.tag_ == "VB" and "to" in aux_words:
        return "past" if _done_with(verb) else "future"
    if verb.tag_ == "VBG" and any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries):
        return "future"
    return None


def _done_with(verb: Token) -> bool:
    """``verb`` is the infinitive of a past verb of :data:`_SAME_TIME` ("the Senate **voted**
    to impose sanctions on Tuesday"): its date is that verb's, in the past."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.lemma_.lower() in _SAME_TIME
        and _verb_direction(head) == "past"
    )


def _lemmas(tokens: list[Token]) -> set[str]:
    return {token.lemma_ for token in tokens}


def _governing_verb(token: Token) -> Token | None:
    doc = token.doc
    pos, heads = doc_words(doc).pos, heads_of(doc)  # indices: no token made per step up
    i = token.i
    for _ in range(12):  # heads form a tree; the bound guards against odd parses
        if pos[i] in VERBAL_POS:
            return token if i == token.i else doc[i]
        if heads[i] == i:
            return None
        i = heads[i]
    return None
