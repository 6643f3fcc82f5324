"""Other romanisations of a name the gazetteer does not know as written, tried at look-up.

The gazetteer indexes divisions under the spellings of :mod:`.gazetteer.variants`; towns keep
GeoNames' own names and alternate names only. News writing Arabic names spells the same
town several ways: a final "-eh" for GeoNames' "-ah" ("Khaldeh" Khaldah, "Miniyeh"
Miniyah), a joined or dropped article ("As-Sweida" for Sweida, As-Suwayda), a doubled
consonant written once or twice ("Raqa", "Lattakia"), a Spanish "de" inside a name GeoNames
leaves out ("San Andres de Tuxtla"). :func:`other_spellings` tries these
in turn when the name as written is unknown; a match counts as an inexact one (see
:func:`~.contain.certainty`), like a one-edit match.

A division named with a word of position before a division's name ("Haut-Katanga",
"Upper Uele", "Sud-Ubangi") is a part of that division the gazetteer may not list (the
provinces carved out of an older one keep its name): :func:`division_part` reads it as the
division, never as a country ("Eastern Ukraine" stays Ukraine, a country, by its own rule).

Example:
    >>> sorted(spelling_keys("Khaldeh"))
    ['khalda', 'khaldah']
    >>> sorted(spelling_keys("As-Sweida"))
    ['sweida']
    >>> sorted(spelling_keys("San Andres de Tuxtla"))
    ['san andres tuxtla']
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

from .gazetteer import Candidate, Gazetteer
from .gazetteer.names import normalise_name
from .gazetteer.variants import Spellings, division_variants

# The rest of a name without its leading article (``articles`` of division_spellings.toml)
# must be long enough to name no other place ("Ad Dali" is no "Dali").
MIN_BARE = 5
_FINAL_EH = re.compile(r"(?<=[a-z]{3})eh\b")
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1")
# A Spanish "de" news writes between two words of a name GeoNames runs together ("San
# Andres de Tuxtla" for San Andres Tuxtla).
_INNER_DE = re.compile(r"(?<=[a-z]) de (?=[a-z])")


@lru_cache(maxsize=8192)  # asked for every unknown name of several words, in every document
def spelling_keys(name: str) -> frozenset[str]:
    """Normalised other spellings of ``name`` (itself excluded)."""
    key = normalise_name(name)
    forms = {_FINAL_EH.sub("ah", key), _FINAL_EH.sub("a", key), _DOUBLE.sub(r"\1", key)}
    forms.add(_INNER_DE.sub(" ", key))
    first, _, rest = key.partition(" ")
    if first in _spellings().articles and len(rest.replace(" ", "")) >= MIN_BARE:
        forms.add(rest)
    return frozenset(forms - {key, ""})


def other_spellings(gazetteer: Gazetteer, name: str) -> tuple[Candidate, ...]:
    """The readings of every other spelling of ``name`` the gazetteer knows (none: ())."""
    found: dict[Candidate, None] = {}
    for key in sorted(spelling_keys(name)):
        found.update(dict.fromkeys(gazetteer.lookup_key(key)))
    return tuple(found)


def division_part(gazetteer: Gazetteer, name: str) -> tuple[Candidate, ...]:
    """The divisions a name made of a word of position and a division's name is part of
    ("Haut-Katanga": Katanga), else () (also when the rest may be a country)."""
    first, _, rest = normalise_name(name).partition(" ")
    if not rest or first not in _position_words():
        return ()
    found = gazetteer.lookup_key(rest)
    if any(c.is_country for c in found):
        return ()
    return tuple(c for c in found if c.is_division)


def spelt_division(gazetteer: Gazetteer, name: str) -> tuple[Candidate, ...]:
    """The divisions one letter off a name made of a word of position and more words ("North
    Sinai": GeoNames' Shamal Sina', indexed as "north sina"), else (). Such an entity names
    the division as a whole: its last word alone is a namesake elsewhere (a hamlet "Sinai"
    in Ecuador), so the entity is not cut to it."""
    first, _, rest = normalise_name(name).partition(" ")
    if not rest or first not in _position_words():
        return ()
    return tuple(c for c in gazetteer.fuzzy_lookup(name) if c.is_division)


@lru_cache(maxsize=1)
def _position_words() -> frozenset[str]:
    """Single words of position from ``division_spellings.toml`` ("haut", "sud", "upper")."""
    return _spellings().direction_words()


@lru_cache(maxsize=1)
def _spellings() -> Spellings:
    return Spellings.load()


@lru_cache(maxsize=4096)
def division_spellings(name: str) -> frozenset[str]:
    """The normalised spellings news uses for a division's own ``name``, the name's own key
    included (:func:`~.gazetteer.variants.division_variants`: "Lowgar" is also "logar").

    >>> "logar" in division_spellings("Lowgar")
    True
    """
    return frozenset(division_variants([name], _spellings()))


# Abbreviated words of place names, written out before names are compared ("St." Paul).
ABBREVIATED = MappingProxyType({"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"})


@lru_cache(maxsize=1 << 14)
def spelt_out(key: str) -> str:
    """A name's key with its abbreviated words written out: "St. Paul" is spelt as "Saint
    Paul" (the main name of the Minnesota capital), not as the name of a hamlet "St. Paul".

    >>> spelt_out("st paul"), spelt_out("mt pleasant"), spelt_out("paul st")
    ('saint paul', 'mount pleasant', 'paul saint')
    """
    return " ".join(ABBREVIATED.get(word, word) for word in key.split(" "))


@lru_cache(maxsize=1 << 16)
def own_name(name: str, key: str) -> bool:
    """``key`` (a name of the text, normalised) is the place's own ``name`` rather than one
    of its alternate names, abbreviated words written out on both sides: every rule that
    asks "is this the place's own name?" asks it here.

    >>> own_name("Saint Paul", "st paul"), own_name("St. Paul", "saint paul")
    (True, True)
    >>> own_name("Minneapolis", "st paul")
    False
    """
    own = normalise_name(name)
    return own == key or spelt_out(own) == spelt_out(key)
