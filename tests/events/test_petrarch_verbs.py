"""PETRARCH verb dictionaries as user event patterns (#15): a team moving from PETRARCH keeps
its verb codes. The dictionaries here are written for these tests."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from eventscope.events import EventCoder
from eventscope.events.patterns import PatternBook
from eventscope.events.petrarch_verbs import is_verb_dictionary, read_verb_dictionary
from eventscope.pipeline import Pipeline
from eventscope.settings import load_settings

OUR_DICTIONARY = """\
<!-- a verb dictionary of our own -->
&PACTS
+TREATY
+ACCORD
+FREE_TRADE_DEAL

--- RENEW  [064]  ---
RENEW    # our note
- * TIES  [064]
- * &PACTS  [057]
- NOT * TIES  [112]
- * % TALKS  [046]

--- SCOLD  [---]  ---
SCOLD
- * + PUBLICLY  [111]
- * WITH  [045]

--- HECKLE  [9X1]  ---

--- PHONE  [041:041]  ---

--- BACK_DOWN  [084]  ---
"""


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        ("--- RENEW [064] ---\n", [["renew", "064", "-", "-", "-"]]),
        (
            "--- RENEW [064] ---\n- * TIES [064]\n",
            [["renew", "064", "-", "-", "-"], ["renew", "064", "-", "ties|tie", "-"]],
        ),
        ("--- SCOLD [---] ---\n- * WITH [045]\n", [["scold", "045", "with", "-", "-"]]),
        (
            "--- SCOLD [---] ---\n- * AGAINST_+ RIVALS [111]\n",
            [["scold", "111", "against", "rivals|rival", "-"]],
        ),
        ("--- PHONE [041:041] ---\n", [["phone", "041", "-", "-", "-"]]),
        ("--- BACK [---] ---\n- * DOWN FROM [084]\n", [["back", "084", "down", "-", "-"]]),
        (
            "--- PULL [---] ---\n- * TROOPS OUT OF [0874]\n",
            [["pull", "0874", "-", "troops|troop", "-"]],
        ),
        ("--- BACK_DOWN [084] ---\n", [["back", "084", "down", "-", "-"]]),
        ("--- RENEW [064] ---\n- NOT * TIES [112]\n", [["renew", "064", "-", "-", "-"]]),
        ("--- RENEW [064] ---\n- * % TALKS [046]\n", [["renew", "064", "-", "-", "-"]]),
        ("--- HECKLE [9X1] ---\n", []),
    ],
)
def test_verb_blocks_and_patterns_become_verb_rows(lines: str, rows: list[list[str]]) -> None:
    assert read_verb_dictionary(lines, source="t").rows == rows


def test_a_synset_object_stands_for_each_one_word_member() -> None:
    reading = read_verb_dictionary(OUR_DICTIONARY, source="ours")
    pact_rows = [row for row in reading.rows if row[1] == "057"]
    assert pact_rows == [["renew", "057", "-", "treaty|accord", "-"]]  # not "free trade deal"


def test_unusable_lines_are_counted_and_codes_filtered() -> None:
    reading = read_verb_dictionary(OUR_DICTIONARY, source="ours", known=lambda c: c != "045")
    codes = [row[1] for row in reading.rows]
    assert "045" not in codes and "112" not in codes and "046" not in codes
    # [---], "NOT *", "%", 9X1 and the filtered 045; "+ PUBLICLY" has an object word kept.
    assert reading.skipped == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [(OUR_DICTIONARY, True), ("renew\t064\t-\t-\t-\n", False), ("# --- not a block\n", False)],
)
def test_the_format_is_told_by_its_block_headers(text: str, expected: bool) -> None:
    assert is_verb_dictionary(text) is expected


def test_pattern_book_reads_a_petrarch_file_and_logs_what_it_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    extra = tmp_path / "ours.verbs"
    extra.write_text(OUR_DICTIONARY, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="eventscope.events.patterns"):
        book = PatternBook.load(extra=[extra])
    assert [rule.code for rule in book.verbs["renew"]][:2] == ["064", "057"]
    assert "renew" in book.trigger_verbs
    assert "ours.verbs: 4 PETRARCH verb patterns not used" in caplog.text


def test_codes_outside_the_codebook_are_skipped_not_fatal(tmp_path: Path) -> None:
    extra = tmp_path / "ours.verbs"
    extra.write_text("--- RENEW [064] ---\n- * TIES [999]\n", encoding="utf-8")
    coder = EventCoder.load(patterns=[extra])  # a TSV row with 999 is an error (tested apart)
    assert [rule.code for rule in coder.book.verbs["renew"]] == ["064"]


def test_a_dictionary_code_reaches_the_events(tmp_path: Path, nlp) -> None:
    extra = tmp_path / "ours.verbs"
    extra.write_text("--- SNUB [---] ---\n- * + [111]\n--- SNUB [111] ---\n", encoding="utf-8")
    settings = load_settings(env={"EVENTSCOPE_PATTERNS": str(extra)}, config_path=None)
    events = Pipeline(nlp=nlp, settings=settings).code_text(
        "Iran snubbed Iraq on Tuesday.", published=date(2021, 5, 6)
    )
    assert [(e.source.country, e.cameo, e.target.country) for e in events] == [
        ("IRN", "111", "IRQ")
    ]
