"""Hard negatives of the classifier's training (tools/train_classifier.py) and the noise
benchmark (benchmarks/noise.py): stories picked by topic, self-dyads, a clean skip."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from eventscope.events.classifier import EventClassifier
from eventscope.models import Actor, Event

ROOT = Path(__file__).resolve().parents[2]


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def trainer():
    return _module("train_classifier", ROOT / "tools/train_classifier.py")


@pytest.fixture(scope="module")
def noise():
    return _module("noise_benchmark", ROOT / "benchmarks/noise.py")


def _corpus(folder: Path, records: list[dict]) -> Path:
    (folder / "corpus").mkdir()
    with gzip.open(folder / "corpus/reuters21578.jsonl.gz", "wt", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record) + "\n")
    return folder


def test_hard_stories_are_economic_topics_after_the_benchmark_stories(trainer, tmp_path):
    first = trainer.HARD_FIRST
    records = [{"text": f"early {i}", "topics": ["earn"]} for i in range(first)]
    records += [
        {"text": "results", "topics": ["earn"]},
        {"text": "a takeover and a trade row", "topics": ["acq", "trade"]},  # one political
        {"text": "no topic", "topics": []},
        {"text": "prices and jobs", "topics": ["cpi", "jobs"]},
    ]
    assert trainer.hard_stories(_corpus(tmp_path, records)) == ["results", "prices and jobs"]


def test_the_cache_gives_as_many_hard_negatives_as_asked(trainer, tmp_path):
    rows = [
        trainer.Example("conflibert", ["bias", "a:GOV"], 1, 0, None, "cb-1"),
        trainer.Example("reuters_hard", ["bias", "w:profit"], 0),
        trainer.Example("reuters_hard", ["bias", "w:share"], 0),
    ]
    cache = tmp_path / "features.json"
    cache.write_text(json.dumps([r.__dict__ for r in rows]), encoding="utf-8")
    kept = trainer.load_examples(tmp_path, cache, hard=1)
    assert [(e.source, e.features) for e in kept] == [
        ("conflibert", ["bias", "a:GOV"]),
        ("reuters_hard", ["bias", "w:profit"]),
    ]


def test_company_news_naming_a_country_is_not_an_event(nlp):
    model = EventClassifier.load()
    results = model.predict(
        nlp("Canada's Northgate Mining said its first quarter profit rose 12 pct to 40 mln dlrs.")[
            :
        ]
    )
    clash = model.predict(
        nlp("Turkish troops shelled Kurdish rebel positions in northern Iraq.")[:]
    )
    assert results.event < 0.5 < clash.event


def _actor(country: str | None, sector: str | None, code: str) -> Actor:
    return Actor(text=code, start=0, end=1, country=country, sector=sector, code=code)


def _event(source: Actor | None, target: Actor | None) -> Event:
    return Event(
        article_id="a",
        date=None,
        date_precision=None,
        date_source="none",
        source=source,
        target=target,
        cameo="040",
        cameo_name="Consult",
        root="04",
        quad_class=1,
        goldstein=1.0,
        plover=None,
        location=None,
        sentence="s",
        sentence_index=0,
        confidence=0.45,
    )


def test_a_self_dyad_is_one_country_and_sector(noise):
    gov, opp = _actor("USA", "GOV", "USAGOV"), _actor("USA", "OPP", "USAOPP")
    assert noise.self_dyad(_event(gov, _actor("USA", "GOV", "USAGOV")))
    assert not noise.self_dyad(_event(gov, opp))
    assert not noise.self_dyad(_event(gov, None))
    assert noise.self_dyad(_event(_actor(None, "IGO", "IGOUNO"), _actor(None, "IGO", "IGOUNO")))
    assert not noise.self_dyad(_event(_actor(None, "IGO", "IGOUNO"), _actor(None, "IGO", "IGONAT")))


def test_the_benchmark_skips_without_the_corpus(noise, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(noise, "REUTERS", tmp_path / "absent.jsonl.gz")
    assert noise.main(["--stories", "3"]) == 0
    assert "skipped" in capsys.readouterr().out
