"""Corpus sources: directories, globs, RSS/Atom feed files and WARC archives → articles.

``read_sources`` accepts what a user types on the command line: files, directories
(walked recursively for the suffixes ``registry.readers`` has a reader for), glob
patterns, ``.rss``/``.atom``/``.xml`` feed files (feedparser) and ``.warc``/``.warc.gz``
web archives (warcio; HTML responses only).
Like the plain readers, it yields an :class:`ArticleError` for a bad item and goes on.

Example:
    >>> items = list(read_sources(["news/", "feeds/*.rss", "crawl.warc.gz"]))  # doctest: +SKIP
"""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import ArticleError, EncodingError, FileReadError
from ..models import Article
from ..registry import registry
from .readers import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DECOMPRESSED,
    check_unicode,
    html_to_article,
    read_file,
)


def corpus_suffixes() -> tuple[str, ...]:
    """The suffixes a directory walk picks up: those ``registry.readers`` has a reader for."""
    return tuple(name for name in registry.readers.names() if name.startswith("."))


def expand_sources(sources: Iterable[str | Path]) -> Iterator[Path | ArticleError]:
    """Files as given; directories walked (sorted) for corpus files; globs expanded."""
    suffixes = corpus_suffixes()
    for source in sources:
        path = Path(source)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes)
            )
        elif path.exists():
            yield path
        elif glob.has_magic(str(source)):
            matches = sorted(glob.glob(str(source), recursive=True))
            if not matches:
                yield FileReadError(str(source), detail="the pattern matches no file")
            yield from (Path(m) for m in matches)
        else:
            yield FileReadError(str(source), detail="no such file or directory")


def read_sources(
    sources: Iterable[str | Path],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """Every article of every source, in order; errors name the file (and line or record)."""
    for path in expand_sources(sources):
        if isinstance(path, ArticleError):
            yield path
        else:
            yield from read_file(
                path, published=published, max_bytes=max_bytes, max_decompressed=max_decompressed
            )


def _struct_date(value: Any) -> date | None:
    """feedparser's ``*_parsed`` time.struct_time → date (None when absent or impossible)."""
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
    except (AttributeError, ValueError):
        return None


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    if "<" not in html:
        return str(html).strip()
    import lxml.html

    try:
        return str(lxml.html.fromstring(html).text_content()).strip()
    except (ValueError, lxml.etree.ParserError):
        return ""


def read_feed(
    path: Path, *, published: date | None = None, **_limits: int
) -> Iterator[Article | ArticleError]:
    """One article per RSS/Atom entry (its content or summary; HTML tags stripped)."""
    import feedparser

    try:
        feed = feedparser.parse(str(path))
    except ValueError as exc:  # e.g. a character reference to a lone surrogate, "&#xD800;"
        yield FileReadError(str(path), detail=f"not a readable feed ({exc})")
        return
    if feed.bozo and not feed.entries:
        yield FileReadError(str(path), detail=f"not a readable feed ({feed.bozo_exception})")
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield _feed_entry(f"{path}#{number}", entry, feed.feed.get("title"), published)


def _feed_entry(
    item: str, entry: Any, source: str | None, published: date | None
) -> Article | ArticleError:
    text = _entry_text(entry)
    if not text:
        return ArticleError(item, detail="the feed entry has no text (content or summary)")
    when = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    fields = {
        "id": str(entry.get("id") or entry.get("link") or item),
        "text": text,
        "title": entry.get("title"),
        "url": entry.get("link"),
        "source": source,
    }
    try:
        check_unicode(item, fields)
    except EncodingError as error:
        return error
    return Article(published=when or published, **fields)


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def read_warc(
    path: Path,
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Article | ArticleError]:
    """One article per HTML ``response`` record; the page's own date wins over the crawl date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as stream:
            yield from _warc_items(path, ArchiveIterator(stream), published, max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield FileReadError(str(path), detail=f"WARC read failed: {exc}")
    except (AttributeError, TypeError, KeyError, IndexError) as exc:
        # warcio trips over some malformed headers (a response record without a
        # WARC-Target-URI raises AttributeError): the file is bad, the run goes on.
        yield FileReadError(str(path), detail=f"malformed WARC record: {exc!r}")


def _warc_items(
    path: Path, records: Iterable[Any], published: date | None, max_bytes: int
) -> Iterator[Article | ArticleError]:
    """The articles of the records of an open WARC (or ARC) file, until one is of the wrong kind."""
    expected_format = "arc" if ".arc" in path.name.lower() else "warc"
    for number, record in enumerate(records, start=1):
        if record.format != expected_format:
            # warcio reads any text as a lenient ARC record; junk must not pass.
            yield FileReadError(str(path), detail=f"not a {expected_format.upper()} file")
            return
        article = _warc_record(path, number, record, published, max_bytes)
        if article is not None:
            yield article


def _warc_record(
    path: Path, number: int, record: Any, published: date | None, max_bytes: int
) -> Article | ArticleError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{number}"
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return FileReadError(url, detail=f"page larger than {max_bytes:,} bytes; skipped")
    try:
        html = body.decode("utf-8", errors="replace")
        crawl_date = _warc_date(record.rec_headers.get_header("WARC-Date"))
        article = html_to_article(url, html, published=published)
    except ArticleError as error:
        return error
    article_id = hashlib.sha1(url.encode()).hexdigest()[:16]
    return Article(
        id=article_id,
        text=article.text,
        published=article.published or crawl_date,
        title=article.title,
        url=url,
    )
