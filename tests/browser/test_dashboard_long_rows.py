"""Real news sentences are long: a page of 25 such rows must stay under three screens, with
the whole sentence one hover (tooltip) or one click (article page) away."""

from __future__ import annotations

import datetime as dt

import pytest
from browser_support import screenshot, serve
from test_store_support import make_article, make_event

from eventscope.store import open_store

pytestmark = pytest.mark.browser
LONG = (
    "Story {n}: Senior officials from Tokyo and Washington said on Tuesday that the two "
    "governments had agreed to hold further talks next month on semiconductor prices, "
    "farm imports and the exchange rate, after a week of meetings that both sides described "
    "as frank, useful and, at times, difficult."
)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """30 JPN->USA consultations, a week apart, each with a sentence of some 50 words."""
    path = tmp_path_factory.mktemp("long") / "events.duckdb"
    store = open_store(str(path))
    for number in range(30):
        day = dt.date(1987, 1, 5) + dt.timedelta(days=7 * number)
        event = make_event("JPN", "USA", day=day, article_id=f"l{number}",
                           sentence=LONG.format(n=number))  # fmt: skip
        store.save(make_article(f"l{number}"), [event])
    yield from serve(store)
    store.close()


def test_a_page_of_long_sentences_is_under_three_screens(page):
    page.goto(page.base + "/#/dyad?a=JPN&b=USA")
    page.wait_for_selector("table.clusters tbody tr")
    assert page.locator("table.clusters tbody tr").count() == 25
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 3 * 900, height
    evidence = page.locator("table.clusters tbody tr a.clamp").first
    assert evidence.get_attribute("title") == LONG.format(n=29)
    assert page.errors == []
    screenshot(page, "long-rows-desktop")


def test_a_page_of_long_sentences_on_a_phone_is_compact(browser, live_server):
    """On a phone rows are cards; each card keeps date, type, place and counts on one line and
    the evidence to two lines, and the filters fold away, so a page of 25 real-length rows stays
    about five screens."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    tab.goto(live_server + "/#/dyad?a=JPN&b=USA")
    tab.wait_for_selector("table.clusters tbody tr")
    assert tab.locator("table.clusters tbody tr").count() == 25
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(tab, "long-rows-phone")
    height = tab.evaluate("document.documentElement.scrollHeight")
    assert height < 5.5 * 844, height  # 11 screens (9,260 px) before the compact cards
    evidence = tab.locator("table.clusters tbody tr a.clamp").first
    assert evidence.get_attribute("title") == LONG.format(n=29)
    context.close()
