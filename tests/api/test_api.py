"""REST API read routes: events, timeline, partners, countries, articles, health."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_api_data import FakePipeline, seed

from eventscope.api import create_app
from eventscope.settings import Settings
from eventscope.store import open_store


@pytest.fixture(scope="module")
def client():
    store = open_store(":memory:")
    seed(store)
    app = create_app(store=store, settings=Settings(), pipeline_factory=lambda s: FakePipeline())
    with TestClient(app) as test_client:
        yield test_client
    store.close()


def test_health_reports_store_size_and_writes_off(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert (body["articles"], body["events"], body["writes"]) == (3, 4, False)


def test_countries_busiest_first(client):
    body = client.get("/api/countries").json()
    assert body[0] == {"country": "AZE", "events": 4, "name": "Azerbaijan"}
    assert {"country": "GEO", "events": 1, "name": "Georgia"} in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 4),
        ("country=geo", 1),
        ("a=AZE&b=CHN", 3),
        ("a=chn&b=aze", 3),
        ("root=11", 1),
        ("cameo=07", 1),
        ("since=2021-04-01", 3),
        ("until=2021-03-31", 1),
        ("since=2021-04-01&until=2021-04-01", 1),
        ("text=MEDICAL", 1),
        ("text=100%25", 0),
    ],
)
def test_events_filters(client, query, expected):
    body = client.get(f"/api/events?{query}").json()
    assert body["total"] == expected
    assert len(body["events"]) == expected


def test_events_newest_first_with_pagination(client):
    first = client.get("/api/events?limit=2").json()
    second = client.get("/api/events?limit=2&offset=2").json()
    dates = [e["date"] for e in first["events"] + second["events"]]
    assert dates == ["2021-04-19", "2021-04-02", "2021-04-01", "2021-03-10"]
    assert first["total"] == second["total"] == 4
    oldest = client.get("/api/events?order=oldest&limit=1").json()["events"][0]
    assert oldest["date"] == "2021-03-10"


def test_event_record_shape(client):
    event = client.get("/api/events?root=11").json()["events"][0]
    assert event["source"]["code"] == "AZE" and event["target"]["country"] == "CHN"
    assert event["location"]["name"] == "Beijing"
    assert event["quad_class"] == 3 and event["goldstein"] == -2.0
    assert isinstance(event["event_id"], int) and isinstance(event["cluster_id"], int)


def test_timeline_by_month_split_by_quadclass(client):
    body = client.get("/api/dyads/AZE/CHN/timeline?by=month").json()
    assert (body["a"], body["b"], body["by"]) == ("AZE", "CHN", "month")
    march, april = body["rows"]
    assert march["period"] == "2021-03-01" and march["verbal_cooperation"] == 1
    assert april["material_cooperation"] == 1 and april["verbal_conflict"] == 1
    assert april["goldstein_mean"] == pytest.approx(2.7)


def test_timeline_directed_and_range(client):
    rows = client.get("/api/dyads/CHN/AZE/timeline?directed=true").json()["rows"]
    assert [row["events"] for row in rows] == [1]
    rows = client.get("/api/dyads/AZE/CHN/timeline?since=2021-04-01&by=year").json()["rows"]
    assert rows == [rows[0]] and rows[0]["period"] == "2021-01-01" and rows[0]["events"] == 2


@pytest.mark.parametrize(
    ("rank_by", "first"), [("events", "CHN"), ("cooperation", "CHN"), ("conflict", "CHN")]
)
def test_partners_ranked(client, rank_by, first):
    body = client.get(f"/api/countries/aze/partners?rank_by={rank_by}").json()
    assert body["country"] == "AZE" and body["rank_by"] == rank_by
    assert body["partners"][0]["partner"] == first
    assert {p["partner"] for p in body["partners"]} == {"CHN", "GEO"}


def test_article_with_evidence_spans(client):
    body = client.get("/api/articles/art-1").json()
    text = body["text"]
    assert body["title"] == "Test art-1" and body["published"] == "2021-03-12"
    (coded,) = body["events"]
    spans = {span["role"]: text[span["start"] : span["end"]] for span in coded["spans"]}
    assert spans == {
        "source": "Azerbaijani minister",
        "target": "China",
        "trigger": "met",
        "date": "10 March",
        "place": "Baku",
    }
    # The place span is the one in the event's sentence, not the first "Baku" of the text.
    place = next(span for span in coded["spans"] if span["role"] == "place")
    assert place["start"] > text.index(". ")


def test_unknown_article_is_404_json(client):
    response = client.get("/api/articles/nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E604"
    assert "nope" in response.json()["error"]["message"]


def test_openapi_and_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    assert "/api/dyads/{a}/{b}/timeline" in spec["paths"]
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    assert "http" not in docs.replace("http-equiv", "")


def test_dashboard_index_and_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/style.css", "/static/basemap.json"):
        assert client.get(asset).status_code == 200, asset


def test_timeline_and_partners_count_events_with_mentions_beside(client):
    rows = client.get("/api/dyads/AZE/CHN/timeline?by=year").json()["rows"]
    assert all(row["mentions"] >= row["events"] >= 1 for row in rows)
    by_mention = client.get("/api/dyads/AZE/CHN/timeline?by=year&count=mentions").json()["rows"]
    assert [row["events"] for row in by_mention] == [row["mentions"] for row in rows]
    china = client.get("/api/countries/AZE/partners").json()["partners"][0]
    assert china["partner"] == "CHN" and china["mentions"] >= china["events"]


def test_min_confidence_and_self_dyad_filters(client):
    assert client.get("/api/events?min_confidence=1.0").json()["total"] == 0
    assert client.get("/api/events?exclude_self=true").json()["total"] == 4
    rows = client.get("/api/dyads/AZE/CHN/timeline?min_confidence=1.0").json()["rows"]
    assert rows == []
    bad = client.get("/api/events?min_confidence=2")
    assert bad.status_code == 400 and "min_confidence" in bad.json()["error"]["message"]


def test_brief_route_gives_the_why_panel_data(client):
    body = client.get("/api/dyads/AZE/CHN/brief?by=month&turns=2").json()
    assert (body["a"], body["b"], body["a_name"], body["b_name"]) == (
        "AZE",
        "CHN",
        "Azerbaijan",
        "China",
    )
    assert body["events"] >= 1 and len(body["turns"]) <= 2
    periods = [row["period"] for row in body["series"]]
    assert periods == sorted(periods) and all(p.endswith("-01") for p in periods)
    turn = body["turns"][0]
    assert {"period", "shift", "evidence", "partners"} <= set(turn)
    assert turn["evidence"][0]["event"]["sentence"]
    page = client.get("/api/dyads/AZE/CHN/brief?format=html")
    assert page.headers["content-type"].startswith("text/html") and "<svg" in page.text
    assert client.get("/api/dyads/AZE/CHN/brief?turns=0").status_code == 400


def test_clusters_are_one_row_per_event_with_article_counts(client):
    body = client.get("/api/clusters?a=AZE&b=CHN&limit=2").json()
    assert body["total"] == 3 and len(body["clusters"]) == 2
    first = body["clusters"][0]
    assert {"cluster_id", "event_id", "date", "num_articles", "num_mentions", "sentence"} <= set(
        first
    )
    dates = [row["date"] for row in body["clusters"]]
    assert dates == sorted(dates, reverse=True)
    rest = client.get("/api/clusters?a=AZE&b=CHN&limit=2&offset=2").json()["clusters"]
    assert len(rest) == 1 and rest[0]["cluster_id"] not in {
        r["cluster_id"] for r in body["clusters"]
    }
    assert client.get("/api/clusters?a=AZE&b=CHN&quad_class=3").json()["total"] == 1
    assert client.get("/api/clusters?a=CHN&b=AZE&directed=true").json()["total"] == 1
    assert client.get("/api/clusters?place=Baku").json()["total"] == 1


def test_clusters_download_as_csv_and_json(client):
    import csv
    import io

    response = client.get("/api/clusters?a=AZE&b=CHN&download=csv")
    assert response.headers["content-disposition"].endswith('eventscope-events.csv"')
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 and "num_articles" in rows[0]
    as_json = client.get("/api/clusters?a=AZE&b=CHN&download=json").json()
    assert [str(row["cluster_id"]) for row in as_json] == [row["cluster_id"] for row in rows]


def test_countries_have_names(client):
    assert client.get("/api/countries").json()[0] == {
        "country": "AZE",
        "events": 4,
        "name": "Azerbaijan",
    }


def test_places_count_real_world_events_per_place(client):
    body = client.get("/api/places?a=AZE&b=CHN").json()
    assert {(row["name"], row["events"]) for row in body["places"]} == {("Baku", 1), ("Beijing", 1)}
    assert all(row["lat"] is not None for row in body["places"])


def test_min_place_score_filters_events_clusters_and_places():
    # The seed's places carry no score: give two placed events a sure and a doubtful place.
    from dataclasses import replace

    from test_api_data import ARTICLES, build_events

    from eventscope.models import Article

    store = open_store(":memory:")
    for (article_id, published, text, specs), score in zip(ARTICLES, (0.9, None, 0.3), strict=True):
        events = [
            replace(e, location=replace(e.location, score=score)) if e.location else e
            for e in build_events(article_id, published, text, specs)
        ]
        store.save(Article(id=article_id, text=text, published=published), events)
    app = create_app(store=store, settings=Settings(), pipeline_factory=lambda s: FakePipeline())
    with TestClient(app) as client:
        totals = [
            client.get(f"/api/{route}?min_place_score={floor}").json()
            for route in ("events", "clusters")
            for floor in (0.0, 0.5)
        ]
        assert [body["total"] for body in totals] == [2, 1, 2, 1]
        places = client.get("/api/places?min_place_score=0.5").json()["places"]
        assert [row["name"] for row in places] == ["Baku"]
        bad = client.get("/api/events?min_place_score=1.5")
        assert bad.status_code == 400 and "min_place_score" in bad.json()["error"]["message"]
    store.close()


def test_html_brief_style_is_allowed_by_its_own_policy(client):
    """Under the dashboard's CSP (style-src 'self') the inline style was dropped: the brief
    page is served with a policy that allows its one <style> element by hash, and has no
    style attribute (which a hash cannot allow)."""
    import base64
    import hashlib
    import re

    page = client.get("/api/dyads/AZE/CHN/brief?format=html")
    policy = page.headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    styles = re.findall(r"<style>(.*?)</style>", page.text, flags=re.S)
    assert len(styles) == 1 and "<svg" in page.text
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in directives["style-src"].split()
    assert "unsafe-inline" not in policy and "script-src 'self'" in policy
    assert not re.search(r"\sstyle=", page.text)
    # the dashboard's own pages keep the strict policy
    assert "sha256" not in client.get("/").headers["content-security-policy"]
