"""``eventscope brief``: turns, evidence, partners, Markdown and HTML (synthetic store), and the
bundled samples with the real pipeline."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from click.testing import CliRunner
from test_store_support import make_article, make_event

from eventscope.cli import main
from eventscope.errors import ConfigError
from eventscope.report import BriefOptions, build_brief, render_html, render_markdown
from eventscope.store import open_store

MEETING = "Azerbaijani and Chinese diplomats met in Baku on August 19, and China pledged aid."


@pytest.fixture()
def store(tmp_path):
    """AZE-CHN: aid in Feb (two articles), quiet spring, a meeting in Aug (one sentence, two
    events), criticism in Oct; ARM-AZE: a clash in July, the month before the meeting."""
    with open_store(str(tmp_path / "brief.duckdb")) as opened:
        opened.save(
            make_article("one", source="Wire"),
            [
                make_event("CHN", "AZE", root="07", day=dt.date(2020, 2, 10), sentence="Aid <b>1"),
                make_event("AZE", "CHN", day=dt.date(2020, 8, 19), index=1, sentence=MEETING),
                make_event("CHN", "AZE", root="07", day=dt.date(2020, 8, 19), index=1,
                           sentence=MEETING),
                make_event("ARM", "AZE", root="19", day=dt.date(2020, 7, 12), index=2,
                           sentence="Armenian forces shelled Tovuz.", place="Tovuz"),
            ],
        )  # fmt: skip
        opened.save(
            make_article("two", source="Daily"),
            [
                make_event("CHN", "AZE", root="07", day=dt.date(2020, 2, 11), sentence="Aid 2"),
                make_event("AZE", "CHN", root="11", day=dt.date(2020, 10, 2), index=1,
                           sentence="Baku criticised Beijing."),
            ],
        )  # fmt: skip
        yield opened


def test_turns_are_the_largest_shifts_with_their_evidence(store):
    brief = build_brief(store, "aze", "chn", options=BriefOptions(turns=2))
    # months Feb..Oct, empty ones at zero; the Feb aid is one event reported twice
    assert [row.period.month for row in brief.series] == list(range(2, 11))
    assert (brief.series[0].events, brief.series[0].mentions) == (1, 2)
    assert [turn.period for turn in brief.turns] == [dt.date(2020, 2, 1), dt.date(2020, 8, 1)]
    february, august = brief.turns
    assert february.evidence[0].event.num_articles == 2
    assert february.previous is None and february.shift == 7.0
    (meeting,) = august.evidence  # two events of one sentence, shown once
    assert meeting.event.sentence == MEETING and len(meeting.also) == 1
    assert august.previous == dt.date(2020, 7, 1) and august.shift == 8.0
    (armenia,) = august.partners  # the July clash falls in the window before the turn
    assert (armenia.country, armenia.partner, armenia.conflict) == ("AZE", "ARM", 1)
    assert armenia.top is not None and "Tovuz" in armenia.top.event.sentence
    assert armenia.top.url == "https://example.org/one"


def test_brief_options_and_an_unknown_pair(store):
    with pytest.raises(ConfigError, match="--by"):
        BriefOptions(by="fortnight")
    with pytest.raises(ConfigError, match=">= 1"):
        BriefOptions(turns=0)
    empty = build_brief(store, "AZE", "NZL")
    assert empty.turns == () and empty.events == 0
    assert "No stored events between AZE and NZL" in render_markdown(empty)
    assert "<svg" not in render_html(empty)
    late = build_brief(store, "AZE", "CHN", options=BriefOptions(since=dt.date(2020, 9, 1)))
    assert [turn.period.month for turn in late.turns] == [10]


def test_markdown_names_turns_evidence_and_articles(store):
    text = render_markdown(build_brief(store, "AZE", "CHN", options=BriefOptions(turns=3)))
    assert text.startswith("# Azerbaijan – China: how relations changed")
    assert "4 events (5 mentions) between Azerbaijan (AZE) and China (CHN)" in text
    assert "Provide aid (070); Consult (040, AZEGOV)" in text
    assert "### February 2020: warmer" in text and "### October 2020: cooler" in text
    assert f"> {MEETING}" in text
    assert "[Title one (article one, published 2020-08-20)](https://example.org/one)" in text
    assert "AZE → Armenia (ARM): 1 event, 0 cooperative, 1 conflictual" in text


def test_html_is_self_contained_with_a_chart_and_escaped_text(store):
    page = render_html(build_brief(store, "AZE", "CHN"))
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 1
    assert 'class="zero"' in page and 'class="turn"' in page
    assert "<script" not in page and not re.search(r'(src|href)="(?!https://example)', page)
    assert "Aid &lt;b&gt;1" in page and "Aid <b>1" not in page
    assert MEETING in page and 'href="https://example.org/one"' in page


def test_month_and_year_precision_dates_read_as_such_in_both_formats(tmp_path):
    """A date known to the month is stored as the 1st: the brief must not show that day."""
    with open_store(str(tmp_path / "precision.duckdb")) as opened:
        opened.save(
            make_article("p1"),
            [
                make_event("CHN", "AZE", root="07", day=dt.date(2020, 8, 1),
                           date_precision="month", sentence="China sent aid in August."),
                make_event("AZE", "CHN", root="11", day=dt.date(2019, 1, 1), index=1,
                           date_precision="year", sentence="Baku criticised Beijing in 2019."),
                make_event("AZE", "CHN", day=dt.date(2021, 3, 4), index=2,
                           sentence="The ministers met on 4 March."),
            ],
        )  # fmt: skip
        brief = build_brief(opened, "AZE", "CHN", options=BriefOptions(by="year", turns=3))
    for text in (render_markdown(brief), render_html(brief)):
        assert "August 2020 · China (GOV) → Azerbaijan (GOV)" in text
        assert "2019 · Azerbaijan (GOV) → China (GOV)" in text
        assert "2021-03-04 · Azerbaijan (GOV)" in text
        assert "2020-08-01" not in text and "2019-01-01" not in text


def test_brief_command_writes_both_formats(store, tmp_path):
    db = store.name
    store.close()
    runner = CliRunner()
    shown = runner.invoke(main, ["brief", "AZE", "CHN", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "## Where relations changed most" in shown.output
    page = tmp_path / "brief.html"
    written = runner.invoke(
        main, ["brief", "AZE", "CHN", "--db", db, "--format", "html", "--output", str(page)]
    )
    assert written.exit_code == 0 and "wrote the html brief" in written.output
    assert "<svg" in page.read_text(encoding="utf-8")
    bad = runner.invoke(main, ["brief", "AZE", "China", "--db", db])
    assert bad.exit_code == 1 and "alpha-3" in bad.output


@pytest.mark.slow
def test_bundled_samples_explain_azerbaijan_china(nlp, tmp_path):
    """Done-when of issue 18: the demo's samples, then ``brief AZE CHN`` in both formats."""
    from eventscope.demo import run_demo
    from eventscope.pipeline import Pipeline
    from eventscope.settings import load_settings

    pipeline = Pipeline(settings=load_settings(env={}, config_path=None), nlp=nlp)
    with open_store(str(tmp_path / "demo.duckdb")) as store:
        run_demo(pipeline, store)
        brief = build_brief(store, "AZE", "CHN")
        markdown, page = render_markdown(brief), render_html(brief)
    periods = [turn.period for turn in brief.turns]
    assert {dt.date(2020, 2, 1), dt.date(2020, 4, 1), dt.date(2020, 8, 1)} <= set(periods)
    for text in (markdown, page):
        assert "In February, Azerbaijan sent 300,000 face masks to China." in text
        assert "In April, China sent ventilators and test kits to Azerbaijan." in text
        assert "met Chinese Ambassador Zhou Ming in Baku on August 19" in text
        assert "shelled villages in the Tovuz district on July 12" in text
