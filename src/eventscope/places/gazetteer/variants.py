"""Other spellings of division names, added to the index at build time.

News (ACLED notes above all) spells provinces and districts in ways GeoNames does not list:
French or English direction words ("Sud-Kivu" for South Kivu, "Extreme-Nord" for Far North,
"North Darfur" for Northern Darfur), an Arabic article joined to the name or left out
("Aljafarah", "Jafarah" for Al Jafarah), a final "-ah" written "-a" or "-eh" ("Ar-Raqqa" for
Ar-Raqqah, "Hasakeh"), doubled vowels written once ("Banadir", "Hiraan" for Banaadir,
Hiiraan), and other romanisations of the same sounds ("Wardak" for Vardak, "Logar" for
Lowgar, "Chui" for Chuy).
:func:`division_variants` gives these spellings for one division's names; the word classes
and articles come from ``data/gazetteer/division_spellings.toml``. Only divisions take them:
a town's name is too short a string to fold safely.

This module is build code: its content is part of the gazetteer cache key.

Example:
    >>> spellings = Spellings.load()
    >>> found = division_variants(["South Kivu"], spellings)
    >>> [form in found for form in ("southern kivu", "sud kivu", "south kiwu")]
    [True, True, True]
    >>> "ar raqqa" in division_variants(["Ar-Raqqah"], spellings)
    True
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from ...errors import DataFileError
from .names import normalise_name

SPELLINGS_FILE = "division_spellings.toml"
MAX_VARIANTS = 24  # a name with several direction words stays a short list
MIN_BARE = 5  # letters of a name left without its article
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")
_FINAL_AH = re.compile(r"(?<=[a-z]{3})ah\b")
_OW = re.compile(r"ow(?=[b-df-hj-np-tv-z])")
_ESTAN = re.compile(r"estan\b")
_FINAL_Y = re.compile(r"(?<=[a-z]{3})y\b")
_FINAL_I = re.compile(r"(?<=[a-z]{3}[^aeiouy])i\b")


@dataclass(frozen=True, slots=True)
class Spellings:
    """Classes of equivalent words (longest phrase first) and the articles that join a name."""

    classes: tuple[tuple[str, ...], ...]
    articles: frozenset[str]

    @classmethod
    def load(cls, text: str | None = None) -> Spellings:
        if text is None:
            folder = resources.files("eventscope").joinpath("data", "gazetteer")
            text = folder.joinpath(SPELLINGS_FILE).read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
            classes = tuple(
                tuple(sorted((str(w) for w in group), key=len, reverse=True))
                for group in data["equivalent"]
            )
            articles = frozenset(str(a) for a in data.get("articles", ()))
        except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
            raise DataFileError(SPELLINGS_FILE, detail=f"bad division spellings: {exc}") from exc
        return cls(classes, articles)

    def direction_words(self) -> frozenset[str]:
        return frozenset(
            word for group in self.classes for phrase in group for word in phrase.split()
        )


def division_variants(names: Iterable[str], spellings: Spellings) -> set[str]:
    """Normalised other spellings of a division known by ``names`` (the names included)."""
    found: set[str] = set()
    own = {normalise_name(name) for name in names}
    for key in own:
        if not key or _direction_only(key, spellings):
            found.add(key)
            continue
        forms = {key} | _translated(key, spellings)
        for form in list(forms):
            forms |= _transliterated(form)
        for form in list(forms):
            forms |= _articles(form, spellings.articles)
        for form in list(forms):
            forms.add(_FINAL_AH.sub("a", form))
        for form in list(forms):
            forms |= _single_vowels(form)
        found |= forms
    return {form for form in found if len(form) >= 3} | own


def _transliterated(key: str) -> set[str]:
    """The other romanisations news uses for the same sounds: Persian "v" as "w" ("Vardak"
    Wardak, "Parvan" Parwan), "ow" before a consonant as "o" ("Lowgar" Logar, "Khowst"
    Khost), the Persian "-estan" as "-istan" ("Nurestan" Nuristan), a final "-ah" as the
    Levantine "-eh" ("Hasakah" Hasakeh), a final "y" as "i" and the reverse ("Chuy" Chui,
    "Tillaberi" Tillabery)."""
    forms = {_OW.sub("o", key), _FINAL_AH.sub("eh", key), _FINAL_Y.sub("i", key)}
    forms |= {_FINAL_I.sub("y", key), key.replace("v", "w"), _ESTAN.sub("istan", key)}
    return forms - {key}


def _single_vowels(key: str) -> set[str]:
    """``key`` with every doubled vowel written once, and with each one alone ("hiiraan" ->
    "hiran", "hiraan", "hiiran")."""
    forms = {_DOUBLE_VOWEL.sub(r"\1", key)}
    for match in _DOUBLE_VOWEL.finditer(key):
        forms.add(key[: match.start()] + key[match.start() + 1 :])
    return forms


def _direction_only(key: str, spellings: Spellings) -> bool:
    """One word only, and a direction word ("north", "centre"): no variant."""
    return " " not in key and key in spellings.direction_words()


def _translated(key: str, spellings: Spellings) -> set[str]:
    """``key`` with each direction phrase replaced by the other members of its class (the
    longest phrase at each word: "north west" is one phrase, not "north" then "west")."""
    words, i = key.split(), 0
    segments: list[tuple[str, ...]] = []
    while i < len(words):
        match = _phrase_at(words, i, spellings)
        if match is None:
            segments.append((words[i],))
            i += 1
            continue
        size, group = match
        segments.append(group)
        i += size
    forms = {""}
    for segment in segments:
        forms = {f"{form} {part}".strip() for form in forms for part in segment}
        if len(forms) > MAX_VARIANTS:
            return set()  # too many direction words to vary safely
    return forms - {key}


def _phrase_at(
    words: list[str], i: int, spellings: Spellings
) -> tuple[int, tuple[str, ...]] | None:
    """(words taken, the phrase's class) of the longest direction phrase at word ``i``."""
    best: tuple[int, tuple[str, ...]] | None = None
    for group in spellings.classes:
        for phrase in group:
            size = phrase.count(" ") + 1
            if words[i : i + size] == phrase.split() and (best is None or size > best[0]):
                best = (size, group)
    return best


def _articles(key: str, articles: frozenset[str]) -> set[str]:
    """ "al jafarah" -> "aljafarah" and "jafarah"; nothing without a leading article."""
    first, _, rest = key.partition(" ")
    if first not in articles or not rest:
        return set()
    # The name alone only when long enough to name no other place ("Ad Dali" is no "Dali").
    alone = {rest} if len(rest.replace(" ", "")) >= MIN_BARE else set()
    return {f"{first}{rest}"} | alone
