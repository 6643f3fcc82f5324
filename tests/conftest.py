"""Shared fixtures: the spaCy model loaded once per test session, and ../shared paths."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    """../shared (development data); tests using it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (development data); skipping")
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
