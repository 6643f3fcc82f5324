"""Checks that a text can be coded: not empty, not binary, not oversized, English.

They run before the (expensive) parse so a batch reports bad items by name and goes on.

Example:
    >>> check_text("a.txt", "Azerbaijan and China signed an agreement on trade.", max_bytes=1000)
"""

from __future__ import annotations

import re

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    NotEnglishError,
)

# Function words of English; news text has many of them in any sentence.
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from said has have be are it "
    "its his her their an will were this which not but after who had been or".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MIN_WORDS_FOR_LANGUAGE_CHECK = 12


def check_text(item: str, text: str, *, max_bytes: int) -> None:
    """Raise an :class:`~eventscope.errors.ArticleError` naming ``item`` if ``text`` is unusable."""
    if not text or not text.strip():
        raise EmptyInputError(item)
    size = _utf8_size(item, text)
    if size > max_bytes:
        raise InputTooLargeError(item, size=size, limit=max_bytes)
    if len(_CONTROL.findall(text[:4096])) > 4:
        raise BinaryInputError(item)
    words = _WORD.findall(text[:20_000])
    if len(words) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return
    latin = sum(1 for w in words if w.isascii())
    english = sum(1 for w in words if w.lower() in _ENGLISH_WORDS)
    if latin / len(words) < 0.6 or english / len(words) < 0.05:
        raise NotEnglishError(
            item, detail=f"{english} of {len(words)} words are common English words"
        )


def _utf8_size(item: str, text: str) -> int:
    """The UTF-8 size of ``text``; a lone surrogate (JSON may escape one) is an encoding error.

    spaCy's tokenizer raises on a lone surrogate, which would stop a whole batch.
    """
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        char = f"U+{ord(text[exc.start]):04X}"
        raise EncodingError(
            item, detail=f"lone surrogate {char} at character {exc.start}"
        ) from None
