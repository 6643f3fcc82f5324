"""The one-text API (``code_text`` / ``Pipeline.code``) fails only with ``ArticleError``.

Regressions of issue 14 items 1 and 2: texts that end without a full stop crashed the actor
stage with an ``IndexError``, and the one-text API let that raw exception out while
``code_many`` wrapped it. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

import eventscope
from eventscope import pipeline as pipeline_module
from eventscope.errors import ArticleError, BadDateError, DataFileError
from eventscope.models import Article
from eventscope.pipeline import Pipeline

CLIPPED = [
    "A boiler at a paper mill blew up early on Friday, said riot police",
    "Two buses collided outside the station on Sunday night, said police",
    "Farmers blocked the highway near the border on Tuesday, said Indian",
    "The minister met the Chinese",
    "Students marched on the parliament in the capital, police said",
    "Rebels attacked an army post in the north on",
]


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize("text", CLIPPED)
def test_texts_without_a_full_stop_are_coded(pipeline: Pipeline, text: str) -> None:
    """Regression: "..., said police" at the very end gave an actor hit past the last token."""
    events = pipeline.code_text(text, published=date(2021, 3, 5), article_id="clipped")
    assert all(event.article_id == "clipped" for event in events)
    [result] = list(pipeline.code_many([Article(id="clipped", text=text)]))
    assert result.ok, result.error


class _Broken:
    """A stage that fails the way an unexpected bug does."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def find(self, *args: object, **kwargs: object) -> list[object]:
        raise self.error


@pytest.mark.parametrize(
    "error",
    [IndexError("[E040] Attempt to access token at 64, max length 62."),
     DataFileError(detail="a dictionary went missing"), ZeroDivisionError()],
)  # fmt: skip
def test_code_text_raises_only_an_article_error_naming_the_article(
    nlp, events, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    broken = Pipeline(nlp=nlp, actors=_Broken(error), events=events)  # type: ignore[arg-type]
    text = "Azerbaijan and China signed a trade agreement on Monday."
    with pytest.raises(ArticleError, match=r"^\[E100\] story-7: ") as caught:
        broken.code_text(text, article_id="story-7")
    assert caught.value.item == "story-7"
    assert caught.value.__cause__ is error
    # The package-level function uses the default pipeline: same contract.
    monkeypatch.setattr(pipeline_module, "default_pipeline", lambda: broken)
    with pytest.raises(ArticleError, match=r"^\[E100\] text: "):
        eventscope.code_text(text, published=date(2021, 3, 5))
    # code_many reports the same error as a result and goes on.
    [result] = list(broken.code_many([Article(id="story-7", text=text)]))
    assert (result.ok, result.error_code) == (False, "E100")
    assert "story-7" in (result.error or "")


def test_article_errors_from_a_stage_pass_through_unchanged(nlp, events) -> None:
    raised = ArticleError("inner", detail="the stage named its own item")
    broken = Pipeline(nlp=nlp, actors=_Broken(raised), events=events)  # type: ignore[arg-type]
    with pytest.raises(ArticleError) as caught:
        broken.code_text("Iran met Iraq on Monday.", article_id="outer")
    assert caught.value is raised


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2020-08-20", date(2020, 8, 20)), ("2020-08-20T09:30:00", date(2020, 8, 20)), (None, None)],
)
def test_code_text_takes_an_iso_string_as_the_publication_date(
    pipeline: Pipeline, published: str | None, expected: date | None
) -> None:
    """Regression: a string date reached the date stage and failed there with E100
    ("'str' object has no attribute 'weekday'") on any text with a weekday in it."""
    events = pipeline.code_text(
        "Kenya and Uganda signed a trade agreement in Nairobi on Friday.", published=published
    )
    assert events and all(event.article_id == "text" for event in events)
    if expected is not None:
        assert all(event.date is not None and event.date <= expected for event in events)


@pytest.mark.parametrize("published", ["20 August", "2020-13-40", 20200820])
def test_code_text_refuses_a_date_it_cannot_read_with_e108(pipeline: Pipeline, published) -> None:
    with pytest.raises(BadDateError, match=r"\[E108\] dated: bad date"):
        pipeline.code_text("Kenya met Uganda.", published=published, article_id="dated")
