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
