"""Fixtures shared by the event tests."""

from __future__ import annotations

import pytest

from eventscope.events import EventCoder, EventOptions
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="session")
def every_event(nlp) -> Pipeline:
    """The pipeline with embedded events kept (``EventOptions(embedded_events=True)``), for tests
    of how an event said inside another one is attached ("condemned an attack by X in Y")."""
    return Pipeline(nlp=nlp, events=EventCoder.load(options=EventOptions(embedded_events=True)))


@pytest.fixture(scope="session")
def pipeline(nlp) -> Pipeline:
    """The whole pipeline with default options (a module may define its own)."""
    return Pipeline(nlp=nlp)
