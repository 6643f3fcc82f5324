"""Checks and clean-up of posted articles, before the (expensive) pipeline runs.

* Size first: the text must fit the article size limit the CLI uses (``max_article_bytes``,
  413 ``E104``) and the parser's character limit (spaCy's ``max_length``, 1,000,000
  characters; 413 ``E614``), so an oversized post is refused at once instead of failing
  inside spaCy (it used to be a 500) or holding the server for seconds and gigabytes.
* Text, title and source lose control characters (C0 but tab and line breaks, DEL, C1)
  and bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069),
  which could reverse the evidence shown in the dashboard.
* ``url`` must be ``http://`` or ``https://`` with a host (no ``javascript:``, ``data:``, ...).
* ``id`` may not contain ``/`` (``GET /api/articles/{id}`` could never read it back),
  ``?``, ``#``, ``\\``, control or bidirectional characters.

Example:
    >>> clean_text("evil\\u202eevidence\\x00")
    'evilevidence'
    >>> check_url("javascript:alert(1)")
    Traceback (most recent call last):
    ...
    ValueError: url must start with http:// or https:// and name a host
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import InputTooLargeError
from ..io.textcheck import check_text
from .errors import ApiError

# spaCy's ``Language.max_length`` default: a longer text raises E088 inside the parser.
NLP_MAX_CHARS = 1_000_000
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BAD_ID = re.compile(r"[/\\?#\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class TextTooLongError(ApiError):
    code = "E614"
    status = 413
    template = (
        "the text is {size:,} characters, over the {limit:,} the parser takes at once; "
        "split it into several articles"
    )


def clean_text(value: str) -> str:
    """``value`` without control and bidirectional formatting characters."""
    return _UNSAFE.sub("", value)


def check_url(value: str) -> str:
    """``value`` if it is an http(s) URL with a host; raises ``ValueError`` otherwise."""
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError("url must start with http:// or https:// and name a host")
    return value.strip()


def check_id(value: str) -> str:
    """``value`` if it can be read back at ``/api/articles/{id}``; ``ValueError`` otherwise."""
    found = _BAD_ID.search(value)
    if found is not None:
        raise ValueError(
            f"id may not contain {found.group()!r} (U+{ord(found.group()):04X}); "
            "use letters, digits, '-', '_' or '.'"
        )
    if value != value.strip():
        raise ValueError("id may not start or end with white space")
    return value


def check_size(text: str, *, max_bytes: int) -> None:
    """Refuse a text over the article size limit (E104) or the parser's limit (E614),
    and any other text the pipeline would refuse (empty, binary, not English: 422)."""
    if len(text) > max_bytes:  # at least as many bytes as characters: no need to encode
        size = len(text.encode("utf-8", "replace"))
        raise InputTooLargeError("posted article", size=size, limit=max_bytes)
    if len(text) > NLP_MAX_CHARS:
        raise TextTooLongError(size=len(text), limit=NLP_MAX_CHARS)
    check_text("posted article", text, max_bytes=max_bytes)
