"""Place names the small NER model tags as dates ("in Haftanin region of Dahuk" -> DATE).

The place finder leaves the words of DATE and TIME entities alone ("May", "Sunday" are also
town names). A one-word "date" that holds no time word of the date stage's lexicon (no
month, weekday, season, number, unit or part of the day) and no digit, and that the
gazetteer knows as a division or a large place, is that place mislabelled: "Dahuk" (an
Iraqi governorate) tagged DATE after "region of". Holidays stay dates: "at Christmas" has no
division or large town of that name.

Example:
    >>> time_word("May"), time_word("Dahuk")
    (True, False)
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..dates.lexicon import DateLexicon
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name

if TYPE_CHECKING:
    from spacy.tokens import Span

LARGE_PLACE = 100_000  # people: a town this large is no holiday's name


def time_word(word: str) -> bool:
    """A word of the date stage's lexicon (lower case, a final full stop dropped)."""
    return DateLexicon.key(word) in _time_words()


def place_not_time(ent: Span, gazetteer: Gazetteer) -> bool:
    """A one-word DATE or TIME entity that is a division's or a large place's name, not a
    time (see the module docstring)."""
    if len(ent) != 1 or not ent.text.isalpha() or not ent.text[:1].isupper():
        return False
    if time_word(ent.text):
        return False
    readings = gazetteer.lookup_key(normalise_name(ent.text))
    return any(c.is_division or c.population >= LARGE_PLACE for c in readings)


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    lexicon = DateLexicon.load()
    words: set[str] = set()
    for table in (
        lexicon.months,
        lexicon.weekdays,
        lexicon.relative_days,
        lexicon.seasons,
        lexicon.units,
        lexicon.numbers,
        lexicon.ordinals,
        lexicon.references,
        lexicon.offsets,
    ):
        words.update(table)
    words.update(lexicon.day_parts | lexicon.weekday_names | lexicon.vague | lexicon.fillers)
    return frozenset(words)
