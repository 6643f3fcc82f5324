"""Readers: text, HTML, JSONL(.gz) files into Articles, and one clear error per bad item."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from eventscope.errors import (
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
from eventscope.io.readers import parse_date, read_paths, record_to_article
from eventscope.models import Article

STORY = "Georgia and Armenia signed a transit agreement in Tbilisi on Monday, officials said."

HTML_PAGE = """<!DOCTYPE html><html><head><title>Transit deal signed</title>
<meta property="article:published_time" content="2021-03-09T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Transit deal signed</h1>
<p>Georgia and Armenia signed a transit agreement in Tbilisi on Monday, the two governments said
in a joint statement issued after talks between their prime ministers.</p>
<p>The agreement cuts customs checks at the border crossing near Sadakhlo and sets up a joint
commission that will meet every three months to review cargo traffic between the two countries.</p>
</article><footer>Copyright the newspaper</footer></body></html>"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_text_file_becomes_one_article(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", STORY.encode())
    [article] = read_paths([path], published=date(2021, 3, 10))
    assert article == Article(id="story", text=STORY, published=date(2021, 3, 10))


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + STORY.encode())
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert article.text == STORY


def test_html_main_text_title_and_date_come_from_the_page(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", HTML_PAGE.encode())
    [article] = read_paths([path])
    assert isinstance(article, Article)
    assert "transit agreement in Tbilisi" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Transit deal signed"
    assert article.published == date(2021, 3, 9)


def test_html_date_from_flag_wins_over_page_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "page.htm", HTML_PAGE.encode())
    [article] = read_paths([path], published=date(2021, 3, 12))
    assert isinstance(article, Article)
    assert article.published == date(2021, 3, 12)


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", EmptyInputError),
        ("blank.txt", b"  \n\n ", EmptyInputError),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        ("latin1.txt", "Café in Zürich".encode("latin-1"), EncodingError),
        ("empty.html", b"<html><body><script>x=1</script></body></html>", NoTextError),
    ],
)
def test_bad_files_yield_one_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes, error: type[ArticleError]
) -> None:
    path = write(tmp_path, name, data)
    [item] = read_paths([path])
    assert isinstance(item, error)
    assert str(path) in str(item)
    assert item.code.startswith("E1")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 1000)
    [item] = read_paths([path], max_bytes=100)
    assert isinstance(item, InputTooLargeError)
    assert "5,000 bytes" in str(item)


def test_missing_path_and_directory_are_errors_not_exceptions(tmp_path: Path) -> None:
    items = list(read_paths([tmp_path / "nope.txt", tmp_path]))
    assert [type(i) for i in items] == [FileReadError, FileReadError]


def jsonl_lines(*records: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


def test_jsonl_bad_lines_are_reported_by_line_and_reading_goes_on(tmp_path: Path) -> None:
    data = jsonl_lines(
        {"id": "a1", "text": STORY, "published": "2021-03-09", "title": "Deal"},
        "{not json",
        {"id": "a3"},
        ["a", "list"],
        {"id": "a5", "text": STORY, "published": "2021-02-30"},
        "",
        {"id": 7, "text": STORY, "url": "https://example.org/a7"},
    )
    path = write(tmp_path, "batch.jsonl", data)
    items = list(read_paths([path]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == [
        "Article",
        "BadRecordError",
        "BadRecordError",
        "BadRecordError",
        "BadDateError",
        "Article",
    ]
    assert items[0] == Article(
        id="a1", text=STORY, published=date(2021, 3, 9), title="Deal", url=None, source=None
    )
    assert f"{path}:2" in str(items[1])
    assert f"{path}:5" in str(items[4])
    assert isinstance(items[5], Article) and items[5].id == "7"


def test_jsonl_gz_is_read(tmp_path: Path) -> None:
    data = gzip.compress(jsonl_lines({"id": "g1", "text": STORY}))
    path = write(tmp_path, "batch.jsonl.gz", data)
    [article] = read_paths([path], published=date(2021, 1, 1))
    assert isinstance(article, Article)
    assert article.published == date(2021, 1, 1)


def test_jsonl_html_field_is_extracted() -> None:
    article = record_to_article("x:1", {"id": "h1", "html": HTML_PAGE})
    assert "transit agreement" in article.text


def test_truncated_gzip_is_one_error(tmp_path: Path) -> None:
    data = gzip.compress(jsonl_lines({"id": "g1", "text": STORY}) * 50)[:40]
    path = write(tmp_path, "cut.jsonl.gz", data)
    items = list(read_paths([path]))
    assert isinstance(items[-1], FileReadError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-08-20", date(2020, 8, 20)), ("2020-08-20T10:00:00Z", date(2020, 8, 20)), ("", None)],
)
def test_parse_date(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2020-02-30", "20/08/2020", "yesterday"])
def test_parse_date_refuses_impossible_dates(value: str) -> None:
    with pytest.raises(BadDateError, match="YYYY-MM-DD"):
        parse_date(value, item="--published")


def test_bad_record_error_is_an_article_error() -> None:
    assert issubclass(BadRecordError, ArticleError)
