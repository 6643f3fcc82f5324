"""normalise() never raises, whatever the expression, context and document date."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscope.dates import normalise

WORDS = st.sampled_from(
    [
        "last",
        "next",
        "this",
        "the",
        "of",
        "ago",
        "earlier",
        "later",
        "few",
        "two",
        "a",
        "day",
        "days",
        "week",
        "weekend",
        "month",
        "quarter",
        "years",
        "decade",
        "century",
        "May",
        "Sept.",
        "Monday",
        "yesterday",
        "tomorrow",
        "summer",
        "third",
        "Q4",
        "1990s",
        "'80s",
        "9999",
        "1000",
        "0",
        "31",
        "32",
        "99th",
        "1000th",
        "-",
        ",",
        "and",
        "between",
        "9999-12-31",
        "0001-01-01",
        "2019-02-30",
        "10:30",
        "p.m.",
        "night",
        "now",
        "recent",
    ]  # fmt: skip
)


# No deadline or speed check: the suite also runs on loaded 2-core machines.
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(WORDS, max_size=6),
    noise=st.text(max_size=20),
    dct=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
def test_normalise_never_raises(words, noise, dct):
    expression = " ".join(words)
    for text in (expression, noise, f"{expression} {noise}"):
        found = normalise(text, dct=dct, context=f"It will happen {text}, they said.")
        assert found.value is None or isinstance(found.value, str)
        assert found.date is None or found.end_date is None or found.end_date > found.date
