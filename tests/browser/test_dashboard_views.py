"""The country-pair page on a store with 60 JPN-USA events over 1978-1986: date axis, paging,
filters in the URL, names and numbers, empty states, map filter, export, why panel."""

from __future__ import annotations

import datetime as dt

import pytest
from browser_support import screenshot, serve
from test_store_support import make_article, make_event

from eventscope.store import open_store

pytestmark = pytest.mark.browser
PAIR = "/#/dyad?a=JPN&b=USA"
TALKS, CRITICISM = "Tokyo and Washington held talks", "Washington criticised Tokyo"


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """60 one-article events: 40 JPN->USA talks (a few years apart, Tokyo or no place), then
    20 USA->JPN criticisms in 1986 (verbal conflict), one a month apart so none cluster."""
    path = tmp_path_factory.mktemp("views") / "events.duckdb"
    store = open_store(str(path))
    for number in range(60):
        talks = number < 40
        day = dt.date(1978 + number // 8, 1 + number % 8, 5) if talks else dt.date(1986, 1, 1)
        day += dt.timedelta(days=0 if talks else 35 * (number - 40))
        event = make_event(
            "JPN" if talks else "USA",
            "USA" if talks else "JPN",
            root="04" if talks else "11",
            day=day,
            article_id=f"n{number}",
            place="Beijing" if number % 10 == 0 else None,
            sentence=f"Story {number}: {TALKS if talks else CRITICISM}.",
        )
        store.save(make_article(f"n{number}"), [event])
    yield from serve(store)
    store.close()


def rows(page):
    return page.locator("table.clusters tbody tr")


def test_real_date_axis_with_zero_line_and_readable_labels(page):
    page.goto(page.base + PAIR + "&by=month")
    page.wait_for_selector("table.clusters tbody tr")
    label = page.locator("svg.timeline").get_attribute("aria-label")
    # January 1978 .. October 1987, every month on the axis (empty ones as zero)
    assert "118 periods, 60 events" in label
    ticks = page.locator("svg.timeline text.axis").all_text_contents()
    years = [text for text in ticks if text.isdigit() and len(text) == 4]
    assert 3 <= len(years) <= 12 and years == sorted(years)
    assert page.locator("svg.timeline line.zero").count() == 1
    page.goto(page.base + PAIR + "&by=year&since=1976-01-01")
    page.wait_for_selector("svg.timeline[aria-label*='12 periods']")
    screenshot(page, "views-year-axis")


def test_paged_cluster_table_is_short(page):
    page.goto(page.base + PAIR)
    page.wait_for_selector("table.clusters tbody tr")
    assert rows(page).count() == 25
    assert page.locator("table.clusters caption").inner_text() == "60 rows · page 1 of 3"
    assert page.evaluate("document.documentElement.scrollHeight") < 3 * 900
    page.get_by_role("link", name="Next").click()
    page.wait_for_function("location.hash.includes('page=2')")
    page.wait_for_selector("table.clusters caption:has-text('page 2 of 3')")
    page.get_by_role("link", name="Next").click()
    page.wait_for_selector("table.clusters caption:has-text('page 3 of 3')")
    assert rows(page).count() == 10
    assert rows(page).first.locator("td").nth(4).inner_text() == "1"  # article count
    screenshot(page, "views-desktop")


def test_filters_are_kept_in_the_url(page):
    page.goto(page.base + PAIR)
    page.wait_for_selector("table.clusters tbody tr")
    page.select_option("#quad", "3")
    page.fill("#text", "criticised")
    page.fill("#since", "1986-01-01")
    page.get_by_role("button", name="Show", exact=True).click()
    page.wait_for_function("location.hash.includes('quad=3')")
    hash_ = page.evaluate("location.hash")
    assert "text=criticised" in hash_ and "since=1986-01-01" in hash_
    page.wait_for_selector("table.clusters caption:has-text('20 rows')")
    page.reload()
    page.wait_for_selector("table.clusters caption:has-text('20 rows')")
    assert page.input_value("#quad") == "3" and page.input_value("#text") == "criticised"
    page.goto(page.base + PAIR + "&dir=ba")
    page.wait_for_selector("table.clusters caption:has-text('20 rows')")


def test_names_beside_codes_and_formatted_numbers(page):
    page.goto(page.base + PAIR)
    page.wait_for_selector("table.clusters tbody tr")
    options = page.locator("#a option").all_inner_texts()
    assert "Japan (JPN) · 60" in options and "United States (USA) · 60" in options
    assert page.locator("h2").first.inner_text() == "Japan – United States: 60 events"
    assert "Japan GOV → United States GOV" in rows(page).last.inner_text()


def test_unknown_country_is_a_real_empty_state(page):
    page.goto(page.base + "/#/dyad?a=XXX&b=USA")
    page.wait_for_selector("p.empty")
    assert page.locator("p.empty").inner_text().startswith("No stored events for XXX")
    assert page.input_value("#a") == "" and page.input_value("#b") == "USA"
    assert page.locator("svg.timeline").count() == 0
    page.goto(page.base + "/#/country/XXX")
    page.wait_for_selector("p.empty")


def test_map_marker_filters_the_table(page):
    page.goto(page.base + PAIR)
    page.wait_for_selector("svg.map circle.marker")
    page.locator("svg.map circle.marker").last.click()  # markers at one place stack
    page.wait_for_function("location.hash.includes('place=Beijing')")
    page.wait_for_selector("table.clusters caption:has-text('at Beijing')")
    assert rows(page).count() == 6  # events 0, 10, ..., 50
    page.get_by_role("link", name="show all places").click()
    page.wait_for_selector("table.clusters caption:has-text('60 rows')")


def test_export_of_the_current_view(page):
    page.goto(page.base + PAIR + "&quad=3")
    page.wait_for_selector("table.clusters tbody tr")
    href = page.get_by_role("link", name="CSV").get_attribute("href")
    assert "quad_class=3" in href and "download=csv" in href
    response = page.request.get(page.base + href)
    lines = response.text().strip().splitlines()
    assert response.ok and len(lines) == 21 and lines[0].startswith("event_id,cluster_id,date")
    as_json = page.request.get(
        page.base + page.get_by_role("link", name="JSON").get_attribute("href")
    )
    assert len(as_json.json()) == 20


def test_place_score_filter_reaches_the_table_map_and_export(page):
    # The seeded places carry no score, so any floor leaves them out: an empty view.
    page.goto(page.base + PAIR + "&mps=0.5")
    page.wait_for_selector("table.clusters, p.empty")
    assert page.locator("#mps").input_value() == "0.5"
    href = page.get_by_role("link", name="CSV").get_attribute("href")
    assert "min_place_score=0.5" in href
    assert page.locator("table.clusters tbody tr").count() == 0


def test_why_panel_and_highlighted_event(page):
    page.goto(page.base + PAIR + "&by=year")
    page.wait_for_selector("section.why ol.turns li")
    why = page.locator("section.why")
    assert why.locator("ol.turns > li").count() == 3
    assert "1986" in why.inner_text() and "cooler" in why.inner_text()
    why.locator("blockquote a").first.click()
    page.wait_for_selector(".article-text mark.hl-current")


def test_phone_width(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    tab.goto(live_server + PAIR)
    tab.wait_for_selector("table.clusters tbody tr")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(tab, "views-phone")
    context.close()
