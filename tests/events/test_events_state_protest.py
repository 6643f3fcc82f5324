"""A state's "protest" is an official complaint (114); dissent stays 14x.

(``events/state_protest.py``; sentences we wrote.)
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Vietnam protested China's deployment of an oil rig.", "VNMGOV", "114"),
        ("Japan protested against the missile launch by North Korea.", "JPNGOV", "114"),
        ("The European Union protested the arrest of the opposition leader.", "IGOEUREEC", "114"),
        (
            "Opposition supporters protested outside the election commission in Harare.",
            "ZWEOPP",
            "140",
        ),
        ("Kenyan doctors protested over unpaid salaries.", "KENHLH", "140"),
    ],
)
def test_state_protest(pipeline: Pipeline, text: str, source: str, code: str):
    events = pipeline.code_text(text, published=date(2025, 6, 3))
    found = {(e.source.code, e.cameo) for e in events if e.source}
    assert (source, code) in found, found
    other = "14" if code == "114" else "114"  # the state's complaint is no dissent, and back
    assert not any(cameo.startswith(other) for _, cameo in found), found
