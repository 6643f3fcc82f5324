"""Who the event is done to (issue 15): targets inside the object phrase, named officials
nobody knows, passive victims, compound and passive agents. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2001, 6, 4)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.root,
        )
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author of the object is the target when no other target is named
        (
            "Chile rejected an Argentine ultimatum to withdraw its envoy from the Bolivian "
            "capital.",
            ("CHL", "ARG", "12"),
        ),
        ("Kenya rejected Uganda's ultimatum on the border dispute.", ("KEN", "UGA", "12")),
        # the target of the object's "of" noun
        (
            "Chile welcomed a resumption of diplomatic ties with Peru, a Bolivian official said.",
            ("CHL", "PER", "05"),
        ),
    ],
)
def test_target_inside_the_object_phrase(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Danish government welcomed President Halvorsen's latest policy statement.",
        "The Chilean government praised Minister Ortuzar for his efforts.",
    ],
)
def test_an_unknown_official_is_not_given_the_sources_country(pipeline, text):
    found = dyads(pipeline, text)
    assert found, "the event itself is still coded"
    assert all(source != target for source, target, _ in found if source is not None)


def test_an_unknown_official_of_another_sector_stays_domestic(pipeline):
    text = "Chilean rebels demanded that President Ortuzar step down from office."
    assert ("CHL", "CHL", "10") in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a victim beside the sentence's main event is a detail of it, never its own attacker
        (
            "Lebanon complained to the United Nations over two Israeli air raids in which it "
            "said 20 people were killed.",
            ("LBN", "ISR", "11"),
        ),
        (
            "Egypt protested to Israel over a raid in which four people were wounded.",
            ("EGY", "ISR", "11"),
        ),
    ],
)
def test_a_passive_victim_is_not_a_source(pipeline, text, kept):
    found = dyads(pipeline, text)
    assert kept in found
    assert all(not (s is not None and s == t) for s, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officials met Chinese officials on Monday.",
        "Ministers praised Kenyan ministers for the reform.",
    ],
)
def test_a_source_without_country_does_not_copy_its_target(pipeline, text):
    assert all(not (s is not None and s == t) for s, t, _ in dyads(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French ambassador was criticized by Nigeria over the remarks.", "NGA"),
        ("Medical supplies were sent by China, Japan and South Korea to Peru.", "CHN"),
    ],
)
def test_passive_agents_act(pipeline, text, expected):
    assert expected in {s for s, _, _ in dyads(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two French journalists were arrested in Iran on Monday.", ("IRN", "FRA", "17")),
        ("A British aid worker was detained in Egypt last week.", ("EGY", "GBR", "17")),
        ("An American missionary was expelled from Sudan.", ("SDN", "USA", "17")),
    ],
)
def test_a_states_act_without_agent_is_done_by_the_place(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


def test_arrests_by_a_named_agent_keep_the_agent(pipeline):
    found = dyads(pipeline, "Two French journalists were arrested in Iran by Iraqi police.")
    assert ("IRQ", "FRA", "17") in found
    assert not any(s == "IRN" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (
            "The military government declared a state of siege in Togo on Saturday, arresting "
            "political opponents, a spokeswoman for the U.S. embassy said.",
            "USA",
        ),
        (
            "Sudanese rebels shelled the town of Wau on Sunday, killing about 20 people, relief "
            "officials in Nairobi said.",
            "KEN",
        ),
        (
            "Rebels kidnapped six Russian engineers from a bazaar, diplomatic sources in "
            "neighbouring Georgia said on Monday.",
            "GEO",
        ),
    ],
)
def test_who_reports_the_event_takes_no_part_in_it(pipeline, text, reporter):
    found = dyads(pipeline, text)
    assert found, "the reported event is still coded"
    assert all(reporter not in (s, t) for s, t, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO 074: a deployment of peacekeepers is military protection, not 154 or 042
        ("Kenya sent peacekeeping troops to Somalia on Monday.", ("KEN", "SOM", "07")),
        ("Ghana deployed peacekeepers to Liberia.", ("GHA", "LBR", "07")),
        ("The first Nigerian peacekeepers arrived in Liberia on Sunday.", ("NGA", "LBR", "07")),
    ],
)
def test_peacekeepers_are_protection(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


def test_troops_without_peacekeeping_stay_a_show_of_force(pipeline):
    assert ("KEN", "SOM", "15") in dyads(pipeline, "Kenya deployed troops to Somalia.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun object stands for the noun the clause describes
        (
            "Police in Ghana beat dozens of Togolese and Beninese refugees, whom the Ghanaian "
            "authorities blame for a border conflict.",
            ("GHA", "BEN", "11"),
        ),
        (
            "Kenya expelled two Somali and Ethiopian diplomats, whom the Kenyan government "
            "accused of spying.",
            ("KEN", "ETH", "11"),
        ),
    ],
)
def test_relative_pronoun_objects(every_event, text, expected):
    # the relative clause is embedded in the beating: coded when embedded events are asked for
    assert expected in dyads(every_event, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "by X" under the noun before it: X is still the passive's agent
        ("The Kenyan president was accused of corruption by Ugandan officials.", ("UGA", "KEN")),
        ("Chile was criticized over the incident by Peruvian officials.", ("PER", "CHL")),
    ],
)
def test_a_passive_agent_hung_lower_still_acts(pipeline, text, expected):
    assert expected in {(s, t) for s, t, _ in dyads(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "receive X from Y": Y gives (economic aid 071, military aid 072)
        ("Kenya received money from Uganda last year.", ("UGA", "KEN", "07")),
        ("Kenya has received weapons from Russia.", ("RUS", "KEN", "07")),
    ],
)
def test_receiving_aid_from_the_giver(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive with no "by": the named thing moved names its sender with "from"
        ("Aid from Japan was delivered to Haiti on Friday.", ("JPN", "HTI", "07")),
        ("Medical supplies from China were sent to Italy last week.", ("CHN", "ITA", "07")),
    ],
)
def test_passive_thing_from_its_sender(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # not a thing the rule names: who comes "from" a country is no sender of the act
        "Refugees from Syria were expelled from the border town on Monday.",
    ],
)
def test_passive_people_from_a_country_do_not_act(pipeline, text):
    assert not any(source == "SYR" for source, _, _ in dyads(pipeline, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the classifier's event for a passive with no agent: the passive subject is acted on
        (
            "A Kenyan journalist has been put under investigation in Uganda for her role in "
            "the riots.",
            "UGA",
            "KEN",
        ),
    ],
)
def test_a_passive_subject_is_no_fallback_source(pipeline, text, source, target):
    found = {(s, t) for s, t, _ in dyads(pipeline, text)}
    assert (source, target) in found and (target, source) not in found
