"""Find time expressions in a parsed doc: spaCy DATE/TIME entities plus token rules.

The small English model misses or mangles some dates ("April 3-23, and May 21" as one
entity, "May" as a modal verb), so token rules anchored on time words (months,
weekdays, "yesterday", "last week", "two days ago", ISO dates, "in 2019") propose spans
too. Each span is then read by :func:`~eventscope.dates.parse.parse_expression`; what
does not parse ("the 4th Expo", "35,000 visitors") or is a trap (years used as names,
bare clock times, durations such as "for two years") is dropped.

Per doc this is one pass over the tokens with set lookups plus a short parse per span.

Example:
    >>> finder = DateFinder.load()                                      # doctest: +SKIP
    >>> finder.find(nlp("They met on 3 March 2019."), published=None)[0].value  # doctest: +SKIP
    '2019-03-03'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..memo import BoundedMemo
from ..models import TimeExpression
from ..nlp.docmemo import doc_words, entities, sentences, span_text
from .lexicon import DateLexicon
from .parse import Parsed, parse_expression
from .resolve import resolve
from .tense import doc_direction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"DATE", "TIME"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "to", "through"})
_EDGE_WORDS = frozenset({"early", "late", "mid", "earlier", "later", "this", "last", "next"})
_TIME_PREPS = frozenset({"in", "since", "until", "till", "during", "throughout"})
_DATE_LEAD = _EDGE_WORDS | {"on", "by", "since", "until", "till", "from", "before", "after"}
# Between two clock times of a range or a conversion: "1800 to 2100 local", "1500 (1400 GMT)".
_CLOCK_PAIR = frozenset({"and", "to", "-", "\u2013", "(", "/", "through"})
# Entities whose words are a name even when one of them is a year ("the 1988 Olympics").
_NAME_ENTITIES = frozenset({"ORG", "LAW", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})
PARSE_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class DateFinder:
    """Finds and normalises time expressions; build once (``load``) and reuse."""

    lexicon: DateLexicon
    anchor_words: frozenset[str]  # the lower-case words that may start a date
    # Readings by expression text (a pure function of the text and the lexicon): news repeats
    # its dates ("on Monday", "9 May 2020"). Bounded, per finder.
    _parsed: BoundedMemo[str, Parsed | None] = field(
        default_factory=lambda: BoundedMemo(PARSE_CACHE_SIZE), init=False, compare=False, repr=False
    )

    @classmethod
    def load(cls, lexicon: DateLexicon | None = None) -> DateFinder:
        """The finder over the packaged lexicon (cached), or over ``lexicon``."""
        return cls.from_lexicon(lexicon) if lexicon is not None else _default_finder()

    @classmethod
    def from_lexicon(cls, lexicon: DateLexicon) -> DateFinder:
        tables = (lexicon.months, lexicon.weekdays, lexicon.relative_days, lexicon.units)
        words = {word for table in (*tables, lexicon.seasons) for word in table}
        # "dddd" also as a word: the spelling of spaCy's shape of a year, as before
        return cls(lexicon, frozenset(words | {f"{word}." for word in words} | {"dddd"}))

    def find(self, doc: Doc, *, published: date | None) -> list[TimeExpression]:
        """Time expressions of ``doc`` in text order (see module docstring)."""
        sent_starts = [sent.start for sent in sentences(doc)]
        found: list[TimeExpression] = []
        last_day = published  # what "the next day" counts from: the day last named
        for alternatives in self.candidate_spans(doc):
            expression = self._first_reading(alternatives, published, last_day, sent_starts)
            if expression is None:
                continue
            found.append(expression)
            if expression.precision == "day" and expression.date is not None:
                last_day = expression.date
        return found

    def _first_reading(
        self,
        alternatives: tuple[Span, ...],
        published: date | None,
        last_day: date | None,
        sent_starts: list[int],
    ) -> TimeExpression | None:
        for span in alternatives:
            expression = self._expression(span, published, last_day, sent_starts)
            if expression is not None:
                return expression
        return None

    def candidate_spans(self, doc: Doc) -> list[tuple[Span, ...]]:
        """Candidate spans in text order, each as alternatives to try in turn.

        A rule span inside a DATE entity is tried as the union of both first ("the
        third quarter of 2019"), then alone (the entity "May Georgia" is mangled).
        Entities that two rule spans split ("April 3-23, and May 21") are dropped, unless the
        spans touch and the whole reads as one date ("July 8 last year").
        """
        rules = self._rule_spans(doc)
        chosen: list[tuple[Span, ...]] = [(rule,) for rule in rules]
        for ent in entities(doc):
            if ent.label_ not in ENTITY_LABELS or self._names_something(ent):
                continue
            inside = [r for r in rules if r.start < ent.end and ent.start < r.end]
            if len(inside) > 1:
                self._join_pieces(doc, ent, inside, chosen)
                continue
            if inside and (inside[0],) in chosen:
                start, end = min(ent.start, inside[0].start), max(ent.end, inside[0].end)
                chosen.remove((inside[0],))
                chosen.append((doc[start:end], inside[0]))
            elif not inside:
                chosen.append((ent,))
        return sorted(chosen, key=lambda alternatives: alternatives[-1].start)

    def _join_pieces(
        self, doc: Doc, ent: Span, inside: list[Span], chosen: list[tuple[Span, ...]]
    ) -> None:
        """ "July 8 last year": rule spans that touch each other inside one entity are one
        date when the whole reads as one (the day, and the year "last year" gives it); spans
        with words between ("April 3-23, and May 21") stay apart."""
        touching = all(a.end == b.start for a, b in zip(inside, inside[1:], strict=False))
        start, end = min(ent.start, inside[0].start), max(ent.end, inside[-1].end)
        if not touching or self._parse(span_text(doc[start:end])) is None:
            return
        for piece in inside:
            if (piece,) in chosen:
                chosen.remove((piece,))
        chosen.append((doc[start:end], inside[0]))

    def _names_something(self, ent: Span) -> bool:
        """An entity whose month or weekday is part of a name ("Sunday Times")."""
        return any(self._is_time_word(t) and not self._is_anchor(t) for t in ent)

    # -- token rules ----------------------------------------------------------------

    def _rule_spans(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        for index in self._possible_anchors(doc):
            if spans and index < spans[-1].end:
                continue
            if self._is_anchor(doc[index]):
                start, end = self._expand(doc, index)
                # "July 8 last year": "last year" does not take the 8 of the date before it
                start = max(start, spans[-1].end) if spans else start
                spans.append(doc[start:end])
        return spans

    def _possible_anchors(self, doc: Doc) -> list[int]:
        """Indices of tokens whose lower form is a time word or whose shape is spaCy's
        "dddd" (4 to 99 digits: a year), read from the document's strings."""
        words = doc_words(doc)
        known = self.anchor_words
        return [
            i
            for i, (lower, text) in enumerate(zip(words.lower, words.text, strict=True))
            if lower in known or (text.isdigit() and 4 <= len(text) < 100)  # most are no digits
        ]

    def _is_anchor(self, token: Token) -> bool:
        key = self.lexicon.key(token.text)
        if key in self.lexicon.months:
            return self._is_month(token)
        if key in self.lexicon.weekdays:
            return len(token.text) > 3 and self._is_calendar_name(token)
        if key in self.lexicon.relative_days:
            return True
        if key in self.lexicon.units or key in self.lexicon.seasons:
            return self._is_moved_unit(token)
        return token.like_num and self._is_year(token)

    def _is_month(self, token: Token) -> bool:
        """A month name; not the modal "May", the verb "March" or a name ("Jan Kubis")."""
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        prev = token.nbor(-1).lower_ if token.i else ""
        dated = (nxt is not None and nxt.like_num) or prev in self.lexicon.year_preps
        dated = dated or prev in self.lexicon.offsets or (token.i > 0 and token.nbor(-1).like_num)
        if token.lower_ in ("may", "march") or len(token.text) <= 3:
            return token.text[:1].isupper() and dated
        return dated or self._is_calendar_name(token)

    def _is_calendar_name(self, token: Token) -> bool:
        """Capitalised and not part of a longer name ("Sunday Times", "Bloody Sunday").

        A weekday right after a proper noun is still a date in wire copy ("Clinton
        Saturday vowed", "joined NATO Friday").
        """
        if not token.text[:1].isupper():
            return False
        doc = token.doc
        prev_key = self.lexicon.key(doc[token.i - 1].text) if token.i else ""
        if prev_key in self.lexicon.weekday_names:
            return False
        if prev_key in _DATE_LEAD or prev_key in self.lexicon.offsets:
            return True  # "on Sunday", "last Friday" even before a name
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return nxt is None or not nxt.is_title or self._is_time_word(nxt)

    def _is_time_word(self, token: Token) -> bool:
        key = self.lexicon.key(token.text)
        return key in self.lexicon.months or key in self.lexicon.weekdays

    def _is_moved_unit(self, token: Token) -> bool:
        """ "last week", "two days ago", "the third quarter", "this summer"."""
        doc = token.doc
        prev = self.lexicon.key(doc[token.i - 1].text) if token.i else ""
        nxt = self.lexicon.key(doc[token.i + 1].text) if token.i + 1 < len(doc) else ""
        return (
            prev in self.lexicon.offsets
            or nxt in self.lexicon.shift_back
            or (prev in self.lexicon.ordinals and token.lower_.startswith("quarter"))
        )

    def _is_year(self, token: Token) -> bool:
        """A four-digit year used as a date ("in 2019", "its 1990 invasion").

        Not a name: "Expo 2020", "Vision 2030", "the 2020 Expo".
        """
        if not (token.shape_ == "dddd" and 1000 <= int(token.text) <= 2999 and token.i):
            return False
        if self._is_clock(token) or self._in_name(token):
            return False
        prev = self.lexicon.key(token.nbor(-1).text)
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if prev in self.lexicon.year_preps:
            # a count before a plural noun ("a total of 1513 shots", "for 2000 people"), but
            # not after a preposition of time only ("In 2014 protests erupted")
            return prev in _TIME_PREPS or nxt is None or nxt.tag_ != "NNS"
        return (
            prev in self.lexicon.year_determiners
            and nxt is not None
            and nxt.is_alpha
            and nxt.is_lower
        )

    def _is_clock(self, token: Token) -> bool:
        """A 24-hour clock time: "at 1100 EST", "by 1430 hrs", "from 1800 to 2100 local",
        "1500 (1400 GMT)": a clock word right after it, or after a second time it pairs with."""
        doc, clock = token.doc, self.lexicon.clock_words
        after = [self.lexicon.key(t.text) for t in doc[token.i + 1 : token.i + 4]]
        if after and after[0] in clock:
            return True
        paired = len(after) == 3 and after[0] in _CLOCK_PAIR and doc[token.i + 2].shape_ == "dddd"
        return paired and after[2] in clock

    def _in_name(self, token: Token) -> bool:
        """A year inside a name: "the Trade Act of 1974", "the Treaty of 1921", "the Class of
        1987" (a capitalised word before "of"; not a month or season: "March of 1987"), or
        inside a named entity that is not a date."""
        if token.ent_type_ in _NAME_ENTITIES:
            return True
        doc = token.doc
        if token.i < 2 or doc[token.i - 1].lower_ != "of":
            return False
        named = doc[token.i - 2]
        key = self.lexicon.key(named.text)
        timely = key in self.lexicon.months or key in self.lexicon.seasons
        return named.text[:1].isupper() and named.is_alpha and not timely

    def _expand(self, doc: Doc, index: int) -> tuple[int, int]:
        """Grow a span around an anchor over numbers, offsets, dashes and shift words."""
        start, end = index, index + 1
        while start > 0 and self._joins_left(doc, start - 1):
            start -= 1
        while end < len(doc) and self._joins_right(doc, end):
            end += 1
        return start, end

    def _joins_left(self, doc: Doc, i: int) -> bool:
        token = doc[i]  # one token: each ``doc[i]`` makes a new one
        key = self.lexicon.key(token.text)
        if key in _EDGE_WORDS or key in self.lexicon.offsets or key in self.lexicon.numbers:
            return True
        if key in self.lexicon.ordinals:
            return True
        return token.like_num and token.shape_ in ("d", "dd", "dxx", "ddxx")

    def _joins_right(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        key = self.lexicon.key(token.text)
        if token.like_num and token.shape_ in ("d", "dd", "dddd"):
            return True
        if key in self.lexicon.shift_back or key in self.lexicon.weekdays:
            return True
        if key in self.lexicon.units or key in self.lexicon.day_parts:
            return True
        if key in self.lexicon.months and doc[i - 1].text == ",":
            return True  # checked by the comma before it
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if key == "," and nxt is not None and self.lexicon.key(nxt.text) in self.lexicon.months:
            return self._is_month(nxt)  # "Monday, Oct. 26"
        # "April 3-23", "2019-03-03", "March 3, 2019"
        if key in _DASHES or key == ",":
            return nxt is not None and nxt.like_num and nxt.shape_ in ("d", "dd", "dddd")
        return False

    # -- reading a span -------------------------------------------------------------

    def _expression(
        self, span: Span, published: date | None, last_day: date | None, sent_starts: list[int]
    ) -> TimeExpression | None:
        span = _trim(span)
        text = span_text(span)  # read once: spaCy's ``Span.text`` re-joins the tokens per call
        parsed = self._parse(text) if len(span) else None
        if parsed is None or not self._is_date(parsed, span):
            return None
        anchor = last_day if parsed.anaphoric else published
        resolved = resolve(parsed, anchor, doc_direction(span))
        return TimeExpression(
            text=text,
            start=span.start_char,
            end=span.end_char,
            value=resolved.value,
            precision=resolved.precision,
            date=resolved.date,
            end_date=resolved.end_date,
            sent_index=bisect_right(sent_starts, span.start) - 1,
        )

    def _parse(self, text: str) -> Parsed | None:
        return self._parsed.get(text, self._read)

    def _read(self, text: str) -> Parsed | None:
        return parse_expression(text, self.lexicon)

    def _is_date(self, parsed: Parsed, span: Span) -> bool:
        if parsed.names_day_only_by_clock:
            return False
        if parsed.unit is not None and parsed.offset is None and not parsed.shift:
            # a duration ("for two years"), but "the weekend" is the nearest one
            weekend = parsed.unit == "weekend" and parsed.amount is None
            return parsed.quarter is not None or weekend
        if parsed == _year_only(parsed.year):
            return span.start > 0 and self._is_year(span.doc[span.start])
        return True


@lru_cache(maxsize=1 << 10)
def _year_only(year: int | None) -> Parsed:
    """``Parsed(year=year)``, made once per year (21 fields: the comparison made one per
    reading)."""
    return Parsed(year=year)


def _trim(span: Span) -> Span:
    """Drop edge punctuation and a leading "the"/"on" from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("the", "on", "in")):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


@lru_cache(maxsize=1)
def _default_finder() -> DateFinder:
    return DateFinder.from_lexicon(DateLexicon.load())
