"""Town names in the turns of local news: "a Kalispell man", "Ypsilanti police", "the
Natchitoches Fire Department", and the dateline "WINNEMUCCA — The City Council ...".

The small English model tags such a name ORG or PERSON ("Kalispell man" reads like a person's
name, "Natchitoches Fire Department" is an organisation), and a town of a few thousand people
is no well-known place, so the general rules leave it out. The word after it says it is a
town: its people or its services. A dateline is an upper-case name opening a sentence before
a dash. Only a name that is the main name of one town in the gazetteer is read so: such a
text names the town without its state, and "a Springfield man" or "SALEM --" (Oregon or
Massachusetts?) would be a namesake guessed, not read (on the TUNE part of geo_lgl 79 % of all such
names were placed within 161 km, 92 % of the one-town ones). A dateline the text splitter cut
off as a sentence may also be capitalised ("Kyiv (Reuters) -", "Baku, Aug 20 -"), and one
with its state or country after a comma ("COLUMBUS, Ohio (AP) —") is read whatever the
number of towns of its name: the container says which. A city named alone before an agency
in brackets ("GOMA (Reuters) -", "PARIS, May 4 (AFP) -") is a wire's dateline, whose style
lets only large, well-known cities stand without their state or country: it is read when it
has a town reading of :data:`WIRE_CITY_POPULATION` people or more, and the ranker picks
among its namesakes (:mod:`.wire`). :func:`local_name` is one more test of
:func:`~eventscope.places.find.token_spans`.

Example:
    >>> "police" in PEOPLE_WORDS and "fire" in SERVICE_WORDS
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import DATELINE_DASHES
from ..nlp.dateline import dateline_end
from ..nlp.docmemo import doc_words
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name
from .spelling import own_name
from .wire import wire_city

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Lower-case words for a town's people or officers ("a Kalispell man", "Ypsilanti police").
PEOPLE_WORDS = frozenset(
    {
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "teen",
        "couple",
        "family",
        "resident",
        "residents",
        "native",
        "police",
        "officials",
        "officers",
        "firefighters",
    }
)
# Capitalised words opening the name of a town's service ("Natchitoches Fire Department").
SERVICE_WORDS = frozenset(
    {"police", "fire", "sheriff", "mayor", "council", "township", "village", "municipal"}
)
DASHES = DATELINE_DASHES | {"---"}
_OPENERS = frozenset({"the", "a", "an"})


def local_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """The name ``start:end`` stands before a word for its people or services, or is an
    upper-case dateline before a dash, and has a town or division reading."""
    words = doc_words(doc)  # strings only: the lookup is made for the few names that fit
    if end >= len(words.text):
        return False
    before = words.text[start - 1] if start > 0 else ""
    if before[:1].isupper() and words.lower[start - 1] not in _OPENERS:
        return False  # "Grove" of "Lost Grove man": a piece of a longer name
    after, lower = words.text[end], words.lower[end]
    fits = (lower in PEOPLE_WORDS and after.islower()) or (
        lower in SERVICE_WORDS and after[:1].isupper()
    )
    if fits:
        return _one_town(gazetteer, words.span_text(start, end))
    if not _dateline(doc, start, end) or after not in DASHES | {",", "(", ":"}:
        return False
    if after in DASHES or (after == ":" and cut_dateline(doc, start)):  # "WINDSOR: The ..."
        return _one_town(gazetteer, words.span_text(start, end))
    # "KYIV, Ukraine (AP) —", "COLUMBUS, Ohio (AP) —", "Baku, Aug 20 -": a dateline the text
    # splitter cut off as a sentence; a division or country after the comma says which town.
    if not cut_dateline(doc, start):
        return False
    contained = after == "," and _division_after(gazetteer, words.span_text(end + 1, end + 2))
    name = words.span_text(start, end)
    return contained or _one_town(gazetteer, name) or wire_city(doc, start, gazetteer, name)


def _one_town(gazetteer: Gazetteer, text: str) -> bool:
    """The name is the main name of one town (or division) only: "Kalispell", not
    "Springfield" (a dozen states) nor "Salem" (Oregon and Massachusetts), which such a text
    names without its state, where no rule could tell which one it is."""
    key = normalise_name(text)
    readings = gazetteer.lookup_key(key)
    if any(c.is_country or c.is_area for c in readings):
        return False
    return len([c for c in readings if own_name(c.place.name, key)]) == 1


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """Upper-case words opening a sentence ("WINNEMUCCA —", "WALLA WALLA —"), or capitalised
    ones opening a dateline cut off as a sentence ("Kyiv (Reuters) -")."""
    if not doc[start].is_sent_start:
        return False
    texts = doc_words(doc).text[start:end]
    upper = all(text.isupper() or not text.isalpha() for text in texts)
    if upper and any(len(text) > 1 for text in texts):
        return True
    return texts[0][:1].isupper() and cut_dateline(doc, start)


def cut_dateline(doc: Doc, start: int) -> bool:
    """Token ``start`` lies in a wire dateline (:func:`~eventscope.nlp.dateline.dateline_end`)
    opening its sentence: one the text splitter cut off at a paragraph start, or one the
    parser put at the start of a sentence after a headline ("Dam Opens. WINDSOR - The ...")."""
    sentenced = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    opening = doc[start].sent.start if sentenced else start
    end = dateline_end(doc, opening)
    return end is not None and start < end


def _division_after(gazetteer: Gazetteer, text: str) -> bool:
    """``text`` names a first-level division or a country ("Ohio", "N.C.", "Pakistan")."""
    readings = gazetteer.lookup_key(normalise_name(text))
    return any(c.is_country or c.place.feature_code == "ADM1" for c in readings)
