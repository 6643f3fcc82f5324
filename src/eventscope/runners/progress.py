"""Progress for long runs: a live line on a terminal, plain log lines otherwise, a summary.

The reporter counts articles, events, skipped texts (tables, other languages) and
failures apart, and shows articles/s and, when the total is known, an ETA. On a terminal
it redraws one line (at most 5 times a second); in a pipe or log file it writes a plain
line every ``log_every`` seconds.

Example:
    >>> import io
    >>> clock = iter([0.0, 1.0, 2.0, 2.0]).__next__
    >>> progress = Progress(total=2, stream=io.StringIO(), clock=clock)
    >>> progress.update(events=3); progress.update(failed=True)
    >>> progress.summary()
    'articles: 2 (0 skipped, 1 failed), events: 3, 2.0 s, 1.0 articles/s'
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """Counts work and reports it; not thread-safe (one writer loop drives it)."""

    def __init__(
        self,
        *,
        total: int | None = None,
        stream: TextIO | None = None,
        log_every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        label: str = "coding",
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.log_every = log_every if not self.live else 0.2
        self.clock = clock
        self.label = label
        self.started = clock()
        self.last_shown = self.started
        self.articles = 0
        self.events = 0
        self.failures = 0
        self.skipped = 0
        self.already_stored = 0

    def update(
        self,
        *,
        events: int = 0,
        failed: bool = False,
        skipped: bool = False,
        already_stored: bool = False,
    ) -> None:
        """Count one article: coded, failed, skipped (not news text) or already stored."""
        self.articles += 1
        self.events += events
        self.failures += int(failed)
        self.skipped += int(skipped)
        self.already_stored += int(already_stored)
        now = self.clock()
        if now - self.last_shown >= self.log_every:
            self.last_shown = now
            self._show(now)

    def rate(self, now: float | None = None) -> float:
        elapsed = (now if now is not None else self.clock()) - self.started
        return self.articles / elapsed if elapsed > 0 else 0.0

    def line(self, now: float) -> str:
        rate = self.rate(now)
        done = f"{self.articles}" + (f"/{self.total}" if self.total else "")
        text = (
            f"{self.label}: {done} articles, {self.events} events, {self.skipped} skipped, "
            f"{self.failures} failed, {rate:.1f} articles/s"
        )
        if self.total and rate > 0:
            text += f", ETA {format_seconds((self.total - self.articles) / rate)}"
        return text

    def _show(self, now: float) -> None:
        if self.live:
            self.stream.write("\r\x1b[K" + self.line(now))
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()

    def summary(self) -> str:
        """One line for the end of the run."""
        now = self.clock()
        parts = [f"articles: {self.articles}"]
        details = []
        if self.failures or self.skipped:
            details += [f"{self.skipped} skipped", f"{self.failures} failed"]
        if self.already_stored:
            details.append(f"{self.already_stored} already stored")
        if details:
            parts[0] += f" ({', '.join(details)})"
        elapsed = now - self.started
        parts += [f"events: {self.events}", f"{elapsed:.1f} s", f"{self.rate(now):.1f} articles/s"]
        return ", ".join(parts)

    def finish(self) -> str:
        """Clear the live line and write the summary; returns it."""
        if self.live:
            self.stream.write("\r\x1b[K")
        text = self.summary()
        self.stream.write(text + "\n")
        self.stream.flush()
        return text


def format_seconds(seconds: float) -> str:
    """``3725`` → ``1:02:05``; ``65`` → ``1:05``."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
