"""PETRARCH verb dictionaries as user event patterns (#15): a team moving from PETRARCH keeps
its verb codes. The dictionaries here are written for these tests."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from test_events_support import dyads, mentions_for

from eventscope.events import EventCoder, EventOptions
from eventscope.events.learned import ClassifierOptions
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
        ("--- RENEW [064] ---\n", [["renew", "064", "-", "-", "asis"]]),
        (
            "--- RENEW [064] ---\n- * TIES [064]\n",
            [["renew", "064", "-", "-", "asis"], ["renew", "064", "-", "ties|tie", "asis"]],
        ),
        ("--- SCOLD [---] ---\n- * WITH [045]\n", [["scold", "045", "with", "-", "asis"]]),
        (
            "--- SCOLD [---] ---\n- * AGAINST_+ RIVALS [111]\n",
            [["scold", "111", "against", "rivals|rival", "asis"]],
        ),
        ("--- PHONE [041:041] ---\n", [["phone", "041", "-", "-", "asis"]]),
        ("--- BACK [---] ---\n- * DOWN FROM [084]\n", [["back", "084", "down", "-", "asis"]]),
        (
            "--- PULL [---] ---\n- * TROOPS OUT OF [0874]\n",
            [["pull", "0874", "-", "troops|troop", "asis"]],
        ),
        ("--- BACK_DOWN [084] ---\n", [["back", "084", "down", "-", "asis"]]),
        ("--- RENEW [064] ---\n- NOT * TIES [112]\n", [["renew", "064", "-", "-", "asis"]]),
        ("--- RENEW [064] ---\n- * % TALKS [046]\n", [["renew", "064", "-", "-", "asis"]]),
        ("--- HECKLE [9X1] ---\n", []),
    ],
)
def test_verb_blocks_and_patterns_become_verb_rows(lines: str, rows: list[list[str]]) -> None:
    assert read_verb_dictionary(lines, source="t").rows == rows


def test_a_synset_object_stands_for_each_one_word_member() -> None:
    reading = read_verb_dictionary(OUR_DICTIONARY, source="ours")
    pact_rows = [row for row in reading.rows if row[1] == "057"]
    assert pact_rows == [["renew", "057", "-", "treaty|accord", "asis"]]  # not "free trade deal"


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
    extra.write_text("--- REKINDLE [064] ---\n- * TIES [999]\n", encoding="utf-8")
    coder = EventCoder.load(patterns=[extra])  # a TSV row with 999 is an error (tested apart)
    assert [rule.code for rule in coder.book.verbs["rekindle"]] == ["064"]


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


NEAR_WORDS = """\
&NEARBY_
+AT
+NEAR

&BLOCS
+CUSTOMS
+&UNIONS

&UNIONS
+LEAGUE
+FEDERATION
+POSTAL UNION
"""


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        # a code refined by a digit or letter is read as the codebook code it refines
        ("--- SHUN [1626] ---\n", [["shun", "162", "-", "-", "asis"]]),
        ("--- SHUN [---] ---\n- * ENVOYS [174Q]\n", [["shun", "174", "-", "envoys|envoy", "asis"]]),
        ("--- SHUN [025?] ---\n", []),  # marked uncertain: no code
        # the target slot names the preposition of the target, past skipped phrases
        (
            "--- FEAST [---] ---\n- * HARVEST AT ^ WITH + [043]\n",
            [["feast", "043", "with", "harvest", "asis"]],
        ),
        (
            "--- FEAST [---] ---\n- * HARVEST IN ^ + [044]\n",
            [["feast", "044", "-", "harvest", "asis"]],
        ),
        (
            "--- CAUTION [---] ---\n- * THEIR ^ ABOUT + [162]\n",
            [["caution", "162", "about", "-", "asis"]],
        ),
        ("--- CAUTION [---] ---\n- * THEIR ^ [162]\n", []),  # nothing left to match
        ("--- CAUTION [---] ---\n- * AT ^ + [162]\n", []),  # the target is no object of "at"
        # the target before the verb and the source after "from": the verb's inverse row
        (
            "--- RANSOM [---] ---\n- + * FROM $ [043]\n- + * PLEDGE FROM $ [044]\n",
            [
                ["ransom", "043", "from", "-", "asis,inverse"],
                ["ransom", "044", "from", "pledge", "asis,inverse"],
            ],
        ),
        ("--- RANSOM [---] ---\n- + * IN $ [043]\n- $ * + [044]\n", []),
        # a source slot after the verb has no row equivalent
        ("--- CAUTION [---] ---\n- * OF $ FROM + [012]\n", []),
    ],
)
def test_codes_slots_and_skips(lines: str, rows: list[list[str]]) -> None:
    three_digits = {"162", "174", "043", "044", "012", "025"}.__contains__
    assert read_verb_dictionary(lines, source="t", known=three_digits).rows == rows


def test_a_synset_of_prepositions_gives_a_row_for_each() -> None:
    text = NEAR_WORDS + "--- CAMP [---] ---\n- * &NEARBY BORDER [154]\n"
    assert read_verb_dictionary(text, source="t").rows == [
        ["camp", "154", "at", "border", "asis"],
        ["camp", "154", "near", "border", "asis"],
    ]


def test_nested_synsets_are_expanded_in_any_position() -> None:
    text = NEAR_WORDS + "--- QUIT [---] ---\n- * NEW_&BLOCS_TREATY [161]\n- * &BLOCS [162]\n"
    rows = read_verb_dictionary(text, source="t").rows
    assert rows[0] == ["quit", "161", "-", "treaty", "asis"]  # the synset is no object here
    assert rows[1][1] == "162"
    assert set(rows[1][3].split("|")) == {"customs", "custom", "league", "federation"}


RULES_ONLY = EventOptions(classifier=ClassifierOptions(enabled=False))
MEND = "--- MEND [064] ---\n- * TIES [064]\n"


def _rule_dyads(tmp_path: Path, nlp, dictionary: str, name: str, text: str) -> set:
    extra = tmp_path / name
    extra.write_text(dictionary, encoding="utf-8")
    coder = EventCoder.load(options=RULES_ONLY, patterns=[extra])
    doc = nlp(text)
    return dyads(coder.find(doc, mentions_for(doc)))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway is about to mend ties with Brazil.", "064"),
        ("Norway will mend ties with Brazil.", "064"),
        ("Norway mended ties with Brazil on Monday.", "064"),
        # an intent verb is a plan, not the act, whichever the dictionary
        ("Norway plans to mend ties with Brazil.", "031"),
    ],
)
def test_a_petrarch_verb_codes_the_act_as_said(tmp_path: Path, nlp, text: str, code: str) -> None:
    assert _rule_dyads(tmp_path, nlp, MEND, "ours.verbs", text) == {("NOR", "BRA", code)}


@pytest.mark.parametrize(
    "text", ["Norway is about to mend ties with Brazil.", "Norway will mend ties with Brazil."]
)
def test_the_same_row_without_asis_reads_intent(tmp_path: Path, nlp, text: str) -> None:
    row = "mend\t064\t-\tties|tie\t-\n"
    assert _rule_dyads(tmp_path, nlp, row, "ours.tsv", text) == {("NOR", "BRA", "031")}


def test_a_block_covers_its_synonym_verbs_and_a_synset_after_it_does_not() -> None:
    text = (
        "--- MEND [064] ---\nMEND\n+PATCH_UP {+PATCHED_UP +PATCHING_UP}\n+REPAIR [062]\n"
        "+FIX_THE_ROOF\n- * TIES [064]\n\n&ROOFS\n+SHINGLES\n+TILES\n"
    )
    rows = read_verb_dictionary(text, source="t").rows
    assert [row[:4] for row in rows] == [
        ["mend", "064", "-", "-"],
        ["patch", "064", "up", "-"],
        ["repair", "062", "-", "-"],
        ["mend", "064", "-", "ties|tie"],
        ["patch", "064", "up", "ties|tie"],
        ["repair", "064", "-", "ties|tie"],
    ]


def test_an_inverse_pattern_takes_its_source_from_the_from_phrase(tmp_path: Path, nlp) -> None:
    text = "Georgian hostages were ransomed from Turkey on Monday."
    found = _rule_dyads(
        tmp_path, nlp, "--- RANSOM [---] ---\n- + * FROM $ [075]\n", "r.verbs", text
    )
    assert found == {("TUR", "GEO", "075")}
