"""A question asked is no appeal (events/questions.py, issue 15): "Asked whether ..., X
said", "asked about", a quoted question. Requests stay 02. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventscope.events.questions import asked_question


def _ask(doc):
    return next(t for t in doc if t.lemma_.lower() == "ask")


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the talks with Egypt had failed, Ethiopia's prime minister said no.",
        "When asked if Britain had resisted the plan, the French minister said it had not.",
        "Asked whom he meant, the Kenyan spokesman named two opposition leaders.",
        "When a reporter asked about the deal with Iran, the Iraqi prime minister smiled.",
        "Ghana's president asked Nigeria's leader many questions about the oil deal.",
        '"Is Africa really riskier than any other region?" Kenyan President William Ruto asked.',
    ],
)
def test_a_question_is_asked(nlp, text):
    assert asked_question(_ask(nlp(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya asked the United Nations to send more peacekeepers to Somalia.",
        "Ukraine asked Germany for more air defence systems.",
        "Poland asked whether Germany could send Patriot batteries to its border.",
        "Mali asked France to withdraw its troops.",
    ],
)
def test_a_request_is_no_question(nlp, text):
    assert not asked_question(_ask(nlp(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the talks with Egypt had failed, Ethiopia's prime minister said no.",
        "When asked if Britain had resisted the plan, the French minister said it had not.",
        '"Is Africa really riskier than any other region?" Kenyan President William Ruto asked.',
        "Ghana's president asked Nigeria's leader many questions about the oil deal.",
    ],
)
def test_no_appeal_from_a_question(pipeline, text):
    assert not [e for e in pipeline.code_text(text) if e.cameo.startswith("02")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya asked the United Nations to send more peacekeepers to Somalia.", "02"),
        ("Ukraine asked Germany for more air defence systems.", "02"),
        ("Poland asked whether Germany could send Patriot batteries to its border.", "02"),
    ],
)
def test_requests_stay_appeals(pipeline, text, code):
    assert any(e.cameo.startswith(code) for e in pipeline.code_text(text))
