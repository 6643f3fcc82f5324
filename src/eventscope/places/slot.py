"""Names in a container's slot: "A (B)", "A (B, C)", "A district, B" state where A lies.

The small English model often tags the container of a village as a person or an
organisation ("Andar district, Ghazni"; "Al Hishah (Misrata)"): the slot itself says it is a
place (see :func:`container_slot`). Also the token tests the place finder shares.

Example:
    >>> container_slot.__name__
    'container_slot'
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, memo
from .gazetteer import Gazetteer
from .gazetteer.names import normalise_name
from .rank import inside
from .spelling import division_part, division_spellings, own_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .find import PlaceLexicon

POSSESSIVES = frozenset({"'s", "’s"})
NAME_REACH = 6  # words of a place name the gazetteer lacks, before its container
# A town this large in brackets after a name is its container, as a division is.
LARGE_CITY = 100_000
MAX_NEXT_WORDS = 4  # words of a division's name after a comma ("Agusan del Sur")
ACRONYM_LETTERS = 5  # "(VARA)", "(APC)": an organisation's short name in brackets
# Lower-case words inside names: an entity is never cut before them.
JOINERS = frozenset({"of", "upon", "on", "de", "del", "du", "la", "le", "da", "do", "and", "y"})
# Nouns that make the name after "of" a place ("the outskirts of X", "residents of X"); kind
# words count too ("the city of X"). Not "front" or "base": "the front of Audi Bank". The
# shore and port words ("off the coast of Zuwara", "the port of Hodeidah") and the compass
# words of a distance ("30 km north of Kharkiv") also say a place follows (the model tags
# such names PERSON).
OF_PLACE_NOUNS = frozenset(
    {"outskirts", "countryside", "center", "centre", "suburbs", "vicinity", "heart"}
    | {"area", "areas", "neighbourhood", "neighborhood", "residents", "inhabitants", "villagers"}
    | {"coast", "coasts", "coastline", "shore", "shores", "waters", "port", "streets"}
    | {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# Lower-case articles inside Arabic and Romance names ("Wadi al-Rabi", "Radman al Awad").
PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "e", "i"}
    | (JOINERS - {"and", "on", "upon", "of"})
)


def token_at(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def lower_at(doc: Doc, i: int) -> str | None:
    """``doc[i].lower_``, or ``None`` outside the document (no token is made)."""
    return doc_words(doc).lower[i] if 0 <= i < len(doc) else None


def capitalised(token: Token) -> bool:
    return capitalised_text(token.text)


def capitalised_text(text: str) -> bool:
    # spaCy's is_alpha is str.isalpha; an inner "&" joins the letters of a short form ("J&K"),
    # an inner apostrophe stands for an Arabic consonant ("Dar'a", "Sana'a", "Ma'arrat").
    return text[:1].isupper() and (text.isalpha() or _ampersand_form(text) or _inner_mark(text))


def capitalised_indices(doc: Doc) -> tuple[int, ...]:
    """Indices of the capitalised words (:func:`capitalised_text`), read once per document
    (within its memo scope): the name finders visit these, not every token."""
    return memo(doc, "places.capitalised", _capitalised_indices)


def _capitalised_indices(doc: Doc) -> tuple[int, ...]:
    texts = doc_words(doc).text
    # Each distinct word tested once (a note repeats its words; most are lower case).
    capitals = {text for text in set(texts) if text[:1].isupper() and capitalised_text(text)}
    return tuple(i for i, text in enumerate(texts) if text in capitals)


def _inner_mark(text: str) -> bool:
    head, _, tail = text.replace("’", "'").partition("'")
    return head.isalpha() and tail.isalpha()


def _ampersand_form(text: str) -> bool:
    head, _, tail = text.partition("&")
    return bool(head and tail) and head.isalpha() and tail.isalpha()


def whole_entity(doc: Doc, start: int, end: int) -> bool:
    if not doc[start].ent_type_:
        return True
    inside_before = doc[start].ent_iob_ == "I"
    continues = end < len(doc) and doc[end].ent_iob_ == "I"
    return not (inside_before or continues)


def container_slot(
    doc: Doc,
    span: tuple[int, int],
    gazetteer: Gazetteer,
    lexicon: PlaceLexicon,
    ends: Collection[int],
) -> bool:
    """The name stands where a text states what contains the place before it, whatever the
    NER tagged it: "Andar district, Ghazni", "Al Hishah (Misrata)", "Nimbahera taluka
    (Chittorgarh, Rajasthan)".

    An opening bracket right after a place name (``ends``: where the known ones end) or a
    kind word holds the container; after another capitalised word only a division or a list
    ("Gaigorou (Dessa, Tillabery)": a village the gazetteer lacks). After a comma only a
    division's name after a place ("Kamianka, Donetsk") or after a name a preposition of
    place opened ("in Buena Vista de la Salud, Guerrero"): a comma also joins lists of people
    ("said Mike Mauro, Flores' stepfather"; "Helen, Clarence"). Never an acronym in brackets
    ("Virginia Rail Express (VRE)") nor a piece of a longer entity ("Chad Smith").
    """
    start, end = span
    before, previous = token_at(doc, start - 1), token_at(doc, start - 2)
    if before is None or previous is None or before.text not in ("(", ","):
        return False
    closing = lower_at(doc, end) == ")"  # the last item of "(Nalgoda, TS)"
    if not _own_name(doc, start, end):
        return False
    if _acronym(doc, span, gazetteer) and not (before.text == "," and closing):
        return False
    kind = lexicon.kind_word(previous) is not None
    after_place = start - 1 in ends or (kind and start - 2 in ends)
    division = _division_name(doc, span, gazetteer)
    if before.text == ",":
        # A bracket's last item after a comma is the division holding the rest ("Gaigorou
        # (Dessa, Tillabery)", "(Budgam district, J&K)"), by its name or a short form.
        listed_last = closing and opened_bracket(doc, start) and _any_division(doc, span, gazetteer)
        located = after_place or _after_located_name(doc, start - 1, lexicon)
        return listed_last or (division and located) or town_of_next(doc, span, gazetteer)
    listed = end < len(doc) and doc[end].text == ","
    if capitalised(previous) and closing and _large_city(doc, span, gazetteer):
        # "in Bouficha (Sousse)": a large city alone in brackets after a name a preposition
        # of place opened holds that name, as a division would ("in Tininai (Misrata)")
        return _after_located_name(doc, start - 1, lexicon)
    return after_place or kind or (capitalised(previous) and (division or listed))


def town_of_next(
    doc: Doc, span: tuple[int, int], gazetteer: Gazetteer, *, villages: bool = False
) -> bool:
    """The name is a town, by its own name, of the division named right after it: an address
    read from the village out ("in Barangay Malaya, Dumaguete, Negros Oriental"; "in Santa
    Rosa, Ejido, Merida state"), whatever the NER tagged the middle item. A list of people
    ("said Mike Mauro, Flores, ...") names no division holding the name."""
    start, end = span
    texts = doc_words(doc).text
    if end + 1 >= len(texts) or texts[end] != ",":
        return False
    last = end + 1
    while last < min(len(texts), end + 1 + MAX_NEXT_WORDS) and _next_word(texts, last):
        last += 1
    for stop in range(last, end + 1, -1):  # the longest name after the comma first
        if _division_name(doc, (end + 1, stop), gazetteer):
            return _held_by(doc, span, (end + 1, stop), gazetteer, villages=villages)
    return False


def town_of_bracket(
    doc: Doc, span: tuple[int, int], gazetteer: Gazetteer, *, villages: bool = False
) -> bool:
    """The name is a town, by its own name, of the division that closes the bracket right
    after it: "gunmen attacked Kagara (Rafi LGA, Niger)", "the village of Bamba (Koro,
    Mopti)", whatever the NER tagged the name (often a person). The bracket's last item is
    the address's division; a name with no reading inside it is left to the other rules."""
    start, end = span
    texts = doc_words(doc).text
    if end >= len(texts) or texts[end] != "(" or not _own_name(doc, start, end):
        return False
    limit = min(len(texts), end + 2 * NAME_REACH)
    close = next((i for i in range(end + 1, limit) if texts[i] in ("(", ")")), None)
    if close is None or texts[close] != ")":
        return False
    first = close
    while first > end + 1 and texts[first - 1] != ",":
        first -= 1
    if first == close or not _division_name(doc, (first, close), gazetteer):
        return False
    return _held_by(doc, span, (first, close), gazetteer, villages=villages)


def village_address(doc: Doc, start: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """A one-word name known only as villages (500-999 people), whose address right after it
    names a division holding one of them ("near Hnutove, Donetsk"; "Koulogon (Bankass,
    Mopti)"), whatever the NER tagged it: the span, else None. A village's name is no known
    name to the finders otherwise (``find.token_spans``)."""
    texts = doc_words(doc).text
    if start + 1 >= len(texts) or texts[start + 1] not in (",", "("):
        return None
    if not capitalised_text(texts[start]) or not gazetteer.villages(texts[start]):
        return None
    span = (start, start + 1)
    if town_of_next(doc, span, gazetteer, villages=True):
        return span
    return span if town_of_bracket(doc, span, gazetteer, villages=True) else None


def _held_by(
    doc: Doc,
    span: tuple[int, int],
    division: tuple[int, int],
    gazetteer: Gazetteer,
    *,
    villages: bool = False,
) -> bool:
    """A town reading of the name ``span``, by its own name, lies in a division read from the
    name ``division``; with ``villages``, a village reading too (:func:`village_address`)."""
    text = doc[span[0] : span[1]].text
    key = normalise_name(text)
    readings = gazetteer.lookup_key(key) + (gazetteer.villages(text) if villages else ())
    towns = [c.admin_key for c in readings if c.is_town and own_name(c.place.name, key)]
    held = gazetteer.lookup_key(normalise_name(doc[division[0] : division[1]].text))
    keys = [c.admin_key for c in held if c.is_division]
    return any(inside(town, k) for town in towns for k in keys)


def _next_word(texts: Sequence[str], i: int) -> bool:
    """A word of a name: capitalised, or a particle between two ("Agusan del Sur")."""
    if capitalised_text(texts[i]):
        return True
    inner = texts[i] in JOINERS or texts[i] in PARTICLES
    return inner and i + 1 < len(texts) and capitalised_text(texts[i + 1])


def possessed_slot(
    doc: Doc, span: tuple[int, int], gazetteer: Gazetteer, ends: Collection[int]
) -> bool:
    """The name follows a country's or a division's possessive and has a reading there:
    "Libya's Misrata", "Lebanon's Tripoli" (the NER often tags the second name an
    organisation). Not a person ("Russia's Putin"), nor a town only abroad."""
    start, end = span
    if lower_at(doc, start - 1) not in POSSESSIVES or start - 1 not in ends:
        return False
    if doc[start].ent_type_ == "PERSON":
        return False
    first = start - 1
    while first > 0 and capitalised(doc[first - 1]):
        first -= 1
    owners = gazetteer.lookup_key(normalise_name(doc[first : start - 1].text))
    countries = {c.place.country for c in owners if c.is_country or c.is_division}
    readings = gazetteer.lookup_key(normalise_name(doc[start:end].text))
    return any(c.place.country in countries and not c.is_country for c in readings)


def listed_slot(
    doc: Doc,
    span: tuple[int, int],
    gazetteer: Gazetteer,
    lexicon: PlaceLexicon,
    ends: Collection[int],
) -> bool:
    """A division named after "and" or "or" and a place a preposition of place opened: "in
    Logar and Nuristan" (the NER often tags the second a person). Only a division: "in
    Kabul and John" lists no second place."""
    start, _ = span
    if lower_at(doc, start - 1) not in ("and", "or") or start - 1 not in ends:
        return False
    return _after_located_name(doc, start - 1, lexicon) and _any_division(doc, span, gazetteer)


def _own_name(doc: Doc, start: int, end: int) -> bool:
    """No capitalised word of the same entity follows ("Chad Smith"); an entity the NER ran
    across the brackets ("Bambofa (Dori, Seno" as one organisation) does not count."""
    after = token_at(doc, end)
    return after is None or after.ent_iob_ != "I" or not capitalised(after)


def _after_located_name(doc: Doc, comma: int, lexicon: PlaceLexicon) -> bool:
    """The comma closes a name a preposition of place opened, whatever the NER made of it:
    "in Buena Vista de la Salud, Guerrero" (not "said Mike Mauro, Flores")."""
    i = comma - 1
    while i >= max(0, comma - NAME_REACH) and (
        capitalised(doc[i]) or _particle(doc, i, lexicon) or doc[i].text == "-"
    ):
        i -= 1
    return 0 <= i < comma - 1 and doc[i].lower_ in lexicon.locative


def _particle(doc: Doc, i: int, lexicon: PlaceLexicon) -> bool:
    """A particle inside a name ("Tall at Tamr"); "at" or "in" with no name word before it
    is the preposition ("located at Kokhanebi, Tovuz")."""
    lower = doc[i].lower_
    if lower not in PARTICLES:
        return False
    return lower not in lexicon.locative or (i > 0 and capitalised(doc[i - 1]))


def _acronym(doc: Doc, span: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """A short upper-case word that names no country ("VRE", "APC"; "DRC" is a country)."""
    text = doc[span[0] : span[1]].text
    if not (text.isupper() and len(text) <= ACRONYM_LETTERS):
        return False
    return not any(c.is_country for c in gazetteer.lookup_key(normalise_name(text)))


def opened_bracket(doc: Doc, start: int) -> bool:
    """An opening bracket comes before ``start`` in the same few words, none closing."""
    texts = doc_words(doc).text
    for i in range(start - 1, max(-1, start - NAME_REACH - 2), -1):
        text = texts[i]
        if text == ")":
            return False
        if text == "(":
            return True
    return False


def _any_division(doc: Doc, span: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """Some reading of the name is a division (by any of its names: "TS" is Telangana; a
    part of one: "Haut-Katanga")."""
    text = doc[span[0] : span[1]].text
    readings = gazetteer.lookup_key(normalise_name(text)) or division_part(gazetteer, text)
    return any(candidate.is_division for candidate in readings)


def _large_city(doc: Doc, span: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """Some reading of the name is a town of :data:`LARGE_CITY` people or more by its own
    name ("Sousse"; not an alternate name of another place)."""
    key = normalise_name(doc[span[0] : span[1]].text)
    return any(
        c.population >= LARGE_CITY and not c.is_division and own_name(c.place.name, key)
        for c in gazetteer.lookup_key(key)
    )


def _division_name(doc: Doc, span: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """The name is a division's own name ("..., Guerrero"; "..., Tovuz" for Tovuz Rayonu),
    or a spelling of it news uses ("..., Logar" for Lowgar; not another alternate name)."""
    key = normalise_name(doc[span[0] : span[1]].text)
    for candidate in gazetteer.lookup_key(key):
        if not candidate.is_division:
            continue
        name = normalise_name(candidate.place.name)
        if own_name(candidate.place.name, key) or name.startswith(key + " "):
            return True
        if key in division_spellings(candidate.place.name):
            return True
    return False


def place_of(word: str | None, lexicon: PlaceLexicon) -> bool:
    """``word`` before "of" makes the next name a place ("the city of Dar'a", "residents of
    Kasoa", "the centre of Skopje")."""
    return word is not None and (word in OF_PLACE_NOUNS or lexicon.kind_of_word(word) is not None)


def hyphen_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of an entity the NER cut at a hyphen inside a known name ("Ivano" of
    "Ivano-Frankivsk", "Nagorno" of "Nagorno-Karabakh"), else ``end``."""
    words = doc_words(doc)
    while end + 1 < len(doc) and words.text[end] == "-" and capitalised_text(words.text[end + 1]):
        if not gazetteer.has_key(normalise_name(words.span_text(start, end + 2))):
            break
        end += 2
    return end
