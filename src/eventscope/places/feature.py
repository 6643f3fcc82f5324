"""Natural features named after a place: "Lake Chad", "the Congo River", "Gulf of Alaska".

A country or a division inside such a name is not where the text puts us: Lake Chad borders
four countries, the Mississippi River runs through ten states, and "an island in Lake Chad"
lies in none of them for sure. A reader takes the feature, not the country. The gazetteer
has no lakes or rivers (GeoNames classes H and T are not in the PyPI packages; the seas and
gulfs news names most are in ``regions.tsv``), so a feature name it does not know as a whole
is kept as one mention whose readings are only the *towns* its inner name names: "Naugatuck
River" still reads as the town of Naugatuck on it, "Lake Chad" as no place rather than Chad.

:func:`feature_spans` widens the place spans found inside such names to the whole name and
:func:`feature_readings` gives the readings a whole feature name keeps.

Example:
    >>> feature_inner("Lake Chad"), feature_inner("Congo River"), feature_inner("Gulf of Aden")
    ('Chad', 'Congo', 'Aden')
    >>> feature_inner("Chad") is None
    True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import PlaceMention
from ..nlp.docmemo import doc_words
from ..nlp.feature_names import HEADS, OF_HEADS, TAILS
from .gazetteer import AREAS, Candidate
from .gazetteer.names import normalise_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

Span = tuple[int, int]


def feature_inner(text: str) -> str | None:
    """The place name inside a feature name ("Lake Chad" -> "Chad"), else ``None``."""
    words = text.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in (words[0], words[-1])):
        return None
    first, last = words[0].lower(), words[-1].lower()
    if first in OF_HEADS and len(words) > 2 and words[1] == "of":
        return " ".join(words[2:])
    if first in HEADS:
        return " ".join(words[1:])
    if last in TAILS:
        return " ".join(words[:-1])
    return None


def town_of_feature(mention: PlaceMention) -> bool:
    """The mention is a feature's name read as a town of its inner name ("the Dnipro River"
    as the city of Dnipro): where the feature runs, the town is a guess, so the event's place
    is sought among the sure names first ("on the Dnipro River near Kherson" is Kherson)."""
    place = mention.place
    if place is None or place.feature_code in AREAS or " " not in mention.text:
        return False  # a feature's name has two words or more
    return feature_inner(mention.text) is not None


def feature_readings(inner: str, candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The readings of a feature's inner name that may still say where it lies: the towns
    and counties of that own name ("Naugatuck River", "Kabul River"). None when the name is
    a country's or a region's (the feature is named after it and may cross it; a town of
    that name is a namesake elsewhere: a village "Chad" in Russia); only those in its country
    when it is a first-level division's ("Gulf of Alaska" is no Alaska in the Philippines).
    Never a town listing the name among its alternate names."""
    if any(c.is_country or c.is_area for c in candidates):
        return ()
    states = {c.place.country for c in candidates if c.place.feature_code == "ADM1"}
    key = normalise_name(inner).split(" ")
    return tuple(
        c
        for c in candidates
        if c.place.feature_code != "ADM1"
        and (not states or c.place.country in states)
        and normalise_name(c.place.name).split(" ")[: len(key)] == key
    )


def feature_spans(doc: Doc, spans: Sequence[Span], known: Callable[[str], bool]) -> list[Span]:
    """``spans`` with every place name inside a feature name widened to the whole name,
    unless that whole name is known (``known``: is the text a gazetteer name?)."""
    texts = doc_words(doc).text  # the words as strings, no token made
    out: set[Span] = set()
    for start, end in spans:
        wide = _widened(texts, start, end)
        if wide != (start, end) and known(" ".join(texts[wide[0] : wide[1]])):
            wide = (start, end)
        out.add(wide)
    # A span inside a widened one ("Gulf" and "Alaska" of "Gulf of Alaska") is the same name.
    return sorted(s for s in out if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in out))


def _widened(texts: Sequence[str], start: int, end: int) -> Span:
    """The feature name around ``start:end``, or the span itself."""
    before = texts[start - 1] if start > 0 else ""
    after = texts[end] if end < len(texts) else ""
    if before[:1].isupper() and before.lower() in HEADS:
        return start - 1, end
    if start > 1 and before == "of" and _capital_in(texts[start - 2], OF_HEADS):
        return start - 2, end
    if _capital_in(after, TAILS):
        return start, end + 1
    own = texts[start].lower() if end - start == 1 else ""
    # The span is the head itself: "Gulf" of "Gulf of Alaska" read as the Persian Gulf.
    if own in OF_HEADS and after == "of" and end + 1 < len(texts) and texts[end + 1][:1].isupper():
        return start, end + 2
    return start, end


def _capital_in(word: str, words: frozenset[str]) -> bool:
    return word[:1].isupper() and word.lower() in words
