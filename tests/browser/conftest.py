"""Browser-test fixtures: a seeded store served by uvicorn on a free loopback port, Chromium.

Skips cleanly when Playwright or /usr/bin/chromium is missing, but fails under
``EVENTSCOPE_REQUIRE_SERVICES=1`` (CI installs both:
``apt-get install -y chromium`` and ``pip install playwright``; never ``playwright install``).
"""

from __future__ import annotations

import importlib.util

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, serve
from test_api_data import seed

from eventscope.store import open_store
from services import unavailable


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the dashboard in headless Chromium")


# Module scope, not session: Playwright's sync API keeps an event loop running in the main
# thread while it is open, which would break asyncio.run() in test modules that follow.
@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """Base URL of the app over a seeded DuckDB file, with a fake pipeline and a token."""
    path = tmp_path_factory.mktemp("browser") / "events.duckdb"
    store = open_store(str(path))
    seed(store)
    yield from serve(store)
    store.close()


@pytest.fixture(scope="module")
def browser():
    if importlib.util.find_spec("playwright") is None:
        unavailable(
            "playwright is not installed: `pip install playwright` (no `playwright install`)"
        )
    if not CHROMIUM.exists():
        unavailable("/usr/bin/chromium is missing: `apt-get install -y chromium` as root")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records console errors and every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.requests = []
    tab.on("console", lambda msg: msg.type == "error" and tab.errors.append(msg.text))
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.base = live_server
    yield tab
    context.close()
