"""The cluster table shows the two directions of one exchange as one row, marked both ways."""

from __future__ import annotations

import datetime as dt

import pytest
from browser_support import screenshot, serve
from test_store_support import make_article, make_event

from eventscope.store import open_store

pytestmark = pytest.mark.browser
MET = "The Japanese and American ministers met in Tokyo on 5 May."


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """One meeting coded both ways (JPN->USA and USA->JPN, same day and root, two articles)
    and a one-way criticism a month later."""
    path = tmp_path_factory.mktemp("two-way") / "events.duckdb"
    store = open_store(str(path))
    day = dt.date(1986, 5, 5)
    store.save(
        make_article("m1"),
        [
            make_event("JPN", "USA", day=day, article_id="m1", sentence=MET),
            make_event("USA", "JPN", day=day, article_id="m1", sentence=MET, index=1),
        ],
    )
    store.save(make_article("m2"), [make_event("USA", "JPN", day=day, article_id="m2")])
    later = make_event("USA", "JPN", root="11", day=day + dt.timedelta(days=30), article_id="c1")
    store.save(make_article("c1"), [later])
    yield from serve(store)
    store.close()


def test_reciprocal_events_are_one_row_marked_both_ways(page):
    page.goto(page.base + "/#/dyad?a=JPN&b=USA")
    page.wait_for_selector("table.clusters tbody tr")
    rows = page.locator("table.clusters tbody tr")
    assert rows.count() == 2
    texts = rows.all_inner_texts()
    meeting = next(text for text in texts if "⇄" in text)
    assert "Japan GOV ⇄ United States GOV" in meeting and "both ways" in meeting
    assert "\t2\t3\t" in meeting  # 2 articles, 3 mentions
    criticism = next(text for text in texts if "⇄" not in text)
    assert "United States GOV → Japan GOV" in criticism and "both ways" not in criticism
    assert page.locator("table.clusters caption").inner_text().startswith("2 rows")
    # The heading counts each direction, as the chart, the "why" panel and `dyad` do.
    assert page.locator("h2").first.inner_text() == "Japan – United States: 3 events"
    assert page.errors == []
    screenshot(page, "two-way-row")
