"""'wage war on X' is conventional military force (190); vowed or threatened, it is the codebook's
138 ("threaten with military force, including ... war"), never intent to cooperate (#15).
en_core_web_sm lemmatises "waged" as "wag": both lemmas are rows. Sentences we wrote."""

from __future__ import annotations

import pytest
from test_events_support import found_codes

coded = found_codes


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Russia waged war on Ukraine.", "RUS", "UKR", "19"),
        ("The Chadian army wages war against Libyan troops.", "TCD", "LBY", "19"),
        ("Somali militants are waging a jihad against Kenyan forces.", "SOM", "KEN", "19"),
        ("Iraqi militia vowed on Friday to wage war on Kurdish forces.", "IRQ", "IRQ", "13"),
        ("The rebels pledged to wage an offensive against Malian troops.", None, "MLI", "13"),
    ],
)
def test_waging_war(nlp, actors, events, text, source, target, root):
    found = coded(nlp, actors, events, text)
    assert any(
        (source is None or (s or "").startswith(source))
        and (t or "").startswith(target)
        and code[:2] == root
        for s, t, code in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Activists waged a campaign against the Ugandan government.",  # a campaign is no war
        "Russia will not wage war on Ukraine.",  # negated
    ],
)
def test_no_war_without_war(nlp, actors, events, text):
    found = coded(nlp, actors, events, text)
    assert not any(code[:2] in ("19", "03") for _, _, code in found), found
