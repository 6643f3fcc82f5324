"""An attack by irregular armed men on people who do not fight (#15): the codebook's 180
("unconventional violence ... terrorist attacks, if not further specified"), not the bare 190,
which stays for a state's forces and rebels ("organized armed groups") and for killings ("when
the weapons used are not specified"). Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.build import on_civilians
from eventscope.models import Actor, ActorMention
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def codes(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2021, 3, 8))
    return {(e.target.code if e.target else "-", e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen attacked a camp for Sudanese refugees on Monday.", ("SDNREF", "180")),
        ("Gunmen attacked Nigerian villagers on Sunday.", ("NGACVL", "180")),
        ("Sudanese soldiers attacked civilians in Darfur.", ("SDNCVL", "190")),
        ("Rebels attacked a Malian army base.", ("MLIMIL", "190")),
        ("Gunmen killed three Nigerian civilians.", ("NGACVL", "190")),
    ],
)
def test_attacks_on_the_unarmed(pipeline, text, expected):
    found = codes(pipeline, text)
    assert expected in found, found


def _mention(sector: str, code: str | None = None) -> ActorMention:
    actor = Actor(
        text="x", start=0, end=1, country="KEN", sector=sector, code=code or "KEN" + sector
    )
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


@pytest.mark.parametrize(
    ("code", "pattern", "source", "target", "expected"),
    [
        ("190", "verb:attack", _mention("UAF"), _mention("CVL"), "180"),
        ("190", "noun:attack", _mention("CVL"), _mention("REF"), "180"),
        ("190", "verb:attack", _mention("IMG", "IMGMOSBKH"), _mention("CVL"), "180"),
        ("190", "verb:attack", _mention("MIL"), _mention("CVL"), "190"),
        ("190", "verb:attack", _mention("REB"), _mention("CVL"), "190"),
        ("190", "verb:attack", _mention("UAF"), _mention("MIL"), "190"),
        ("190", "verb:kill", _mention("UAF"), _mention("CVL"), "190"),
        ("195", "verb:attack", _mention("UAF"), _mention("CVL"), "195"),
    ],
)
def test_only_an_irregular_attack_on_the_unarmed_changes(code, pattern, source, target, expected):
    assert on_civilians(code, pattern, source, target) == expected
    assert on_civilians(code, pattern, None, target) == code
