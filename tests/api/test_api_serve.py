"""``eventscope serve`` wiring, the API helper modules' contracts and their docstring examples."""

from __future__ import annotations

import doctest
import importlib

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from test_api_data import seed

from eventscope.api.errors import BadParameterError
from eventscope.api.params import country_code, date_range, event_filter
from eventscope.api.spans import find_in_sentence
from eventscope.cli import main
from eventscope.store import open_store


@pytest.fixture
def served(monkeypatch, tmp_path):
    """Run ``eventscope serve`` with uvicorn.run replaced: returns what it was called with."""
    calls = {}

    def fake_run(app, **kwargs):
        calls["app"], calls["kwargs"] = app, kwargs
        calls["writes"] = app.state.eventscope.writable
        # While the store is open: which Host headers does the served app accept?
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            calls["hosts"] = {
                host: client.get("/api/health", headers={"Host": host}).status_code
                for host in ("127.0.0.1:8000", "localhost", "evil.example")
            }

    monkeypatch.setattr("uvicorn.run", fake_run)
    db = tmp_path / "events.duckdb"
    with open_store(str(db)) as store:
        seed(store)

    def run(*args, token=None):
        env = {"EVENTSCOPE_CONFIG": str(tmp_path / "none.toml")}
        if token:
            env["EVENTSCOPE_API_TOKEN"] = token
        result = CliRunner().invoke(main, ["serve", "--db", str(db), *args], env=env)
        return result, calls

    return run


def test_serve_defaults_to_loopback_and_read_only(served):
    result, calls = served()
    assert result.exit_code == 0, result.output
    assert calls["kwargs"]["host"] == "127.0.0.1" and calls["kwargs"]["port"] == 8000
    assert calls["writes"] is False
    assert "read-only" in result.output


def test_serve_with_token_enables_writes(served):
    result, calls = served("--port", "8123", token="t0ken")
    assert result.exit_code == 0, result.output
    assert calls["writes"] is True and calls["kwargs"]["port"] == 8123
    result, calls = served("--read-only", token="t0ken")
    assert calls["writes"] is False


def test_serve_warns_on_public_interface(served):
    result, calls = served("--host", "0.0.0.0")
    assert calls["kwargs"]["host"] == "0.0.0.0"
    assert "reachable from other machines" in result.output


def test_serve_missing_database_is_a_clear_error(tmp_path):
    missing = tmp_path / "absent.duckdb"
    env = {"EVENTSCOPE_CONFIG": str(tmp_path / "none.toml")}
    result = CliRunner().invoke(main, ["serve", "--db", str(missing)], env=env)
    assert result.exit_code != 0 and "no event store" in result.output


@pytest.mark.parametrize(
    ("value", "expected"), [("aze", "AZE"), (" CHN ", "CHN"), ("AZ", None), ("A1E", None)]
)
def test_country_code(value, expected):
    if expected is None:
        with pytest.raises(BadParameterError, match="alpha-3"):
            country_code(value, "country")
    else:
        assert country_code(value, "country") == expected


@pytest.mark.parametrize("since", ["2021-2-1", "2021-02-29", "02/01/2021", "2021-02-01T00:00"])
def test_bad_dates(since):
    with pytest.raises(BadParameterError, match="YYYY-MM-DD"):
        date_range(since, None)


def test_event_filter_binds_every_value():
    filters = event_filter(
        country=None,
        a="aze",
        b="chn",
        root="04",
        cameo="042",
        since="2021-01-01",
        until=None,
        text="x' OR 1=1 --",
    )
    sql, params = filters.where()
    assert "OR 1=1" not in sql
    assert params[0] == "AZE-CHN" and "%x' OR 1=1 --%" in params  # the undirected pair key


@pytest.mark.parametrize(
    ("needle", "start", "end", "fold", "expected"),
    [
        ("met", 0, 30, False, (17, 20)),
        ("baku", 0, 30, True, (0, 4)),
        ("baku", 5, 30, True, (24, 28)),
        ("baku", 0, 30, False, None),
        ("", 0, 30, False, None),
        (None, 0, 30, False, None),
        ("Baku.", 0, 10, False, None),  # outside the window
    ],
)
def test_find_in_sentence(needle, start, end, fold, expected):
    text = "Baku and Beijing met in Baku."
    assert find_in_sentence(text, needle, start, end, fold=fold) == expected


@pytest.mark.parametrize(
    "name",
    ["app", "errors", "params", "schemas", "security", "spans", "state"],
)
def test_docstring_examples(name):
    module = importlib.import_module(f"eventscope.api.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_place_span_prefers_the_name_as_written():
    from test_api_data import BAKU, build_events

    from eventscope.api.spans import event_spans

    text = "BAKU, 3 May - Azerbaijan met China in Baku."
    specs = [
        (
            0,
            ("Azerbaijan", "AZE", None),
            "met",
            ("China", "CHN", None),
            "040",
            "Consult",
            1,
            1.0,
            None,
            None,
            BAKU,
        )
    ]
    (event,) = build_events("x", None, text, specs)
    place = next(span for span in event_spans(text, event) if span["role"] == "place")
    assert text[place["start"] : place["end"]] == "Baku" and place["start"] > 30
    upper = text.replace("in Baku", "in town")
    (event,) = build_events("x", None, upper, specs)
    place = next(span for span in event_spans(upper, event) if span["role"] == "place")
    assert (place["start"], place["end"]) == (0, 4)  # falls back to any case


def test_serve_on_loopback_accepts_only_loopback_host_headers(served):
    result, calls = served()
    assert calls["hosts"] == {"127.0.0.1:8000": 200, "localhost": 200, "evil.example": 400}
    result, calls = served("--host", "0.0.0.0")
    assert calls["hosts"]["evil.example"] == 200  # told to serve other machines


def test_serve_runs_the_json_error_protocol_with_timeouts(served):
    from eventscope.api.server import JsonH11Protocol

    result, calls = served("--query-timeout", "2.5")
    assert result.exit_code == 0, result.output
    assert calls["kwargs"]["http"] is JsonH11Protocol
    assert calls["kwargs"]["timeout_keep_alive"] == 5
    assert JsonH11Protocol.header_timeout == 10.0
    assert calls["app"].state.eventscope.readers.time_limit == 2.5
