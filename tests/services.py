"""Skip a test for a missing service, except in CI (``EVENTSCOPE_REQUIRE_SERVICES=1``),
where the service must be there and its absence fails the test instead of hiding it."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRE_ENV = "EVENTSCOPE_REQUIRE_SERVICES"


def required() -> bool:
    return os.environ.get(REQUIRE_ENV) == "1"


def unavailable(reason: str) -> NoReturn:
    """Skip with ``reason``; fail with it when ``EVENTSCOPE_REQUIRE_SERVICES=1``."""
    if required():
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1 requires it)")
    pytest.skip(reason)
