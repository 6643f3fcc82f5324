"""The NLP stage: one model per process, paragraphs always split sentences."""

from __future__ import annotations

import pytest

from eventscope.errors import ModelNotFoundError
from eventscope.nlp import PARAGRAPH_COMPONENT, load_nlp


def test_model_is_loaded_once(nlp) -> None:
    assert load_nlp() is nlp
    assert PARAGRAPH_COMPONENT in nlp.pipe_names


def test_byline_never_fuses_with_the_first_sentence(nlp) -> None:
    text = (
        "By Staff Reporter\n\nKenya is Ethiopia's largest trade partner in the region. "
        "Nairobi said so on Monday.\n\nThe talks ended."
    )
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == [
        "By Staff Reporter",
        "Kenya is Ethiopia's largest trade partner in the region.",
        "Nairobi said so on Monday.",
        "The talks ended.",
    ]


def test_unknown_model_says_how_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install"):
        load_nlp("no_such_model_xx")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "TBILISI, May 2 - Georgia and Armenia signed a transit deal.",
            ["TBILISI, May 2 -", "Georgia and Armenia signed a transit deal."],
        ),
        (
            "NEW YORK, March 3 (Reuters) — The UN said it would send aid.",
            ["NEW YORK, March 3 (Reuters) —", "The UN said it would send aid."],
        ),
        (
            "By Staff Reporter\n\nNAIROBI – Kenya closed the border.",
            ["By Staff Reporter", "NAIROBI –", "Kenya closed the border."],
        ),
        # A capitalised name with a date or an agency in brackets before the dash.
        (
            "Tbilisi, Sept 4 - Georgia recalled its ambassador.",
            ["Tbilisi, Sept 4 -", "Georgia recalled its ambassador."],
        ),
        (
            "Yerevan (AFP) - Armenia closed two border posts.",
            ["Yerevan (AFP) -", "Armenia closed two border posts."],
        ),
        # Not datelines: prose with a dash, and a hyphenated pair of countries.
        (
            "President Lula - a former union leader - met farmers.",
            ["President Lula - a former union leader - met farmers."],
        ),
        (
            "NATO said on Monday - in a statement - that it would meet.",
            ["NATO said on Monday - in a statement - that it would meet."],
        ),
        ("US-China talks ended on Friday.", ["US-China talks ended on Friday."]),
    ],
)
def test_a_wire_dateline_is_a_sentence_of_its_own(nlp, text: str, sentences: list[str]) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences
