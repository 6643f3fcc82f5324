"""A missing service skips a test locally and fails it in CI (issue 14 item 13)."""

from __future__ import annotations

import pytest

from services import REQUIRE_ENV, unavailable


def test_a_missing_service_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is missing"):
        unavailable("chromium is missing")


def test_a_missing_service_fails_when_services_are_required(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=r"\.\./shared is absent .*requires it"):
        unavailable("../shared is absent")
