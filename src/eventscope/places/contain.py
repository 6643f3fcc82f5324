"""Containment: "A in B", "A, B", "A (B)", "A (B, C)", "A of B" say where A lies.

A reader takes the name after such a connector as the place that contains the one before
it: "the Qasqas road in Beirut" is a road of Beirut, "Salah Aldeen (Tripoli)" a quarter of
Tripoli, "Merida, Merida state" the city of that state. Two rules follow:

* A's readings are kept to B's country (B's division when B is one): a country or a division
  binds after any connector; a town binds only after "in", "of" or an opening bracket, or
  when A is a division ("Andar district, Ghazni"), or after a comma inside a bracket that
  A opens ("Gaigorou (Dessa, Tillabery)" is an address); after a comma elsewhere it is as
  likely the next item of a list ("Beirut, Damascus and Amman").
* When A has no reading there, its far namesake is no reading at all: A is left unresolved
  rather than outvoting B (a one-letter neighbour of an unknown village, an alternate name of
  a city abroad). A name that may be a country, an area or a division, or a large place named
  by its own spelling, keeps its reading ("the embassy of France in Baghdad"); so does a name
  another reading of its container would hold ("Nabha (Punjab)"). A container matched one
  edit away or by an obscure alternate name binds nothing.

:func:`certainty` makes a reading's score say how sure the match itself is, and
:func:`larger_town` keeps "Hyderabad city" the city Hyderabad.

Example:
    >>> binding_key(None, enclosed=True)
    ''
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .coherence import SURE_POPULATION
from .find import COMPASS, PlaceLexicon
from .gazetteer import Candidate
from .gazetteer.names import normalise_name
from .rank import container_key, inside
from .seat import division_holder
from .slot import token_at
from .spelling import own_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from . import Choice, Mention

Span = tuple[int, int]
_CONNECTORS = frozenset({",", "of", "in", "("})  # "X, Y" "X of Y" "X in Y" "X (Y)"
# Connectors that state containment even before a town ("a road in Beirut", "X (Tripoli)").
_ENCLOSING = frozenset({"of", "in", "("})
_FILLERS = frozenset({"and", "the", "-"})
_POSSESSIVE = frozenset({"'s", "’s"})
CONTAINER_WINDOW = 8
CONTAINER_CERTAINTY = 0.5  # a container matched less surely (one edit, obscure) binds nothing


def container_of(
    doc: Doc, spans: Sequence[Span], k: int, lexicon: PlaceLexicon
) -> tuple[int | None, bool]:
    """The span named as the container of span ``k`` and whether an enclosing connector
    ("in", "of", "(") came before it ("Paris, Texas"; "the Qasqas road in Beirut").

    Walks right over fillers ("and", kind words, common nouns such as "road" or "area",
    other names in a list) and needs a connector before the container.
    """
    owner = _possessor(doc, spans, k)
    if owner is not None:
        return owner, True
    starts = {start: index for index, (start, _) in enumerate(spans)}
    i, connector, listed = spans[k][1], "", False
    limit = min(len(doc), i + CONTAINER_WINDOW)
    while i < limit:
        if i in starts:
            if connector:
                enclosing = connector in _ENCLOSING or _bracketed(doc, spans[k][0])
                return _named_place(doc, spans, starts[i], lexicon), enclosing
            i = spans[starts[i]][1]
            continue
        token = doc[i]
        if token.lower_ in _CONNECTORS:
            # "in Jerusalem and in New York" is a list: "in" after "and" encloses nothing
            connector = "," if listed else token.lower_
        elif not _filler(token, lexicon, connector):
            return None, False
        listed = listed or token.lower_ == "and"
        i += 1
    return None, False


def _possessor(doc: Doc, spans: Sequence[Span], k: int) -> int | None:
    """The place named as the owner of span ``k``: "Beirut's Hamra district", "Syria's Idlib
    province" say where the second place lies, as "Hamra (Beirut)" would."""
    start = spans[k][0]
    if k == 0 or start < 2 or doc[start - 1].lower_ not in _POSSESSIVE:
        return None
    return k - 1 if spans[k - 1][1] == start - 1 else None


def _bracketed(doc: Doc, start: int) -> bool:
    """The name opens a bracket after another word: "Gaigorou (Dessa, Tillabery)" gives an
    address, district then province, not a list of towns."""
    return start > 1 and doc[start - 1].text == "("


def _named_place(doc: Doc, spans: Sequence[Span], j: int, lexicon: PlaceLexicon) -> int | None:
    """Span ``j`` unless a common noun follows it: "in the Miss category" names a category."""
    end = spans[j][1]
    after = token_at(doc, end)
    if after is not None and after.pos_ == "NOUN" and after.is_lower:
        return j if lexicon.kind_word(after) is not None else None
    return j


def _filler(token: Token, lexicon: PlaceLexicon, connector: str) -> bool:
    """A word the walk may pass: a list word, a kind word, a compass word after the
    connector ("Hays city in western Yemen": the part of the container, not a new name), or
    (before any connector) a common noun naming the place's kind ("road", "area", "camp")."""
    if token.lower_ in _FILLERS or lexicon.kind_word(token) is not None:
        return True
    if connector and token.is_lower and token.lower_ in COMPASS:
        return True
    return not connector and token.pos_ == "NOUN" and token.is_lower


def binding_key(outer: Candidate | None, *, enclosed: bool) -> str:
    """The admin key a container binds its contents to: a country's or a division's own
    key; a town's country after an enclosing connector; else ``""`` (no binding)."""
    if outer is None:
        return ""
    key = container_key(outer)
    if key:
        return key
    if enclosed and not outer.is_area and outer.place.country:
        return outer.admin_key.split(".")[0]
    return ""


def choice_binding(outer: Choice | None, *, enclosed: bool) -> str:
    """:func:`binding_key` of a container's choice; a division read as its seat town
    ("Andar district, Ghazni": Ghazni province, shown as its capital) binds as the division."""
    if outer is None:
        return ""
    top = outer[2][0][0] if outer[2] else outer[0]
    return binding_key(outer[0], enclosed=enclosed) or binding_key(top, enclosed=enclosed)


def sure_container(outer: Candidate, name: Mention) -> bool:
    """The container's reading is sure enough to bind: more than half :func:`certainty`
    ("Kasumbalesa (Sakania, ...)" is not bound to a town one letter from "Sakania")."""
    return certainty(outer, name.key, exact=name.exact) > CONTAINER_CERTAINTY


def outgrows(name: Mention, outer: Choice | None) -> bool:
    """A reading of the name by its own spelling is a town larger than the town its
    container was read as: "in Panama City (Bella Vista)" names a district of Panama's
    capital, not a Panama City inside a small Bella Vista abroad. A container that is a
    town holds smaller places only ("Salah Aldeen (Tripoli)")."""
    if outer is None or _holds(outer[0]):
        return False
    size = outer[0].population
    return any(
        not _holds(c)
        and c.population >= SURE_POPULATION
        and c.population > size
        and own_name(c.place.name, name.key)
        for c in name.candidates
    )


def _holds(candidate: Candidate) -> bool:
    return not candidate.is_town


def encloses(name: Mention) -> bool:
    """The container binds even as a town: an enclosing connector came before it, or the
    name is a division ("Andar district, Ghazni": a district lies in a province, not in a
    town of that name)."""
    return name.enclosed or name.kind == "admin"


def kept_inside(choice: Choice | None, name: Mention, outer: Choice | None) -> Choice | None:
    """The choice, re-chosen inside its container's reading ``outer``, or ``None`` when no
    reading of the container holds any reading of the name and the name is no sure place of
    its own (see the module docstring).

    When another reading of the container would hold the name ("Nabha (Punjab)": India's
    Punjab, not Pakistan's), the container is the doubtful one: the name keeps its choice.
    """
    if choice is None or outer is None:
        return choice
    binding = choice_binding(outer, enclosed=encloses(name))
    if not binding or inside(choice[0].admin_key, binding):
        return choice
    # "Ahmadabad district, Paktia" states where the district lies: a district abroad is no
    # reading (a list of states, "Sioux Falls, S.D. and Surprise, Ariz.", has no kind word).
    stated = name.kind == "admin" and (outer[0].is_division or outer[0].is_country)
    pool, sure = choice[2], _sure(name, choice[0]) and not stated
    # A sure name moves only to a namesake by its own spelling, never to a place listing
    # it among alternate names ("in Jerusalem" is not a Californian town called so once).
    within = [
        (c, share)
        for c, share in pool
        if inside(c.admin_key, binding) and (not sure or own_name(c.place.name, name.key))
    ]
    if within:
        return within[0][0], within[0][1], pool
    keys = {binding_key(c, enclosed=encloses(name)) for c, _ in outer[2]} - {""}
    if any(inside(c.admin_key, key) for c in name.candidates for key in keys):
        return choice
    return choice if sure else None


def holding_reading(inner: Choice | None, name: Mention, outer: Choice | None) -> Choice | None:
    """The container's reading that holds the name's town when the container's choice does
    not, else ``None``: "Balaka, Southern" is Malawi's Southern Region (not Zambia's
    Southern Province), "Ketou, Plateau" Benin's Plateau (not Nigeria's).

    A reader takes "X, Y" as one statement of where X is, so the two names are read
    together. Only for a town's name that can be no country, area or division ("Utah,
    Colorado" is a list of states), and only readings of the container that hold places
    (a division or a country). A division's container read as a town is the division of
    that name (:func:`~.seat.division_holder`: "Zabid district (Al Hudaydah)").
    """
    if inner is None or outer is None:
        return None
    held = division_holder(inner, outer)
    if held is not None:
        return held
    town = inner[0]
    if any(c.is_country or c.is_area or c.is_division for c in name.candidates):
        return None
    binding = choice_binding(outer, enclosed=True)
    if binding and inside(town.admin_key, binding):
        return None
    for candidate, share in outer[2]:
        key = container_key(candidate)
        if key and inside(town.admin_key, key):
            return candidate, share, outer[2]
    return None


def _sure(name: Mention, chosen: Candidate) -> bool:
    """A name that may be a country or an area, a division (a list of states: "Sioux Falls,
    S.D. and Surprise, Ariz."), or a large place by its own spelling."""
    if chosen.is_division or any(c.is_country or c.is_area for c in name.candidates):
        return True
    primary = own_name(chosen.place.name, name.key)
    return primary and chosen.population >= SURE_POPULATION


ALTERNATE_FACTOR = 0.75  # matched only through one of the place's alternate names
FUZZY_FACTOR = 0.5  # matched one edit away from a known name
TOWN_FLOOR = 0.5  # a town of no recorded population counts at most half
FULL_POPULATION_LOG = 5.0  # a town of 100,000 people counts fully


def certainty(candidate: Candidate, key: str, *, exact: bool) -> float:
    """How sure the name is a reading of ``candidate`` at all, before any choice among its
    namesakes (0-1): the share of the chosen reading is multiplied by it.

    A softmax share is 1.0 for a name with one candidate, however obscure the match: an
    unknown village's name that is only an alternate name of a city abroad, or one letter
    from a town's, would outvote a capital named in the same sentence. A match by the
    place's own name counts fully, an alternate name 0.75, a one-edit match 0.5; a town
    counts from half (no recorded population) to fully (100,000 people and more).
    """
    name = normalise_name(candidate.place.name)
    own = own_name(candidate.place.name, key) or (
        candidate.is_division and name.startswith(key + " ")
    )
    factor = 1.0 if own else ALTERNATE_FACTOR
    if not exact:
        factor = FUZZY_FACTOR
    if not candidate.is_town:
        return factor
    size = min(1.0, math.log10(candidate.population + 1) / FULL_POPULATION_LOG)
    return factor * (TOWN_FLOOR + (1.0 - TOWN_FLOOR) * size)


def larger_town(
    short: Sequence[Candidate], longer: Sequence[Candidate], keys: tuple[str, str]
) -> bool:
    """The short name is the own name of a town larger than any town the longer name (the
    short one and a kind word) lists, and the longer name is no place's own name; ``keys``:
    the short and the longer name, normalised.

    "Hyderabad city" is India's Hyderabad, not the smaller town listing that spelling among
    its alternate names; "Phenix City", "Quebec City" and "Laurel County" stay whole.
    """
    short_key, long_key = keys
    towns = [c for c in longer if not (c.is_country or c.is_division)]
    if len(towns) < len(longer) or any(own_name(c.place.name, long_key) for c in towns):
        return False  # "Laurel County" names the county, "Phenix City" the town
    listed = {c.row for c in towns}
    biggest = max((c.population for c in towns), default=0)
    return any(
        c.row not in listed
        and not (c.is_country or c.is_division)
        and own_name(c.place.name, short_key)
        and c.population > biggest
        for c in short
    )
