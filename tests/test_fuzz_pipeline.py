"""Hostile input to the pipeline entry: ``Pipeline.code_many`` never raises.

Every item yields exactly one :class:`ArticleResult`, in order: either ok with well-formed
events (codes in the codebook, offsets inside the text, dates that exist, confidence in
[0, 1], the evidence sentence a substring of the text) or an error with a code and the
item's id. The real model is used (the parse is the point); the pipeline is built once.
Also the regression tests for what fuzzing found in the pipeline (see fuzz/README.md): lone
surrogates in text and JSONL fields (the readers' own are in ``tests/io/test_fuzz_readers.py``).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventscope.errors import ArticleError, EncodingError, FileReadError
from eventscope.io.readers import read_paths
from eventscope.models import Article, ArticleResult, Event
from eventscope.pipeline import Pipeline
from eventscope.store import open_store
from eventscope.store.ingest import ingest

# A longer hunt: EVENTSCOPE_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz_pipeline.py
FUZZ = settings(
    max_examples=int(os.environ.get("EVENTSCOPE_FUZZ_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Words that make the actor and event coders fire, in any order, with dates good and bad.
POLITICAL_WORDS = (
    "Russia Georgia Azerbaijan China Armenia Ukraine Iran Israel Palestinians Hamas NATO "
    "United Nations the president minister police rebels troops government Baku Moscow "
    "Tbilisi attacked accused signed met visited condemned praised sanctioned threatened "
    "agreed to with on in the of sides border talks agreement aid protest ceasefire "
    "Monday Tuesday yesterday last week 2020-02-30 2019-13-01 31 February 1 April 2020 "
    "0000-00-00 9999-12-31 . , ; : ( ) - \" ' \n"
)
POLITICAL = tuple(POLITICAL_WORDS.split(" "))
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»“”‘’…—–·•"
SCRIPTS = (
    "Россия атаковала Грузию. ",
    "阿塞拜疆和中国签署了协议。",
    "الرئيس زار موسكو يوم الاثنين. ",
    "Azərbaycan və Çin saziş imzaladı. ",
    "ישראל תקפה את עזה. ",
    "🇷🇺 attacked 🇬🇪 🔥💥 ",
    "\u202eRussia attacked Georgia\u202c ",
    "Ru\u200bssia at\u200dtacked Geo\ufeffrgia ",
)
HTMLISH = (
    "<p>",
    "</p>",
    "<div class='x'>",
    "<script>alert(1)</script>",
    "&amp;",
    "&#0;",
    "<!--",
    "-->",
    "<![CDATA[",
    "<br/>",
)

# News as real feeds clip it (issue 14): whole sentences cut at any word, trailing
# attributions ("..., said police"), no final punctuation. Ending on a word that starts a
# longer dictionary phrase ("riot" of "riot police") crashed the actor stage.
SUBJECTS = (
    "Police",
    "Riot police",
    "Chinese officials",
    "The Indian minister",
    "Rebels",
    "Armenian troops",
    "The government",
    "Protesters",
    "NATO",
    "Turkish police",
)
VERBS = (
    "attacked",
    "met",
    "accused",
    "clashed with",
    "visited",
    "blocked",
    "condemned",
    "signed an agreement with",
    "exploded near",
    "marched on",
)
OBJECTS = (
    "the police",
    "French officials",
    "a cast iron plant",
    "the Russian embassy",
    "the ministry",
    "Iranian border guards",
    "the riot police",
    "the United Nations",
)
WHEN = ("", " on Thursday morning", " on August 19", " last week", " in 1987", " at 1100 EST")
ATTRIBUTIONS = (
    "",
    ", said police",
    ", said riot police",
    ", police said",
    ", said the Chinese",
    ", according to Indian officials",
    ", said officials",
    ", the ministry said",
)


@st.composite
def clipped_news(draw: st.DrawFn) -> str:
    """One to three news sentences; the last one cut at a word, with or without attribution."""
    sentences = [
        draw(st.sampled_from(SUBJECTS)) + " " + draw(st.sampled_from(VERBS)) + " "
        + draw(st.sampled_from(OBJECTS)) + draw(st.sampled_from(WHEN))
        + draw(st.sampled_from(ATTRIBUTIONS))
        for _ in range(draw(st.integers(1, 3)))
    ]  # fmt: skip
    words = sentences[-1].split(" ")
    last = " ".join(words[: draw(st.integers(1, len(words)))])
    end = draw(st.sampled_from(("", "", " ", ",", "\n")))
    return "".join(sentence + ". " for sentence in sentences[:-1]) + last + end


TEXTS = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=PUNCTUATION + " \n", max_size=400),
    st.text(alphabet="0123456789 .,-/:\n", max_size=400),
    st.lists(st.sampled_from(SCRIPTS), max_size=12).map("".join),
    st.lists(st.sampled_from(POLITICAL), min_size=1, max_size=80).map(" ".join),
    st.lists(st.sampled_from(POLITICAL + HTMLISH), max_size=60).map("".join),
    clipped_news(),
    st.integers(1, 3000).map(lambda n: "Russia attacked " + "x" * n + " Georgia."),
    st.integers(1, 500).map(lambda n: "Russia attacked Georgia." + "\n" * n + "China met Iran."),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=200),
    # Lone surrogates (JSON can escape them) mixed with political words: found by atheris.
    st.lists(
        st.sampled_from(POLITICAL) | st.characters(min_codepoint=0xD790, exclude_categories=[]),
        max_size=30,
    ).map(" ".join),
)
DATES = st.one_of(
    st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2020, 2, 29)])
)


@st.composite
def items(draw: st.DrawFn) -> list[Article | ArticleError]:
    """A stream of articles (unique ids), with reader error placeholders mixed in."""
    out: list[Article | ArticleError] = []
    for number in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 9)) == 0:
            out.append(FileReadError(f"bad-{number}", detail="unreadable"))
            continue
        text, published = draw(TEXTS), draw(DATES)
        out.append(Article(id=f"a-{number}", text=text, published=published))
    return out


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def check_offsets(event: Event, text: str) -> None:
    assert event.sentence, event
    assert event.sentence in text
    assert 0 <= event.sentence_start <= len(text)
    assert event.sentence in text[event.sentence_start :]
    assert event.sentence_index >= 0
    assert event.trigger in text
    for actor in (event.source, event.target):
        if actor is not None:
            assert 0 <= actor.start <= actor.end <= len(text), actor
            assert actor.code, actor


def check_dates(event: Event) -> None:
    assert event.date_source in {"text", "published", "none"}
    assert event.date is None or isinstance(event.date, date)
    assert (event.date is None) == (event.date_source == "none")
    if event.date is not None and event.end_date is not None:
        assert event.date <= event.end_date, event
    if event.date is not None:
        date.fromisoformat(event.date.isoformat())


def check_event(pipeline: Pipeline, event: Event, article: Article) -> None:
    assert event.article_id == article.id
    entry = pipeline.codebook.get(event.cameo)
    assert entry is not None, event.cameo
    assert (event.root, event.quad_class, event.goldstein) == (
        entry.code[:2],
        entry.quad_class,
        entry.goldstein,
    )
    assert 1 <= event.quad_class <= 4
    assert -10.0 <= event.goldstein <= 10.0
    assert 0.0 <= event.confidence <= 1.0
    check_offsets(event, article.text)
    check_dates(event)
    json.dumps(event.to_dict())


def check_results(
    pipeline: Pipeline, batch: list[Article | ArticleError], results: list[ArticleResult]
) -> None:
    assert len(results) == len(batch)
    for item, result in zip(batch, results, strict=True):
        if isinstance(item, ArticleError):
            assert (result.article_id, result.error_code) == (item.item, item.code)
            continue
        assert result.article_id == item.id
        if not result.ok:
            assert result.error_code and result.error_code.startswith("E1"), result
            # A rejected input names its problem; an internal error is a bug (issue 14).
            assert "internal error" not in (result.error or ""), result
            assert item.id in (result.error or ""), result
            continue
        for event in result.events:
            check_event(pipeline, event, item)


@FUZZ
@given(batch=items())
@example(batch=[Article(id="e", text="Russia attacked Georgia on 2020-02-30.")])
@example(batch=[Article(id="p", text="?!" * 300, published=date(1, 1, 1))])
@example(batch=[Article(id="n", text="1 2 3 " * 100, published=date(9999, 12, 31))])
def test_code_many_never_raises(pipeline: Pipeline, batch: list[Article | ArticleError]) -> None:
    results = list(pipeline.code_many(batch))
    check_results(pipeline, batch, results)


@FUZZ
@given(text=clipped_news(), published=DATES)
@example(text="A furnace at a mill exploded on Thursday morning, said riot police", published=None)
def test_clipped_news_is_coded_without_an_internal_error(
    pipeline: Pipeline, text: str, published: date | None
) -> None:
    """Texts ending mid-sentence code like any other: through both entry points, no error."""
    article = Article(id="clipped", text=text, published=published)
    [result] = list(pipeline.code_many([article]))
    check_results(pipeline, [article], [result])
    assert result.ok, result.error
    events = pipeline.code(article)
    assert [event.to_dict() for event in events] == [event.to_dict() for event in result.events]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Russia attacked Georgia on Monday.", date(1, 1, 1)),
        ("Russia attacked Georgia on Monday.", date(9999, 12, 31)),
        ("Russia attacked Georgia last week, on 31 February 2020.", date(2020, 3, 5)),
        ("Azerbaijan and China signed an agreement yesterday.", date(9999, 12, 31)),
        ("Azerbaijan and China signed an agreement in 2019.", date(1, 1, 1)),
        ("Iran condemned Israel on 1 January.", date(1, 1, 1)),
        ("Iran condemned Israel on 31 December.", date(9999, 12, 31)),
    ],
)
def test_far_away_publication_dates(pipeline: Pipeline, text: str, published: date) -> None:
    """Relative dates resolved against the ends of the calendar must not overflow."""
    article = Article(id="far", text=text, published=published)
    [result] = list(pipeline.code_many([article]))
    check_results(pipeline, [article], [result])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "E101"),
        ("   \n\t ", "E101"),
        ("\x00\x01\x02\x03\x04\x05 Russia attacked Georgia", "E102"),
        (
            "Россия атаковала Грузию в понедельник, заявили в министерстве обороны страны. " * 3,
            "E105",
        ),
    ],
)
def test_bad_items_are_reported_and_the_run_goes_on(
    pipeline: Pipeline, text: str, code: str
) -> None:
    batch: list[Article | ArticleError] = [
        Article(id="bad", text=text),
        Article(id="good", text="Azerbaijan and China signed an agreement on trade."),
    ]
    bad, good = list(pipeline.code_many(batch))
    assert (bad.article_id, bad.error_code) == ("bad", code)
    assert good.ok
    assert good.article_id == "good"


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked \ud800 Georgia on Monday.",
        "\udcff",
        "Azerbaijan and China signed an agreement.\udfff",
    ],
)
def test_lone_surrogates_are_an_encoding_error(pipeline: Pipeline, text: str) -> None:
    """Regression (atheris): a lone surrogate crashed spaCy's tokenizer and the whole batch."""
    batch: list[Article | ArticleError] = [
        Article(id="surrogate", text=text),
        Article(id="good", text="Azerbaijan and China signed an agreement on trade."),
    ]
    bad, good = list(pipeline.code_many(batch))
    assert (bad.article_id, bad.error_code) == ("surrogate", "E103")
    assert good.ok
    with pytest.raises(EncodingError):
        pipeline.code(Article(id="surrogate", text=text))


@pytest.mark.parametrize("field", ["id", "text", "html", "title", "url", "source", "published"])
def test_lone_surrogate_escaped_in_jsonl_is_a_per_line_error(
    pipeline: Pipeline, tmp_path: Path, field: str
) -> None:
    """Regression: JSON may escape a lone surrogate (``"\\ud800"``); in the id or title it
    made the store's save fail and stopped the whole ingest. Now the reader reports the line."""
    record = {"id": "s", "text": "Russia attacked Georgia.", field: "bad \ud800 value"}
    path = tmp_path / "in.jsonl"
    lines = [record, {"id": "ok", "text": "Azerbaijan and China signed an agreement."}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    bad, good = list(pipeline.code_many(read_paths([path])))
    assert (bad.article_id, bad.error_code) == (f"{path}:1", "E103")
    assert f'"{field}"' in (bad.error or "")
    assert (good.article_id, good.ok) == ("ok", True)


def test_lone_surrogate_in_a_title_does_not_stop_an_ingest(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "t", "title": "x \udc00", "text": "Iran and Iraq signed an agreement on oil."},
        {"id": "ok", "text": "Azerbaijan and China signed an agreement on trade."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    with open_store(":memory:") as store:
        report = ingest(pipeline, store, read_paths([path]))
        assert store.scalar("SELECT list(id) FROM articles") == ["ok"]
    assert [(item, code) for item, code, _ in report.failures] == [(f"{path}:1", "E103")]


@pytest.mark.parametrize(
    "text",
    [
        "?!... ;;; --- ((( ))) «» “” … — · •",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 2020-02-30 99,999.5",
        "🔥💥🇷🇺🇬🇪 🙂 🕊️",
        "\n\n\n.\n\n\n",
    ],
)
def test_texts_without_words_give_an_empty_result(pipeline: Pipeline, text: str) -> None:
    [result] = list(pipeline.code_many([Article(id="none", text=text)]))
    assert (result.article_id, result.ok, result.events) == ("none", True, ())
