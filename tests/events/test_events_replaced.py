"""The classifier's outvoting event replaces the rules' event of its pair only when that event
has a root's unspecified code and the model is sure of its PentaClass
(``ClassifierOptions.replace_rules``, events/replaced.py, issue 15).

A stand-in model sure of PentaClass 1 (consult, root 04) at a chosen probability fixes the
reading, so the mechanism tests do not depend on the shipped weights; the pipeline tests keep
verb rows the shipped model misreads at a lower certainty. Sentences written for these tests.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from test_events_support import mentions_for

from eventscope.events import EventCoder, EventOptions
from eventscope.events.classifier import EventClassifier
from eventscope.events.learned import ClassifierOptions
from eventscope.events.replaced import replaced
from eventscope.models import Actor, ActorMention, EventMention

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
PUBLISHED = date(2024, 3, 14)


def sure_of_consult(penta_prob: float) -> EventClassifier:
    """A model that reads every sentence as an event (P 0.95) of PentaClass 1 at
    ``penta_prob``, root 04 (consult)."""
    width = 1 + 5 + len(ROOTS)
    bias = np.zeros(width, dtype=np.float32)
    bias[0] = 3.0
    # softmax over five classes with one at b and four at 0: P = e^b / (e^b + 4)
    bias[1 + 1] = math.log(4 * penta_prob / (1 - penta_prob))
    bias[1 + 5 + ROOTS.index("04")] = 5.0
    return EventClassifier(
        vocabulary=["bias"],
        weights=np.zeros((1, width), dtype=np.float32),
        bias=bias,
        pentas=range(5),
        roots=ROOTS,
    )


def codes(nlp, penta_prob: float, text: str, **options: float) -> dict[str, float]:
    rules = EventCoder.load()
    settings = EventOptions(classifier=ClassifierOptions(dispute_fill=0.6, **options))
    coder = EventCoder(rules.book, settings, classifier=sure_of_consult(penta_prob))
    doc = nlp(text)
    return {e.cameo: round(e.confidence, 2) for e in coder.find(doc, mentions_for(doc))}


@pytest.mark.parametrize(
    ("penta_prob", "expected"),
    [
        # unsure: the model's event leads and the rules' threat stands just below it
        (0.65, {"040": 0.45, "130": 0.44}),
        # sure, over a row that names only the root (130): one act, one code, the model's
        (0.9, {"040": 0.45}),
    ],
)
def test_a_sure_outvote_replaces_an_unspecified_rule_code_of_its_pair(nlp, penta_prob, expected):
    assert codes(nlp, penta_prob, "Kenya threatened Egypt on Monday.") == expected


def test_a_specific_rule_code_stands_beside_a_sure_outvote(nlp):
    # 111 (criticise or denounce) read the verb's own sense: the model's 040 does not replace it
    found = codes(nlp, 0.9, "Kenya condemned Egypt on Monday.")
    assert found == {"040": 0.45, "111": 0.44}


def test_replacing_can_be_turned_off(nlp):
    found = codes(nlp, 0.9, "Kenya threatened Egypt on Monday.", replace_rules=1.01)
    assert found == {"040": 0.45, "130": 0.44}


def _event(source: str, target: str, cameo: str, trigger: int = 1) -> EventMention:
    def mention(code: str) -> ActorMention:
        actor = Actor(text=code, start=0, end=1, country=code[:3], sector=code[3:], code=code)
        return ActorMention(actor=actor, start=0, end=1, sent_index=0)

    pattern = f"classifier:{cameo[:2]}" if trigger == 0 else "verb:x"
    return EventMention(
        mention(source), mention(target), cameo, trigger, trigger + 1, 0, 0.9, pattern
    )


def test_only_unspecified_rule_codes_of_the_models_pairs_take_its_code():
    kept = [
        _event("KENGOV", "EGYGOV", "100", trigger=3),
        _event("KENGOV", "EGYGOV", "111"),
        _event("JPNGOV", "EGYGOV", "100"),
    ]
    filled = [replace(_event("KENGOV", "EGYGOV", "040", trigger=0), confidence=0.45)]
    # the rule's event (its actors and trigger) with the model's code; the model's event goes
    recoded = replace(kept[0], cameo="040", pattern="classifier:04", confidence=0.45)
    assert replaced(kept, filled, 0.9, 0.7) == [kept[1], kept[2], recoded]
    assert replaced(kept, filled, 0.65, 0.7) == [*kept, *filled]
    assert replaced(kept, [], 0.9, 0.7) == kept


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the shipped model reads the arrest as a rejection (12) at P(class) below 0.7
        ("Iran arrested a French tourist for spying on Wednesday.", "173"),
        ("A Chilean court sentenced two Peruvian journalists to prison.", "173"),
        ("Germany criticised the arrest of the opposition leader by the Tanzanian police.", "111"),
    ],
)
def test_the_rules_code_stays_where_the_model_is_unsure(pipeline, text, code):
    events = pipeline.code_text(text, published=PUBLISHED)
    assert code in {e.cameo for e in events}, [(e.cameo, e.source, e.target) for e in events]
