"""Hostile input to every reader: each yields articles or per-item errors, never an exception.

Also the readers' regression tests for what fuzzing found (fuzz/README.md): a feed with a
surrogate character reference, a WARC record that made warcio raise, a lone surrogate named.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscope.errors import ArticleError, EncodingError, FileReadError, InputTooLargeError
from eventscope.io.readers import read_paths
from eventscope.io.sources import read_sources
from eventscope.io.textcheck import check_text
from eventscope.models import Article

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
RECORDS = st.dictionaries(
    st.sampled_from(["id", "text", "html", "published", "title", "url", "source", "x"]),
    JSON_VALUES,
    max_size=6,
)


def only_articles_or_errors(items: list[object]) -> None:
    for item in items:
        assert isinstance(item, Article | ArticleError), item
        if isinstance(item, ArticleError):
            assert str(item).startswith(f"[{item.code}]")


@FUZZ
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".rss"]))
def test_random_bytes_never_crash_a_reader(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    only_articles_or_errors(list(read_sources([path])))


@FUZZ
@given(records=st.lists(RECORDS | JSON_VALUES, max_size=6))
def test_jsonl_with_wrong_types_and_missing_fields(tmp_path: Path, records: list[object]) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = list(read_paths([path]))
    only_articles_or_errors(items)
    assert len(items) <= len(records)


@FUZZ
@given(text=st.text(max_size=400))
def test_check_text_only_raises_article_errors(text: str) -> None:
    try:
        check_text("fuzz", text, max_bytes=1000)
    except ArticleError as error:
        assert str(error).startswith(f"[{error.code}] fuzz: ")
    else:
        assert text.strip()


@FUZZ
@given(html=st.text(alphabet="<>/abdiv p=\"'&;!-\n", max_size=600))
def test_malformed_html(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    only_articles_or_errors(list(read_paths([path])))


def test_deeply_nested_html(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    body = (
        "<div>" * 5000 + "Kenya and Ethiopia signed a treaty on trade and transit." + "</div>" * 10
    )
    path.write_text(f"<html><body>{body}</body></html>")
    only_articles_or_errors(list(read_paths([path])))


def test_gzip_bomb_stops_at_the_decompressed_limit(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": "a " * 500}).encode() + b"\n"
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(line * 20_000))  # ~20 MB inflated, a few KB on disk
    items = list(read_paths([path], max_decompressed=1_000_000))
    assert isinstance(items[-1], InputTooLargeError)
    assert str(path) in str(items[-1])
    assert len(items) < 1000


def test_huge_line_is_skipped_without_loading_it(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    good = json.dumps({"id": "ok", "text": "Kenya and Ethiopia met."})
    path.write_text(good + "\n" + '{"id": "big", "text": "' + "x" * 50_000 + '"}\n' + good + "\n")
    items = list(read_paths([path], max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["Article", "InputTooLargeError", "Article"]
    assert f"{path}:2" in str(items[1])


@pytest.mark.parametrize(
    "text",
    ["!!! ... ??? ;;; ---", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", "\u200b\u200b\u200b", "🙂" * 40],
)
def test_punctuation_numbers_and_symbols_are_not_crashes(text: str) -> None:
    try:
        check_text("odd", text, max_bytes=10_000)
    except ArticleError as error:
        assert "odd" in str(error)


# -- regressions of what fuzzing found (fuzz/README.md) -------------------------------------


def test_check_text_names_the_lone_surrogate() -> None:
    with pytest.raises(
        EncodingError, match=r"\[E103\] doc: .*lone surrogate U\+D800 at character 6"
    ):
        check_text("doc", "Russia\ud800 attacked Georgia.", max_bytes=1000)


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>
<item><title>One {ref}</title><link>http://example.org/1</link>
<description>Azerbaijan and China signed an agreement on trade.</description></item>
</channel></rss>"""


def test_feed_with_a_surrogate_character_reference_is_a_file_error(tmp_path: Path) -> None:
    """Regression: feedparser raised on "&#xD800;" and the exception stopped the whole run."""
    bad, good = tmp_path / "a.rss", tmp_path / "b.rss"
    bad.write_text(FEED.format(ref="&#xD800;"), encoding="utf-8")
    good.write_text(FEED.format(ref="&#x263A;"), encoding="utf-8")
    error, article = list(read_sources([bad, good]))
    assert isinstance(error, FileReadError)
    assert error.item == str(bad)
    assert isinstance(article, Article)
    assert article.title == "One \u263a"


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_warc_response_without_target_uri_is_a_file_error(tmp_path: Path, name: str) -> None:
    """Regression (atheris): warcio raised AttributeError out of the reader on this record."""
    bad, good = tmp_path / name, tmp_path / "b.txt"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n")
    good.write_text("Azerbaijan and China signed an agreement on trade.", encoding="utf-8")
    error, article = list(read_sources([bad, good]))
    assert isinstance(error, FileReadError)
    assert error.item == str(bad)
    assert isinstance(article, Article)
