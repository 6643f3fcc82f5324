"""atheris harness: ``check_text`` + ``Pipeline.code_many`` on any text never crash the run.

Run (optional; atheris is not a dependency, CI uses tests/test_fuzz_pipeline.py instead):
    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_pipeline.py -runs=2000        # or -max_total_time=120

The input becomes a unicode text and a publication date (anywhere in 1..9999, or none).
Every item must yield exactly one result: ok with events whose codes are in the codebook,
whose evidence sentence is in the text and whose confidence is in [0, 1], or an error with
a code and the item's id. The pipeline (real spaCy model) is loaded once, before fuzzing.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

import atheris

with atheris.instrument_imports(include=["eventscope"]):
    from eventscope.errors import ArticleError
    from eventscope.models import Article, ArticleResult
    from eventscope.pipeline import Pipeline
    from eventscope.io.textcheck import check_text

FIRST_DAY = date(1, 1, 1)
DAYS = (date(9999, 12, 31) - FIRST_DAY).days


def check_result(pipeline: Pipeline, article: Article, result: ArticleResult) -> None:
    if result.article_id != article.id:
        raise RuntimeError(f"result for {result.article_id!r}, expected {article.id!r}")
    if not result.ok:
        if not (result.error_code or "").startswith("E1") or article.id not in (result.error or ""):
            raise RuntimeError(f"malformed error result: {result}")
        return
    for event in result.events:
        problems = [
            event.cameo not in pipeline.codebook and "code not in the codebook",
            event.sentence not in article.text and "sentence not in the text",
            not 0.0 <= event.confidence <= 1.0 and "confidence outside [0, 1]",
            event.trigger not in article.text and "trigger not in the text",
        ]
        if any(problems):
            raise RuntimeError(f"{[p for p in problems if p]}: {event}")


def make_one_input(pipeline: Pipeline):  # noqa: ANN201 - atheris callback
    def one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        day = provider.ConsumeIntInRange(-1, DAYS)
        published = None if day < 0 else FIRST_DAY + timedelta(days=day)
        text = provider.ConsumeUnicode(provider.remaining_bytes())
        article = Article(id="fuzz", text=text, published=published)
        try:
            check_text(article.id, text, max_bytes=pipeline.settings.max_article_bytes)
        except ArticleError as error:
            if not str(error).startswith(f"[{error.code}] fuzz"):
                raise RuntimeError(f"error message without code or item: {error}") from error
        results = list(pipeline.code_many([article]))
        if len(results) != 1:
            raise RuntimeError(f"{len(results)} results for one article")
        check_result(pipeline, article, results[0])

    return one_input


def main() -> None:
    pipeline = Pipeline()
    atheris.Setup(sys.argv, make_one_input(pipeline))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
