"""Events reported by what was observed or what took place, with no named fighter
(events/reported.py through events/contentious.py), on sentences we wrote: a monitor's count of
explosions and shots, "a shoot-out took place", "shots were heard", and an agent named only as
the modifier of the attack noun ("coalition airstrikes").
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.reported import between, event_lemma, observed
from eventscope.pipeline import Pipeline

PUBLISHED = date(2020, 5, 6)
SEEING = frozenset({"observe", "record", "hear", "report"})


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def coded(pipeline, text: str) -> set[tuple[str | None, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code if e.source else None, e.root) for e in events}


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        # a monitor's count: an unidentified armed actor of the place's country
        ("On 2 May 2020, the monitors observed 14 explosions near Horlivka.", "UKRUAF", "18"),
        (
            "On 2 May 2020, the mission recorded a total of 30 shots involving small arms "
            "near Avdiivka.",
            "UKRUAF",
            "19",
        ),
        ("On 3 May 2020, shots were heard in the centre of Culiacan.", "MEXUAF", "19"),
        ("On 3 May 2020, an explosion was reported in Kandahar city.", "AFGUAF", "18"),
        # an event noun as the subject of "take place", hyphenated or not
        ("On 4 May 2020, a shoot-out took place in Culiacan.", "MEXUAF", "19"),
        ("On 4 May 2020, shoot-outs took place in two districts of Recife.", "BRAUAF", "19"),
        # "bursts of fire" observed (not any burst: see below)
        (
            "On 7 May 2020, the monitors observed 20 bursts of fire near Svitlodarsk.",
            "UKRUAF",
            "19",
        ),
        # "between A and B" on the occurrence verb: A is the source, with no further cue
        (
            "On 1 May 2020, clashes took place between herders and soldiers in Benue.",
            "NGAAGR",
            "19",
        ),
        # a weapon as the subject of an impact verb; the participle's "by" agent is the source
        ("On 2 May 2020, two mortar shells fell in a market in Tripoli.", "LBYUAF", "19"),
        (
            "On 2 May 2020, shells fired by Libyan soldiers landed near a school in Tripoli.",
            "LBYMIL",
            "19",
        ),
        ("On 3 May 2020, a bomb was dropped on a village in Kaduna.", "NGAUAF", "18"),
        # the agent as the modifier of the attack noun (a "-led coalition" is its leader's
        # military)
        (
            "On 5 May 2020, Saudi-led coalition airstrikes targeted a district in Marib.",
            "SAUMIL",
            "19",
        ),
    ],
)
def test_reported_events(pipeline, text, source, root):
    found = coded(pipeline, text)
    assert any(s == source and r == root for s, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, a photographer took a shot of the skyline in Kharkiv.",  # no observed fire
        "The company observed a burst of demand in Kyiv last spring.",  # a burst of no fire
        "Officials said shots will be heard in Kyiv during the parade rehearsal.",  # modal
        "The minister condemned the shells in a speech in Tripoli.",  # not seen nor falling
    ],
)
def test_not_reported_events(pipeline, text):
    found = coded(pipeline, text)
    assert not any(r in ("18", "19") for _, r in found), found


@pytest.mark.parametrize(
    ("text", "index", "lemma"),
    [
        ("Two shoot-outs took place.", 3, "shoot-out"),
        ("The sit-ins went on.", 3, "sit-in"),
        ("A half - hearted protest.", 3, "hearted"),  # spaced hyphen: two words
    ],
)
def test_event_lemma(nlp, text, index, lemma):
    assert event_lemma(nlp(text)[index]) == lemma


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("The team observed a total of 12 explosions near the town.", 7, True),
        ("Explosions were heard near the town.", 0, True),
        ("The team condemned the explosions near the town.", 4, False),
    ],
)
def test_observed(nlp, text, index, expected):
    assert observed(nlp(text)[index], SEEING) is expected


@pytest.mark.parametrize(
    ("text", "index", "sides"),
    [
        ("Clashes took place between herders and farmers.", 0, ["herders", "farmers"]),
        ("Clashes between police and students erupted.", 0, ["police", "students"]),
        ("Clashes took place in the city.", 0, []),
    ],
)
def test_between(nlp, text, index, sides):
    assert [t.text for t in between(nlp(text)[index])] == sides


def test_between_targets_the_other_side(pipeline):
    events = pipeline.code_text(
        "On 1 May 2020, clashes took place between herders and soldiers in Benue.",
        published=PUBLISHED,
    )
    pairs = {
        (e.source.code if e.source else None, e.target.code if e.target else None) for e in events
    }
    assert ("NGAAGR", "NGAMIL") in pairs, pairs


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2020, nurses protested in Lahore to demand protective equipment.",
        "On 3 May 2020, hundreds of workers rallied in Lagos, demanding unpaid wages.",
        # the protesters' own demand joined to the protest in one sentence
        "On 3 May 2020, nurses protested outside the hospital in Lahore and demanded masks.",
    ],
)
def test_protest_claim_is_no_second_event(pipeline, text):
    roots = {root for _, root in coded(pipeline, text)}
    assert "14" in roots and not roots & {"10", "11"}, roots


def test_demand_in_another_sentence_stays(pipeline):
    text = "On 3 May 2020, nurses protested outside a hospital in Lahore. Doctors demanded masks."
    roots = {root for _, root in coded(pipeline, text)}
    assert {"14", "10"} <= roots, roots


def test_demand_alone_stays(pipeline):
    roots = {
        root for _, root in coded(pipeline, "On 3 May 2020, Kenyan unions demanded higher wages.")
    }
    assert "10" in roots, roots
