"""Name normalisation for the gazetteer: one key for every spelling of a place name.

Folding: case, diacritics (NFKD + letters NFKD leaves alone, such as Azerbaijani ``ı``/``ə``),
apostrophes of every kind (``Xi’an`` = ``Xi'an`` = ``Xian``), hyphens and dots as spaces,
runs of spaces. The fuzzy step uses a restricted Damerau-Levenshtein distance (edits and one
adjacent transposition), only ever on short candidate lists.

Example:
    >>> normalise_name("Xi’an") == normalise_name("Xian") == "xian"
    True
    >>> normalise_name("Sumqayıt")
    'sumqayit'
    >>> within_one_edit("chudzhou", "chuzhou")
    True
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from types import MappingProxyType

# Letters that NFKD does not decompose into a base letter + mark.
_EXTRA_FOLDS = MappingProxyType(
    {
        "ı": "i",
        "ə": "a",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)
_DROP = frozenset("'’‘`´ʼʻ\"“”")
_SPACE = frozenset("-–—./,()")


@lru_cache(maxsize=1 << 16)  # a pure function of the string; news repeats its names
def normalise_name(name: str) -> str:
    """The lookup key of a place name (lower case, ASCII-folded, no apostrophes)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    chars: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) or char in _DROP:
            continue
        if char in _SPACE:
            chars.append(" ")
        else:
            chars.append(_EXTRA_FOLDS.get(char, char))
    key = " ".join("".join(chars).split())
    return key[4:] if key.startswith("the ") else key


def is_latin_key(key: str) -> bool:
    """Whether a normalised key is plain ASCII letters/digits/spaces (drops other scripts)."""
    return bool(key) and key.isascii()


def fuzzy_bucket(key: str) -> str:
    """The bucket a key is compared within by the fuzzy step: its first two letters."""
    return key[:2]


def within_one_edit(left: str, right: str) -> bool:
    """True when ``left`` and ``right`` differ by at most one edit or adjacent transposition."""
    if left == right:
        return True
    if abs(len(left) - len(right)) > 1:
        return False
    if len(left) > len(right):
        left, right = right, left
    prefix = 0
    while prefix < len(left) and left[prefix] == right[prefix]:
        prefix += 1
    if len(left) == len(right):
        rest_left, rest_right = left[prefix + 1 :], right[prefix + 1 :]
        if rest_left == rest_right:
            return True
        swapped = left[prefix : prefix + 2] == right[prefix : prefix + 2][::-1]
        return swapped and left[prefix + 2 :] == right[prefix + 2 :]
    return left[prefix:] == right[prefix + 1 :]


def one_edit_variants(key: str, alphabet: str, start: int = 0) -> set[str]:
    """Every string :func:`within_one_edit` of ``key`` that keeps its first ``start`` letters,
    with new letters from ``alphabet`` (``key`` itself among them): deletions, adjacent
    transpositions, substitutions and insertions at position ``start`` or later.

    An edit before ``start`` that keeps those letters gives a string an edit at ``start`` gives
    too ("aab" + "a" is "aaab" wherever it goes), so none is missed. A key of n letters has
    about 2 x n x len(alphabet) variants: looking each up in a set of names is cheaper than
    comparing the key with every name of a large bucket.

    Example:
        >>> sorted(one_edit_variants("ab", "ab"))
        ['a', 'aa', 'aab', 'ab', 'aba', 'abb', 'b', 'ba', 'bab', 'bb']
        >>> sorted(one_edit_variants("ab", "ab", start=1))
        ['a', 'aa', 'aab', 'ab', 'aba', 'abb']
    """
    cuts = [(key[:i], key[i:]) for i in range(start, len(key) + 1)]
    variants = {left + right[1:] for left, right in cuts if right}
    variants.update(
        left + right[1] + right[0] + right[2:] for left, right in cuts if len(right) > 1
    )
    variants.update(left + char + right[1:] for left, right in cuts if right for char in alphabet)
    variants.update(left + char + right for left, right in cuts for char in alphabet)
    return variants
