"""End to end with the real pipeline: the Azerbaijan-China sample into a store, then analytics."""

from __future__ import annotations

import pytest

from eventscope.analytics import dyad_summary, partners
from eventscope.demo import load_samples, run_demo
from eventscope.settings import load_settings
from eventscope.store import open_store


@pytest.fixture(scope="module")
def pipeline(nlp):
    from eventscope.pipeline import Pipeline

    return Pipeline(settings=load_settings(env={}, config_path=None), nlp=nlp)


@pytest.mark.slow
def test_real_demo_codes_the_azerbaijan_china_story(pipeline):
    (story,) = [a for a in load_samples() if a.id == "aze-chn-consultations"]
    with open_store(":memory:") as store:
        report = run_demo(pipeline, store, articles=[story])
        assert report.ingest.inserted == 1 and report.ingest.failed == 0
        assert report.events and all(e.article_id == story.id for e in report.events)
        pairs = {(row.a, row.b) for row in dyad_summary(store)}
        assert {("AZE", "CHN"), ("ARM", "AZE")} <= pairs
        assert "CHN" in {row.partner for row in partners(store, "AZE")}
        again = run_demo(pipeline, store, articles=[story])
        assert again.ingest.replaced == 1
        assert store.scalar("SELECT count(*) FROM events") == len(report.events)
