"""A year compounded with the noun an act is for or about dates that noun, not the act.

"Fiji's prime minister apologised for the 1987 coups" was dated 1987-01-01: the year of
"the 1987 coups", the object of "for", was taken for the apology's. An apology, an inquiry or
a protest for or about a past event happens when it is reported (``dates/attach.py``
``_names_a_cause``). A year on a noun after "during" or "in", or on the act's object ("won the
2019 election"), can still date the act and is left as it was. Sentences written for these
tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2026, 3, 10)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji's prime minister apologised to the Indo-Fijian community for the 1987 coups.",
         "2026-03-10"),
        ("Germany apologised for the 1904 massacres in Namibia.", "2026-03-10"),
        ("India protested over the 2020 border clash with China.", "2026-03-10"),
        # the year of a setting still dates the act
        ("Protesters clashed with police during the 2019 protests.", "2019-01-01"),
    ],
)  # fmt: skip
def test_a_year_of_what_the_act_is_about_does_not_date_it(pipeline, text, expected):
    dates = {str(e.date) for e in pipeline.code_text(text, published=PUBLISHED)}
    assert dates == {expected}
