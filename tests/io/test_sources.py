"""Corpus sources: directories, globs, RSS/Atom feeds and WARC archives."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from eventscope.errors import ArticleError, FileReadError
from eventscope.io.sources import expand_sources, read_sources
from eventscope.models import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Caucasus Wire</title>
<item><title>Talks in Tbilisi</title><link>https://example.org/1</link>
<guid>wire-1</guid><pubDate>Tue, 09 Mar 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Georgia and Armenia held talks in Tbilisi on Monday.&lt;/p&gt;
</description></item>
<item><title>Empty</title><link>https://example.org/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Desk</title>
<entry><title>Aid convoy</title><id>urn:gulf:7</id><link href="https://example.org/7"/>
<updated>2021-04-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;Qatar sent an aid convoy to Yemen on Thursday.&lt;/p&gt;</content>
</entry></feed>"""

PAGE = (
    "<html><head><title>Border deal</title></head><body><article><h1>Border deal</h1>"
    "<p>Kenya and Ethiopia signed a border agreement in Nairobi on Tuesday, officials said, "
    "after two days of talks between the foreign ministers of the two neighbours.</p>"
    "<p>The deal opens a second crossing and creates a joint commission on trade.</p>"
    "</article></body></html>"
)


def make_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, ctype, body in [
            ("https://example.org/deal", "text/html; charset=utf-8", PAGE.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG...."),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(record)


def test_rss_entries_become_articles_and_empty_entries_errors(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS)
    first, second = read_sources([feed])
    assert isinstance(first, Article)
    assert first.id == "wire-1"
    assert first.text == "Georgia and Armenia held talks in Tbilisi on Monday."
    assert first.published == date(2021, 3, 9)
    assert first.source == "Caucasus Wire"
    assert isinstance(second, ArticleError)
    assert "wire.rss#2" in str(second)


def test_atom_content_is_read(tmp_path: Path) -> None:
    feed = tmp_path / "gulf.atom"
    feed.write_text(ATOM)
    [article] = read_sources([feed])
    assert isinstance(article, Article)
    assert article.text == "Qatar sent an aid convoy to Yemen on Thursday."
    assert article.published == date(2021, 4, 2)
    assert article.url == "https://example.org/7"


def test_warc_html_responses_only(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    make_warc(warc)
    [article] = read_sources([warc])
    assert isinstance(article, Article)
    assert article.url == "https://example.org/deal"
    assert "border agreement in Nairobi" in article.text
    assert article.published is not None  # crawl date, as the page has none


def test_broken_warc_is_one_error(tmp_path: Path) -> None:
    warc = tmp_path / "bad.warc"
    warc.write_bytes(b"this is not a warc file at all\r\n\r\n")
    items = list(read_sources([warc]))
    assert len(items) == 1 and isinstance(items[0], FileReadError)


def test_directories_are_walked_and_globs_expanded(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One.")
    (tmp_path / "a" / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / "two.txt").write_text("Two.")
    found = list(expand_sources([tmp_path / "a", str(tmp_path / "*.txt")]))
    assert found == [tmp_path / "a" / "one.txt", tmp_path / "two.txt"]


def test_unmatched_glob_and_missing_path_are_errors(tmp_path: Path) -> None:
    found = list(expand_sources([str(tmp_path / "*.nothing"), tmp_path / "missing.txt"]))
    assert [type(f) for f in found] == [FileReadError, FileReadError]
    assert "matches no file" in str(found[0])
