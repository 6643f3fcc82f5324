"""Checks that a text can be coded: not empty, not binary, not oversized, English prose.

They run before the (expensive) parse so a batch reports bad items by name and goes on.
A text that fails the English test is told apart as a table of figures (an earnings
report: "Shr 45 cts vs 58 cts" rows) or another language; both are *skips*, not failures.

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
    NotProseError,
)

# Function words of English; news text has many of them in any sentence. A short wire item
# of names may have none ("South Korean President Yoon Suk Yeol visited Tokyo. Yoon met
# Japanese Prime Minister Fumio Kishida."): the verbs of news and the days of the week are
# English words too (none of them a common word of another language written in Latin script,
# so a German or Spanish story still fails).
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from said has have be are it "
    "its his her their an will were this which not but after who had been or "
    "met visited says told killed attacked arrested signed announced accused urged called "
    "would could should they she them him into between during while than about before "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MIN_WORDS_FOR_LANGUAGE_CHECK = 12
# Words that stand for figures in tables written out ("Pay April one", "nine cts vs eight").
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion half".split()
)
# A table: this share of its words are figures, or its lines are mostly short rows and at
# least this smaller share are figures. Prose in another language rarely reaches either.
TABLE_FIGURES = 0.3
TABLE_ROW_FIGURES = 0.1
TABLE_ROW_WORDS = 12


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
        table = table_detail(text[:20_000]) if latin / len(words) >= 0.6 else None
        if table is not None:
            raise NotProseError(item, detail=table)
        raise NotEnglishError(
            item, detail=f"{english} of {len(words)} words are common English words"
        )


def table_detail(text: str) -> str | None:
    """Why ``text`` looks like a table of figures rather than sentences, or None.

    >>> table_detail("Shr 45 cts vs 58 cts\\nNet 1,200,000 vs 990,000\\nRevs 12.1 mln vs 9.8 mln")
    '6 of 16 words are figures, 3 of 3 lines are short rows'
    >>> table_detail("Talks between the two governments resumed on Monday.") is None
    True
    """
    tokens = text.split()
    if not tokens:
        return None
    figures = sum(1 for token in tokens if _is_figure(token))
    lines = [line for line in text.splitlines() if line.strip()]
    rows = sum(1 for line in lines if len(line.split()) <= TABLE_ROW_WORDS)
    share = figures / len(tokens)
    short_rows = len(lines) >= 2 and rows >= 0.8 * len(lines)
    if share >= TABLE_FIGURES or (short_rows and share >= TABLE_ROW_FIGURES):
        return (
            f"{figures} of {len(tokens)} words are figures, "
            f"{rows} of {len(lines)} lines are short rows"
        )
    return None


def _is_figure(token: str) -> bool:
    return any(char.isdigit() for char in token) or token.lower().strip(".,;:") in _NUMBER_WORDS


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
