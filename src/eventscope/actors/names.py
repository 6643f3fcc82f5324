"""Person names next to a title: "Minister Jeyhun Bayramov", "Guo Min, China's envoy".

A name is a run of up to four capitalised proper nouns in one sentence that starts no
dictionary entry and is not a date, number or place entity; a run holding a place word
("King Williams Town") is no person.

Example:
    >>> finder = NameFinder(doc, frozenset(), frozenset({"town"}))   # doctest: +SKIP
    >>> finder.after(1)   # end of the name that starts at token 1     # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.syntax import NAME_POS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A title is followed by a person, not a place or a number.
NOT_NAME_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "GPE", "LOC", "FAC"}
)
MAX_NAME = 4


@dataclass(frozen=True, slots=True)
class NameFinder:
    """Finds name runs in ``doc``; ``starts`` are tokens that start dictionary entries."""

    doc: Doc
    starts: frozenset[int]
    not_person_words: frozenset[str]

    def after(self, pos: int) -> int:
        """End of the name starting at ``pos`` (``pos`` itself when there is none)."""
        end = pos
        while end < len(self.doc) and end - pos < MAX_NAME and self.is_name_token(end, pos):
            end += 1
        words = {self.doc[i].lower_ for i in range(pos, end)}
        return pos if words & self.not_person_words else end

    def before(self, start: int, head: int) -> int:
        """ "Guo Min, China's envoy": start of a name (PERSON, or apposed to the title word at
        ``head``) that ends right before a comma at ``start - 1``; else ``start``."""
        if start < 2 or self.doc[start - 1].text != ",":
            return start
        last = start - 2
        apposed = self.doc[head].dep_ == "appos" and self.doc[head].head.i == last
        person = self.doc[last].ent_type_ == "PERSON" or apposed
        if not person or not self.is_name_token(last, last):
            return start
        first = last
        while (
            first > 0 and last - first < MAX_NAME - 1 and self.is_name_token(first - 1, first - 1)
        ):
            first -= 1
        return first

    def after_comma(self, end: int) -> int:
        """ "the Chinese envoy, Guo Min, said": end of a whole PERSON entity between commas."""
        if end + 2 >= len(self.doc) or self.doc[end].text != ",":
            return end
        first = end + 1
        if self.doc[first].ent_iob_ != "B" or self.doc[first].ent_type_ != "PERSON":
            return end
        last = self.after(first)
        closed = last < len(self.doc) and self.doc[last].text in (",", ".")
        inside = last > first and self.doc[last].ent_iob_ != "I"
        return last if closed and inside else end

    def is_name_token(self, i: int, first: int) -> bool:
        token = self.doc[i]
        if i > first and token.is_sent_start:
            return False
        return (
            token.pos_ in NAME_POS
            and token.text[:1].isupper()
            and token.is_alpha
            and token.ent_type_ not in NOT_NAME_ENTS
            and i not in self.starts
        )
