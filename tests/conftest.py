"""Shared fixtures: the spaCy model loaded once per test session, ../shared paths, and a
check on every ``CliRunner`` run that a command ended by exiting, not by crashing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from services import unavailable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline, loaded once for the whole session."""
    from eventscope.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def vocab():
    """A blank English vocab, for hand-built ``Doc`` objects that need no model."""
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (development data); tests using it skip cleanly when it is absent (they fail
    under ``EVENTSCOPE_REQUIRE_SERVICES=1``, as in CI)."""
    if not SHARED.is_dir():
        unavailable("../shared is absent (development data); skipping")
    return SHARED


@pytest.fixture(scope="session")
def actors():
    """The packaged actor coder, loaded once per session."""
    from eventscope.actors import ActorCoder

    return ActorCoder.load()


@pytest.fixture(scope="session")
def events():
    """The packaged event coder, loaded once per session."""
    from eventscope.events import EventCoder

    return EventCoder.load()


def assert_no_crash(result: Result) -> None:
    """A command may fail (exit 1 or 2), but through SystemExit/ClickException, never with an
    uncaught exception: in ``CliRunner`` both give a non-zero exit code, so check which."""
    error = result.exception
    assert error is None or isinstance(error, SystemExit), (
        f"the command crashed with {error!r}; output:\n{result.output}"
    )


@pytest.fixture(autouse=True)
def _cli_runs_never_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``CliRunner().invoke`` in the suite goes through :func:`assert_no_crash`."""
    invoke = CliRunner.invoke

    def checked(self: CliRunner, *args: object, **kwargs: object) -> Result:
        result = invoke(self, *args, **kwargs)  # type: ignore[arg-type]
        assert_no_crash(result)
        return result

    monkeypatch.setattr(CliRunner, "invoke", checked)
