"""Supporters of those in power are civilians, not the opposition (issue 15;
``actors/loyalists.py``). Sentences are our own; the actor stage alone."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.drafts import Draft
from eventscope.actors.loyalists import with_loyal_supporters

ON = date(2024, 5, 9)


def sectors(actors, nlp, text: str) -> dict[str, str | None]:
    return {m.actor.text: m.actor.sector for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        # backing the government, its president or the ruling party: civilians
        ("Supporters of the president attacked opposition protesters.", "Supporters", "CVL"),
        ("Government supporters attacked opposition members in Lusaka.",
         "Government supporters", "CVL"),
        ("Pro-government supporters clashed with activists in Caracas.",
         "Pro-government supporters", "CVL"),
        ("Supporters of the ruling party beat up journalists.", "Supporters", "CVL"),
        ("Ruling party supporters attacked journalists in Dhaka.", "party supporters", "CVL"),
        # against power or out of it: the opposition
        ("Opposition supporters protested in Lome.", "Opposition supporters", "OPP"),
        ("Anti-government supporters marched in Bamako.", "Anti-government supporters", "OPP"),
        ("Supporters of the former president clashed with police.", "Supporters", "OPP"),
        ("Supporters of the opposition leader protested in Nairobi.", "Supporters", "OPP"),
        ("Supporters marched through the capital.", "Supporters", "OPP"),
    ],
)  # fmt: skip
def test_supporters_of_power_are_civilians(actors, nlp, text, actor, sector):
    found = sectors(actors, nlp, text)
    assert found.get(actor) == sector, found


def test_supporters_of_a_sitting_head_of_state(actors, nlp):
    """A named person coded GOV on the article's date is in power."""
    doc = nlp("Supporters of President Museveni clashed with supporters of Bobi Wine.")
    found = {m.actor.text: m.actor.sector for m in actors.find(doc, on=ON)}
    assert found["President Museveni"] == "GOV", found
    assert found["Supporters"] == "CVL", found


def test_other_drafts_are_untouched(nlp):
    doc = nlp("Government supporters and protesters met.")
    drafts = [Draft(0, 2, sector="OPP"), Draft(3, 4, sector="OPP"), Draft(0, 2, code="X")]
    out = with_loyal_supporters(doc, drafts)
    assert [d.sector for d in out] == ["CVL", "OPP", None]
