"""Letting aid in is CAMEO 0863 ("allow delivery of humanitarian aid"), convoys 086, with what
is let in as the object even where the parser makes it the subject of the let act ("allowed aid
convoys to enter": ``events/letting.py``); and the classifier fills no event it cannot place in
a PentaClass when asked to (``ClassifierOptions.fill_penta``, off by default; issue 15).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.learned import ClassifierOptions

PUBLISHED = date(2024, 3, 14)


def _coded(pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code, e.target.code if e.target else "-", e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia allowed United Nations aid convoys to enter the Tigray region.",
         ("ETHGOV", "IGOUNO", "086")),
        ("Myanmar's junta allowed UN aid workers into Rakhine state.",
         ("MMRGOV", "IGOUNO", "0863")),
        ("The Taliban allowed aid agencies to resume work in Afghanistan.",
         ("AFGGOVTAL", "AFGNGO", "0863")),
        ("Israel allowed 100 aid trucks into Gaza on Sunday.", ("ISRGOV", "PSEGOV", "086")),
        ("Sudan's army permitted aid deliveries through the crossing.", ("SDNMIL", "SDN", "0863")),
    ],
)  # fmt: skip
def test_letting_aid_in(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.fixture(scope="module")
def strict(nlp):
    """The pipeline with ``fill_penta`` 0.45 (off by default: it cost PETRARCH and roles)."""
    from eventscope.events import EventCoder, EventOptions
    from eventscope.pipeline import Pipeline

    options = EventOptions(classifier=ClassifierOptions(fill_penta=0.45))
    return Pipeline(nlp=nlp, events=EventCoder.load(options=options))


@pytest.mark.parametrize(
    "text",
    [
        # the model reads these as material cooperation (08) without knowing which class
        "Ankara hit back at Stockholm over the Koran burning.",
        "Pyongyang test-fired two short-range ballistic missiles into the sea.",
        "Chinese hackers breached the email accounts of US officials, Microsoft said.",
    ],
)
def test_no_guess_without_a_class(strict, text):
    assert not any(
        code.startswith("08") or code.startswith("07") for *_, code in _coded(strict, text)
    )


def test_the_class_threshold_is_off_by_default():
    assert ClassifierOptions().fill_penta == 0.0
