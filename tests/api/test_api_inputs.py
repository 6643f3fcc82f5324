"""Posted articles are checked before coding (issue 14 item 7): size, URLs, hidden text, ids."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_api_data import FakePipeline, seed
from test_api_security import TOKEN

from eventscope.api import create_app
from eventscope.settings import Settings
from eventscope.store import open_store

AUTH = {"Authorization": f"Bearer {TOKEN}"}
STORY = "Azerbaijan met China in Baku on Monday. The two sides discussed trade and energy."


def client_with(*, max_article_bytes: int = 2_000_000) -> tuple[TestClient, FakePipeline]:
    store = open_store(":memory:")
    seed(store)
    fake = FakePipeline()
    app = create_app(
        store=store,
        settings=Settings(api_token=TOKEN, max_article_bytes=max_article_bytes),
        pipeline_factory=lambda settings: fake,
    )
    return TestClient(app, raise_server_exceptions=False), fake


def post(client: TestClient, **body: object):
    return client.post("/api/articles", json={"text": STORY, **body}, headers=AUTH)


@pytest.mark.parametrize(
    ("limit", "text", "code"),
    [
        # 1.2 MB of text, under the body limit: spaCy's max_length used to make this a 500.
        (2_000_000, "Azerbaijan met China. " * 55_000, "E614"),
        # Over the article size limit the CLI applies (max_article_bytes).
        (5_000, "Azerbaijan met China. " * 300, "E104"),
        (5_000, "Azerbaïjan a rencontré la Chine à Bakou. " * 150, "E104"),
    ],
)
def test_oversized_texts_are_413_before_any_coding(limit, text, code) -> None:
    client, fake = client_with(max_article_bytes=limit)
    with client:
        response = client.post("/api/articles", json={"text": text}, headers=AUTH)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == code
    assert fake.calls == 0


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/story",
        "//example.org/story",
        "http://",
        "example.org/story",
    ],
)
def test_non_http_urls_are_refused(url) -> None:
    client, fake = client_with()
    with client:
        response = post(client, url=url)
    assert response.status_code == 400
    assert "url must start with http:// or https://" in response.json()["error"]["message"]
    assert fake.calls == 0


@pytest.mark.parametrize("url", ["https://example.org/news/1", "HTTP://example.org/a?b=c#d"])
def test_http_urls_are_kept(url) -> None:
    client, _ = client_with()
    with client:
        response = post(client, url=url, id="with-url")
    assert response.status_code == 201 and response.json()["article"]["url"] == url


@pytest.mark.parametrize(
    "hidden",
    ["\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069"]
    + ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b"],
)
def test_control_and_bidi_characters_are_stripped(hidden) -> None:
    client, _ = client_with()
    text = f"Azerbaijan met {hidden}China in Baku.{hidden} The two sides discussed trade."
    with client:
        response = post(client, text=text, title=f"Talks{hidden} in Baku", source=f"Wire{hidden}")
        article = client.get(f"/api/articles/{response.json()['article_id']}").json()
    assert response.status_code == 201
    assert article["text"] == text.replace(hidden, "")
    assert article["title"] == "Talks in Baku"
    assert article["source"] == "Wire"
    assert all(hidden not in item["event"]["sentence"] for item in article["events"])


def test_line_breaks_and_tabs_are_kept() -> None:
    client, _ = client_with()
    text = "Azerbaijan met China in Baku.\n\n\tThe two sides discussed trade.\r\nTalks go on."
    with client:
        response = post(client, text=text, id="breaks")
    assert response.status_code == 201 and response.json()["article"]["text"] == text


@pytest.mark.parametrize(
    ("article_id", "words"),
    [
        ("news/2020/1", "'/'"),
        ("a\\b", "'\\\\'"),
        ("a?b", "'?'"),
        ("a#b", "'#'"),
        ("evil\u202eid", "U+202E"),
        ("tab\tid", "U+0009"),
        (" padded", "white space"),
    ],
)
def test_ids_that_cannot_be_read_back_are_refused(article_id, words) -> None:
    client, fake = client_with()
    with client:
        response = post(client, id=article_id)
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message.startswith("body.id:") and words in message
    assert fake.calls == 0


def test_a_plain_id_is_stored_and_read_back() -> None:
    client, _ = client_with()
    with client:
        assert post(client, id="reuters-1987.04_17").status_code == 201
        assert client.get("/api/articles/reuters-1987.04_17").status_code == 200
