"""Progress reporting: plain lines in logs, live line on terminals, a summary."""

from __future__ import annotations

import io

import pytest

from eventscope.runners.progress import Progress, format_seconds


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def ticking(*times: float):
    return iter(times).__next__


def test_log_lines_every_interval_with_eta() -> None:
    stream = io.StringIO()
    progress = Progress(total=4, stream=stream, log_every=10, clock=ticking(0, 5, 10, 15, 20, 20))
    for events in (1, 2, 0, 3):
        progress.update(events=events)
    lines = stream.getvalue().splitlines()
    assert lines == [
        "coding: 2/4 articles, 3 events, 0 skipped, 0 failed, 0.2 articles/s, ETA 0:10",
        "coding: 4/4 articles, 6 events, 0 skipped, 0 failed, 0.2 articles/s, ETA 0:00",
    ]
    assert progress.summary() == "articles: 4, events: 6, 20.0 s, 0.2 articles/s"


def test_terminal_redraws_one_line() -> None:
    stream = FakeTerminal()
    progress = Progress(stream=stream, clock=ticking(0, 1, 2, 3))
    progress.update(events=1)
    progress.update(failed=True)
    assert stream.getvalue().count("\r\x1b[K") == 2
    assert "\n" not in stream.getvalue()
    assert progress.finish().startswith("articles: 2 (0 skipped, 1 failed)")


@pytest.mark.parametrize(
    ("updates", "summary"),
    [
        ([{"already_stored": True}, {"events": 2}], "articles: 2 (1 already stored), events: 2"),
        ([{"skipped": True}, {"events": 2}], "articles: 2 (1 skipped, 0 failed), events: 2"),
        (
            [{"skipped": True}, {"failed": True}, {"skipped": True}],
            "articles: 3 (2 skipped, 1 failed), events: 0",
        ),
    ],
)
def test_summary_counts_skipped_failed_and_stored_apart(updates, summary) -> None:
    progress = Progress(stream=io.StringIO(), clock=ticking(0, 1, 2, 3, 4))
    for update in updates:
        progress.update(**update)
    assert progress.summary().startswith(summary + ", ")


def test_live_line_shows_skipped_and_failed() -> None:
    stream = io.StringIO()
    progress = Progress(stream=stream, log_every=1, clock=ticking(0, 1, 2))
    progress.update(skipped=True)
    progress.update(failed=True)
    assert (
        stream.getvalue()
        .splitlines()[-1]
        .startswith("coding: 2 articles, 0 events, 1 skipped, 1 failed")
    )


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (65, "1:05"), (3725, "1:02:05")])
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text
