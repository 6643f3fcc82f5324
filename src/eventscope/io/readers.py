"""Readers: files (text, HTML, JSONL, JSONL.gz) → :class:`Article` items or per-item errors.

Which reader reads a file is looked up by its suffix in ``registry.readers`` (see
:mod:`eventscope.registry`; feeds and WARC archives are in :mod:`eventscope.io.sources`), so
a plugin adds a reader for a new suffix.

Readers never raise for one bad item: they yield an :class:`ArticleError` naming it
(file, or file:line for JSONL) so that a batch reports it and goes on.

JSONL records: ``{"id", "text" or "html", "published": "YYYY-MM-DD", "title"?, "url"?,
"source"?}``; other fields are ignored.

Example:
    >>> from pathlib import Path
    >>> items = list(read_paths([Path("story.txt")], published=None))  # doctest: +SKIP
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import (
    ArticleError,
    BadDateError,
    BadRecordError,
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FileReadError,
    InputTooLargeError,
    NoTextError,
)
from ..models import Article
from ..registry import registry

# The JSONL fields read; other keys are ignored.
RECORD_FIELDS = ("id", "text", "html", "published", "title", "url", "source")
DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_MAX_DECOMPRESSED = 200_000_000


def parse_date(value: str | None, *, item: str = "") -> date | None:
    """``YYYY-MM-DD`` (or an ISO timestamp) → ``date``; ``None``/empty → ``None``."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadDateError(item, value=value)
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise BadDateError(item, value=value) from exc


def decode_bytes(item: str, data: bytes) -> str:
    """Bytes → text, refusing empty, binary and non-UTF-8 input with a clear error."""
    if not data.strip():
        raise EmptyInputError(item)
    if b"\x00" in data[:8192]:
        raise BinaryInputError(item)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            item, detail=f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from exc


def html_to_article(item: str, html: str, *, published: date | None) -> Article:
    """Extract the main text (and title/date metadata) of an HTML page with trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise NoTextError(item, detail="trafilatura found no main text in the HTML")
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None else None
    if published is None and metadata is not None and metadata.date:
        published = parse_date(metadata.date, item=item)
    url = metadata.url if metadata is not None else None
    return Article(id=item, text=text, published=published, title=title, url=url)


def read_file(
    path: Path,
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """Read one file with the reader ``registry.readers`` holds for its suffix.

    Built in: JSONL (many articles), HTML, RSS/Atom feeds, WARC archives; any other file is
    plain text (one article).
    """
    reader = registry.readers.get(registry.readers.for_path(path) or "text")
    yield from reader(
        path, published=published, max_bytes=max_bytes, max_decompressed=max_decompressed
    )


def read_text(
    path: Path,
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """One plain-text file as one article (its id is the file name without suffix)."""
    yield from _read_single(path, published=published, max_bytes=max_bytes, html=False)


def read_html(
    path: Path,
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """One HTML page as one article (main text by trafilatura; its id is the path)."""
    yield from _read_single(path, published=published, max_bytes=max_bytes, html=True)


def _read_single(
    path: Path, *, published: date | None, max_bytes: int, html: bool
) -> Iterator[Article | ArticleError]:
    item = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(item, size=size, limit=max_bytes)
        text = decode_bytes(item, path.read_bytes())
        if html:
            yield html_to_article(item, text, published=published)
        else:
            yield Article(id=path.stem, text=text, published=published)
    except ArticleError as error:
        yield error
    except OSError as exc:
        yield FileReadError(item, detail=exc.strerror or str(exc))


def read_jsonl(
    path: Path,
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """One article per line; a bad line yields an error naming ``file:line`` and reading goes on.

    A line longer than ``2 * max_bytes`` is skipped without being held in memory, and a
    ``.gz`` file stops with an error once ``max_decompressed`` bytes were inflated (a
    gzip bomb cannot exhaust memory or disk).
    """
    opener: Any = gzip.open if path.suffix.lower() == ".gz" else open
    line_limit = max_bytes * 2
    try:
        with opener(path, "rb") as stream:
            yield from _jsonl_items(path, stream, published, line_limit, max_decompressed)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield FileReadError(str(path), detail=str(exc))


def _jsonl_items(
    path: Path, stream: Any, published: date | None, line_limit: int, max_decompressed: int
) -> Iterator[Article | ArticleError]:
    """The articles and errors of an open JSONL stream (see ``read_jsonl``)."""
    total = 0
    for number, raw, size in _bounded_lines(stream, line_limit):
        total += size
        if total > max_decompressed:
            yield InputTooLargeError(str(path), size=total, limit=max_decompressed)
            return
        item = f"{path}:{number}"
        if raw is None:
            yield InputTooLargeError(item, size=size, limit=line_limit)
        elif raw.strip():
            yield _jsonl_record(item, raw, published)


def _bounded_lines(stream: Any, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, line or None if longer than limit, its size)``, reading in bounded pieces."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        size = len(line)
        if size <= limit or line.endswith(b"\n"):
            yield number, line, size
            continue
        while line and not line.endswith(b"\n"):  # drain the rest of the long line
            line = stream.readline(1 << 20)
            size += len(line)
        yield number, None, size


def _jsonl_record(item: str, raw: bytes, published: date | None) -> Article | ArticleError:
    try:
        record = json.loads(decode_bytes(item, raw))
        return record_to_article(item, record, published=published)
    except ArticleError as error:
        return error
    except json.JSONDecodeError as exc:
        return BadRecordError(item, detail=f"not valid JSON ({exc.msg} at column {exc.colno})")


def record_to_article(item: str, record: Any, *, published: date | None = None) -> Article:
    """Validate one JSONL record (a dict) and turn it into an :class:`Article`."""
    if not isinstance(record, dict):
        raise BadRecordError(item, detail="each line must be a JSON object")
    check_unicode(item, record)
    article_id = record.get("id")
    if not isinstance(article_id, str | int) or isinstance(article_id, bool) or article_id == "":
        raise BadRecordError(item, detail='missing or invalid "id" (a string)')
    article_id = str(article_id)
    when = parse_date(record.get("published"), item=item) or published
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        body = text
    elif isinstance(html, str) and html.strip():
        body = html_to_article(article_id, html, published=when).text
    else:
        raise BadRecordError(item, detail='needs a non-empty "text" or "html" string')
    return Article(
        id=article_id,
        text=body,
        published=when,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
    )


def check_unicode(item: str, record: dict[str, Any]) -> None:
    """Refuse a lone surrogate in any string field (JSON can escape one: ``"\\ud800"``).

    Neither spaCy, the HTML parser nor the store can encode one, so it would stop a whole
    run, not one item.
    """
    for name in RECORD_FIELDS:
        value = record.get(name)
        if not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            char = f"U+{ord(value[exc.start]):04X}"
            raise EncodingError(
                item, detail=f'lone surrogate {char} in "{name}" at character {exc.start}'
            ) from None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value else None


def read_paths(
    paths: Iterable[Path],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """Read every path in turn (a missing path yields an error, not an exception)."""
    for path in paths:
        if not path.exists():
            yield FileReadError(str(path), detail="no such file")
        elif path.is_dir():
            yield FileReadError(str(path), detail="is a directory; give files (or use `ingest`)")
        else:
            yield from read_file(
                path, published=published, max_bytes=max_bytes, max_decompressed=max_decompressed
            )
