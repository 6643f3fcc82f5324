"""Pre-parse checks: empty, oversized, binary and non-English texts are refused by name."""

from __future__ import annotations

import pytest

from eventscope.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    NotEnglishError,
)
from eventscope.io.textcheck import check_text

ENGLISH = (
    "The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday and agreed to "
    "open a new border crossing, the two governments said in a statement."
)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Kenya protests.",  # too short to judge the language: accepted
        "Putin met Erdogan in Sochi.",
        # a wire item of names: the verbs of news are English words too
        "South Korean President Yoon Suk Yeol visited Tokyo. Yoon met Japanese Prime Minister "
        "Fumio Kishida.",
        "Chinese Premier Li Qiang visited Canberra Tuesday. Li met Australian Prime Minister "
        "Anthony Albanese.",
        "1,234 5678 -- 42",  # numbers only: accepted, simply yields no events
    ],
)
def test_codable_texts_pass(text: str) -> None:
    check_text("item", text, max_bytes=10_000)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", EmptyInputError),
        ("   \n\t ", EmptyInputError),
        ("a\x00b\x01c\x02d\x03e\x04f\x05", BinaryInputError),
        (
            "Die Außenminister Kenias und Äthiopiens trafen sich am Dienstag in Nairobi und "
            "vereinbarten die Öffnung eines neuen Grenzübergangs, teilten beide Regierungen mit.",
            NotEnglishError,
        ),
        (
            "Министры иностранных дел Кении и Эфиопии встретились во вторник в Найроби и "
            "договорились открыть новый пограничный переход, говорится в заявлении.",
            NotEnglishError,
        ),
    ],
)
def test_uncodable_texts_are_refused(text: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        check_text("story-7", text, max_bytes=10_000)
    assert "story-7" in str(info.value)


def test_size_limit_counts_utf8_bytes() -> None:
    with pytest.raises(InputTooLargeError, match="over the limit of 100"):
        check_text("big", "é" * 60, max_bytes=100)
