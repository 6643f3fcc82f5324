"""Attach a time expression to an event: its own clause first, then its sentence.

The event's clause head is found by walking up from the trigger token to the nearest
clause-level verb (ROOT, ccomp, advcl, relcl, acl, conj...). Candidates, best first:

1. expressions whose own clause head is the event's clause head;
2. expressions of the clauses that enclose it, nearest first ("supplies sent by China"
   takes the date of "On April 3-23, Azerbaijan received ...");
3. expressions inside the subtree of the event's clause head (nested clauses);
4. the nearest expression in the same sentence.

Within a clause a date on the trigger itself comes first ("the attack on Sunday"), then one
on the clause's verb, then one on another noun ("the attack on Sunday was condemned on
Monday": the condemning was on Monday); then the first in the text (an event listed with
several dates began on the first). A date between a reporting verb and the subject of the
clause it reports is the report's, whatever the parse says ("said on Tuesday they had ...").

Expressions from other sentences are used only when the event's sentence has no date of
its own: when it refers back to the event before ("During the meeting, ..."; see
:mod:`eventscope.dates.support`, which also rejects implausible dates), or when its event
is past and continues the story of a day in the publication week ("On 6 May, police raided
a mosque. Locals held two officers hostage."). Expressions that
carry a date beat references such as PAST_REF. Example: in "On April 3-23, Azerbaijan
received supplies under the act signed on April 2." the receiving event gets April 3-23
and the signing event ("signed") gets April 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..models import EventMention, TimeExpression
from ..nlp.docmemo import char_span, doc_words, heads_of, sentences
from ..nlp.syntax import CLAUSE_HEAD_DEPS as CLAUSE_DEPS
from ..nlp.syntax import SUBJECT_DEPS, VERBAL_POS
from .earlier import week_earlier, year_earlier
from .lexicon import DateLexicon
from .support import RECENT, continues_previous, plausible
from .tense import doc_direction, in_past_story, is_past

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NOUN_CLAUSES = frozenset({"acl", "relcl"})  # clauses that describe a noun
# How a date modifies a noun ("the 1987 coups", "the September 11 attacks").
NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod"})
# Prepositions whose object is what an act is for or about, not when it happened.
CAUSE_PREPOSITIONS = frozenset({"for", "over", "about", "into", "against", "regarding"})
# Prepositions of a deadline ("will withdraw by the end of January"), and the nouns of a part
# of a period between them and the date ("the end of", "the middle of").
DEADLINE_PREPOSITIONS = frozenset({"by", "before"})
PERIOD_PARTS = frozenset({"end", "middle", "start", "beginning", "close", "of"})
_MAX_WALK = 40  # heads form a tree; the bound guards against malformed parses
_MAX_CARRY = 3  # sentences a date is carried over ("During the meeting, ...")
_MAX_STORY = 6  # dateless sentences a story's day is carried over


def clause_head(token: Token) -> Token:
    """The nearest verb (or the root) at or above ``token`` that heads a clause."""
    doc = token.doc
    words, heads = doc_words(doc), heads_of(doc)  # indices: no token made per step up
    i = token.i
    for _ in range(_MAX_WALK):
        if words.dep[i] in CLAUSE_DEPS and words.pos[i] in VERBAL_POS:
            break
        if heads[i] == i:
            break
        i = heads[i]
    return token if i == token.i else doc[i]


def clause_chain(trigger: Token) -> dict[int, int]:
    """Token index → level of each clause head from the trigger's clause (0) up to the root."""
    chain: dict[int, int] = {}
    head = clause_head(trigger)
    for level in range(_MAX_WALK):
        chain.setdefault(head.i, level)
        if head.head.i == head.i:
            break
        head = clause_head(head.head)
    return chain


def attach_expression(
    doc: Doc,
    event: EventMention,
    expressions: Sequence[TimeExpression],
    *,
    published: date | None = None,
    lexicon: DateLexicon | None = None,
) -> TimeExpression | None:
    """The expression dating ``event`` (see module docstring), or None.

    With ``published``, dates that :func:`~eventscope.dates.support.plausible` rejects are
    left out; a sentence without a date of its own that continues the one before takes
    that sentence's date (:func:`~eventscope.dates.support.continues_previous`).
    """
    if not 0 <= event.trigger_start < len(doc):
        return None
    trigger = doc[event.trigger_start]
    own = [e for e in expressions if e.sent_index == event.sent_index]
    found = _best(doc, trigger, own, published)
    if found is not None or not expressions:
        return found
    return _carried_over(doc, trigger, event.sent_index, expressions, published, lexicon)


def _best(
    doc: Doc, anchor: Token, candidates: Sequence[TimeExpression], published: date | None
) -> TimeExpression | None:
    chain = clause_chain(anchor)
    usable = [
        e
        for e in (_past_reading(anchor, c, published) for c in candidates)
        if _plausible(doc, anchor, e, published)
        and not _dates_a_thing(doc, e, anchor)
        and not _dates_another_clause(doc, e, chain)
        and not _deadline(doc, e)
    ]
    if not usable:
        return None
    return min(usable, key=lambda e: _rank(doc, e, chain, anchor))


def _past_reading(
    anchor: Token, expression: TimeExpression, published: date | None
) -> TimeExpression:
    """A past event's yearless day that resolved after publication, read a year earlier
    ("signed the accord on July 8" in a May story: last July; :mod:`.earlier`). A gerund
    takes the tense of the clause it hangs on ("a mine exploded on 14 February, killing")."""
    if published is None or not (is_past(anchor) or in_past_story(anchor)):
        return expression
    return year_earlier(expression, published) or week_earlier(expression, published) or expression


def _dates_a_thing(doc: Doc, expression: TimeExpression, anchor: Token) -> bool:
    """ "thanked Uzbekistan for its support during **last year's** floods", "condemned
    **Sunday's** attack", "apologised for the **1987** coups": a date owned by a noun dates
    that noun, not the event, unless the noun is the trigger or the subject of the trigger's
    verb ("Sunday's attack killed 20")."""
    span = char_span(doc, expression.start, expression.end)
    if span is None:
        return False
    if span.root.dep_ in NOUN_MODIFIER_DEPS:
        return _names_a_cause(span.root.head, anchor)
    if span.root.dep_ != "poss":
        return False
    noun = span.root.head
    return noun.i != anchor.i and not (noun.dep_ in SUBJECT_DEPS and noun.head.i == anchor.i)


def _names_a_cause(noun: Token, anchor: Token) -> bool:
    """A year or date compounded with a noun that says what the event is for or about
    ("apologised for **the 1987 coups**", "an inquiry into the 2019 unrest"): that noun's
    time, not the event's. A noun after "in", "during" or "after", or the event's object
    ("won the 2019 election"), can still date it, so it is kept."""
    prep = noun.head
    return (
        noun.i != anchor.i
        and noun.dep_ == "pobj"
        and prep.lower_ in CAUSE_PREPOSITIONS
        and prep.head.i == anchor.i
    )


def _deadline(doc: Doc, expression: TimeExpression) -> bool:
    """A date an act is to be done by ("France will withdraw its troops **by the end of
    January**", "must leave before Friday"): the time limit of an act still ahead, not the
    day the intent or demand was stated, which the story's own date gives."""
    span = char_span(doc, expression.start, expression.end)
    if span is None:
        return False
    head = span.root.head
    for _ in range(4):  # "by" "the end" "of" "January": a short climb
        if head.lower_ in DEADLINE_PREPOSITIONS:
            return doc_direction(span) == "future"
        if head.lower_ not in PERIOD_PARTS or head.head.i == head.i:
            return False
        head = head.head
    return False


def _dates_another_clause(doc: Doc, expression: TimeExpression, chain: dict[int, int]) -> bool:
    """A date that belongs to a clause neither the event's own nor enclosing it: one after
    "since", which says when a state began ("agreed to resume train services **suspended since
    2020**"; "fighting has raged since Sunday" stays dated), or one in a clause that describes
    a noun (``acl``, ``relcl``: "Iran released a tanker **seized in July**")."""
    span = char_span(doc, expression.start, expression.end)
    if span is None:
        return False
    clause = _date_clause(span)
    if clause.i in chain:
        return False
    since = span.start > 0 and doc[span.start - 1].lower_ == "since"
    return since or clause.dep_ in NOUN_CLAUSES


def _plausible(doc: Doc, anchor: Token, expression: TimeExpression, published: date | None) -> bool:
    def past() -> bool:
        span = char_span(doc, expression.start, expression.end)
        return is_past(anchor) or (span is not None and is_past(span.root))

    if published is None or expression.date is None:
        return True
    ahead = expression.date > published
    return plausible(
        expression, published=published, past=past(), past_event=ahead and is_past(anchor)
    )


def _carried_over(
    doc: Doc,
    trigger: Token,
    sent_index: int,
    expressions: Sequence[TimeExpression],
    published: date | None,
    lexicon: DateLexicon | None,
) -> TimeExpression | None:
    """The date of an earlier sentence, or None.

    A sentence that refers back to the event before takes its date (a chain of up to
    :data:`_MAX_CARRY` sentences that each refer back). A past-tense event in a sentence with
    no date continues the story: it takes the nearest earlier dated sentence's date when that
    is a day of the publication week ("On 6 May, police raided a mosque. Locals held two
    officers hostage."); an older or coarser date there is background and ends the search.
    """
    lexicon = lexicon or DateLexicon.load()
    sents = sentences(doc)
    if not 0 < sent_index < len(sents):
        return None
    story = in_past_story(trigger) and not _opens_elsewhere(sents[sent_index], lexicon)
    chained = True
    for index in range(sent_index - 1, max(sent_index - _MAX_STORY, 0) - 1, -1):
        chained = chained and sent_index - index <= _MAX_CARRY
        chained = chained and continues_previous(sents[index + 1], lexicon)
        if not (chained or story):
            return None
        previous = [e for e in expressions if e.sent_index == index and e.date is not None]
        found = _best(doc, sents[index].root, previous, published) if previous else None
        if found is not None and (chained or _story_day(found, published)):
            return found
        if previous and not chained:
            return None
    return None


def _opens_elsewhere(sent: Span, lexicon: DateLexicon) -> bool:
    """A sentence opening on another time: "Later, ...", "Afterwards, ..."."""
    return sent[0].lower_ in lexicon.narrative_breaks


def _story_day(expression: TimeExpression, published: date | None) -> bool:
    """A day (not a month or year) in the week up to publication, or any day without it."""
    if expression.precision != "day" or expression.date is None:
        return False
    return published is None or timedelta(0) <= published - expression.date <= RECENT


def _rank(
    doc: Doc, expression: TimeExpression, chain: dict[int, int], trigger: Token
) -> tuple[int, int, int, int]:
    """Sort key: dated first; then own clause, enclosing clauses (nearest first), the
    clause's subtree, the rest of the sentence; then what the date modifies (the trigger,
    the clause's verb, another noun) and text order, or distance."""
    span = char_span(doc, expression.start, expression.end)
    undated = 1 if expression.date is None else 0
    if span is None:
        return (undated, _MAX_WALK + 2, 0, abs(expression.start - trigger.idx))
    level = chain.get(_date_clause(span).i)
    if level is not None:
        # Several dates in one clause ("On April 3-23, and May 21, X received..."):
        # the first is when the event began.
        return (undated, level, _host_rank(span, trigger), span.start)
    own_head = min(chain, key=chain.__getitem__)
    if _descends(span.root, doc[own_head]):
        return (undated, _MAX_WALK, 0, span.start)
    distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
    return (undated, _MAX_WALK + 1, 0, distance)


def _date_clause(span: Span) -> Token:
    """The clause a date belongs to. A date between a verb and the subject of the clause it
    reports belongs to the reporting verb, whatever the parse says ("Police said on Tuesday
    they had arrested 12 protesters on Sunday": the saying was on Tuesday)."""
    head = clause_head(span.root)
    parent = head.head
    if head.dep_ != "ccomp" or not parent.i < span.start:
        return head
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and span.end <= subject.left_edge.i:
        return clause_head(parent)
    return head


def _host_rank(span: Span, trigger: Token) -> int:
    """0 when the date modifies the trigger ("the attack on Sunday" for the attack), 1 when it
    modifies a verb, 2 when another noun ("the attack on Sunday was condemned on Monday": the
    condemning was on Monday)."""
    host = span.root.head
    if host.pos_ == "ADP" and host.head.i != host.i:
        host = host.head
    if host.i == trigger.i:
        return 0
    return 1 if host.pos_ in VERBAL_POS else 2


def _descends(token: Token, ancestor: Token) -> bool:
    for _ in range(_MAX_WALK):
        if token.i == ancestor.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
