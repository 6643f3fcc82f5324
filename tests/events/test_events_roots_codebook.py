"""The root of a found event follows the CAMEO codebook's definitions where a verb's root
depends on its object or its words (issue 15). Sentences we wrote; the top event of each is
what a reader (and the class-only scorers) take as what happened.

* "deny": 016 "deny responsibility" is to "discard or deny accusations or charges"; denying
  what is asked or granted (entry, a request, visas, access, rights) refuses it, root 12.
* An appeal ("urging X to") voiced by a protest is the protest (CAMEO 024x: "expressions that
  take the form of demonstrations, protests, etc. are coded under category 14"), as a demand is.
* "warned": a warning to an actor against something, or of the speaker's own reprisal, is a
  coercive warning (130); a warning of what may happen is a pessimistic comment (012).
* "withdrew from" a body, a pact or a joint force reduces relations (16); troops withdrawing
  from a place de-escalate (087).
"""

from __future__ import annotations

import pytest

from eventscope.pipeline import Pipeline


def top(pipeline: Pipeline, text: str) -> tuple[str | None, str | None, str]:
    """(source country, target country, CAMEO code) of the text's top event."""
    events = pipeline.code_text(text, published="2021-03-04")
    assert events, text
    best = max(events, key=lambda e: e.confidence)
    target = best.target.country if best.target is not None else None
    return best.source.country, target, best.cameo


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Israel denied entry to a United Nations rapporteur.", "ISR", None, "12"),
        ("Hungary denied visas to two Ukrainian officials.", "HUN", "UKR", "12"),
        (
            "Iraq denied a request by Turkish officials to open a new consulate in Mosul.",
            "IRQ",
            "TUR",
            "12",
        ),
        ("Bahrain denied citizenship to hundreds of Shiite activists.", "BHR", "BHR", "12"),
        # a charge, a report or an act denied: the denial of responsibility
        ("The Taliban denied responsibility for the bombing in Kabul.", "AFG", None, "01"),
        (
            "The Iranian government denied reports that it had supplied drones to Russia.",
            "IRN",
            None,
            "01",
        ),
        ("Serbia denied the accusations made by Kosovo's prime minister.", "SRB", "XKX", "01"),
        ("The Rwandan army denied that it had crossed into Congo.", "RWA", None, "01"),
    ],
)
def test_denying_what_is_asked_rejects_it(pipeline, text, source, target, root):
    found = top(pipeline, text)
    assert found[0] == source and found[2][:2] == root, found
    assert target is None or found[1] == target, found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # an appeal voiced by a protest is the protest (CAMEO 024x), as a demand is (104x)
        ("On 4 May 2020, nurses rallied in Nairobi, urging the government to buy masks.", "14"),
        (
            "On 4 May 2020, bus drivers held a protest in Sofia and urged the government to cut "
            "fuel taxes.",
            "14",
        ),
        # said, not demonstrated: the appeal
        ("The Kenyan nurses' union urged the government to buy masks.", "02"),
    ],
)
def test_an_appeal_voiced_by_a_protest_is_the_protest(pipeline, text, root):
    found = top(pipeline, text)
    assert found[2][:2] == root, found
    # one act: the protest's appeal is no second event beside it
    codes = {e.cameo[:2] for e in pipeline.code_text(text, published="2021-03-04")}
    assert codes == {root}, codes


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        (
            "The Chinese defence ministry warned Taiwan against any moves toward independence.",
            "CHN",
            "TWN",
            "130",
        ),
        ("Washington warned Moscow against an invasion of Ukraine.", "USA", "RUS", "130"),
        ("Russia warned Finland of retaliation if it joined NATO.", "RUS", "FIN", "130"),
        ("North Korea warned the United States of a nuclear response.", "PRK", "USA", "130"),
        # a warning of what may happen, and advice to the public, stay pessimistic comments
        ("The World Health Organization warned of a second wave of infections.", None, None, "012"),
        ("UN agencies warned of famine in northern Ethiopia.", None, None, "012"),
        (
            "The French foreign ministry warned its citizens against travel to Niger.",
            "FRA",
            None,
            "012",
        ),
    ],
)
def test_a_warning_to_an_actor_threatens(pipeline, text, source, target, code):
    found = top(pipeline, text)
    assert found[2] == code, found
    assert source is None or found[0] == source, found
    assert target is None or found[1] == target, found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a state leaving a body, a pact or a joint force cuts its ties (16)
        ("Burundi withdrew from the International Criminal Court.", "16"),
        ("The United States withdrew from the nuclear deal with Iran.", "16"),
        ("Mali withdrew from the regional force fighting jihadists.", "16"),
        # troops leaving a place de-escalate (087)
        ("Russian troops withdrew from the Kherson region.", "08"),
        ("Russia withdrew its troops from the Syrian town of Manbij.", "08"),
    ],
)
def test_withdrawing_from_a_body_reduces_relations(pipeline, text, root):
    found = top(pipeline, text)
    assert found[2][:2] == root, found
