"""Compound and attached actors (issue 15): lists of owners, list items the parser reads as
appositions, objects naming a pair ("ties between X and Y"), passive and imminence frames,
the place of a condemned attack and negated copulas. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2003, 3, 11)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the X of A, B and C": each owner acts
        (
            "The foreign ministers of France and Germany met Chad's president on Wednesday.",
            {("FRA", "TCD"), ("DEU", "TCD")},
        ),
        (
            "The leaders of Norway, Sweden and Finland condemned Russia on Friday.",
            {("NOR", "RUS"), ("SWE", "RUS"), ("FIN", "RUS")},
        ),
        ("Brazil praised the presidents of Chile and Peru.", {("BRA", "CHL"), ("BRA", "PER")}),
        # "A, the B, C and D": the parser's apposition is a list item
        (
            "France, the United States, Germany and Italy condemned Syria.",
            {("FRA", "SYR"), ("USA", "SYR"), ("DEU", "SYR"), ("ITA", "SYR")},
        ),
    ],
)
def test_every_item_of_a_compound_takes_part(pipeline, text, expected):
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a true apposition is one actor, not a list
        ("Chad's president, Idriss Deby, met French officials on Monday.", ("FRA", "FRA")),
        # the owner of the head's own actor: "Chad's envoy to France and Niger" is Chad's
        ("Chad's envoy to France and Niger condemned Sudan.", ("FRA", "SDN")),
    ],
)
def test_an_apposition_or_a_recipient_is_no_list_item(pipeline, text, absent):
    assert absent not in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France and Germany welcomed the resumption of diplomatic ties between Chad and Sudan.",
            {("FRA", "TCD"), ("FRA", "SDN"), ("DEU", "TCD"), ("DEU", "SDN")},
        ),
        (
            "Japan welcomed the restoration of relations between Eritrea and Ethiopia.",
            {("JPN", "ERI"), ("JPN", "ETH")},
        ),
    ],
)
def test_a_pair_inside_the_object_is_acted_on(pipeline, text, expected):
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive subject of a frame does the embedded act
        ("France is poised to sign a trade deal with Chad.", ("FRA", "TCD")),
        ("Peru was expected to sign a trade deal with Chile.", ("PER", "CHL")),
        # imminence frames: the act is about to happen
        ("France is about to restore diplomatic ties with Chad.", ("FRA", "TCD")),
        ("The Italian minister is due to visit Tunisia on Monday.", ("ITA", "TUN")),
    ],
)
def test_the_agent_of_a_frame(pipeline, text, expected):
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an attack "in Niger" was done to Niger, not to the government that condemns it
        (
            "The French government condemned an attack by Chadian soldiers in northern Niger.",
            ("TCD", "NER"),
            ("TCD", "FRA"),
        ),
        (
            "Kenya condemned the attack by Somali militants in Ethiopia on Monday.",
            ("SOM", "ETH"),
            ("SOM", "KEN"),
        ),
    ],
)
def test_a_condemned_attack_is_done_where_it_happened(every_event, text, expected, absent):
    # the attack is embedded in the condemnation: coded when embedded events are asked for
    found = dyads(every_event, text)
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "France did not condemn Chad on Monday.",
        "France is not about to restore diplomatic ties with Chad.",
        "Chile is not ready to sign a trade deal with Peru.",
        "Germany never met the leaders of Chad and Niger.",
    ],
)
def test_negation_codes_no_event(pipeline, text):
    assert dyads(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # companions of the subject act with it
        (
            "France, along with Germany, condemned Syria on Monday.",
            {("FRA", "SYR"), ("DEU", "SYR")},
        ),
        (
            "Egypt together with Jordan criticized Israel on Tuesday.",
            {("EGY", "ISR"), ("JOR", "ISR")},
        ),
        # conjoined possessors: "A and B's ministers"
        (
            "Chad and Sudan's presidents met in Paris on Monday.",
            {("TCD", "SDN"), ("SDN", "TCD")},
        ),
        # "each other": every subject acts on the others
        (
            "Chad and Sudan accused each other of backing rebels.",
            {("TCD", "SDN"), ("SDN", "TCD")},
        ),
        (
            "India and Pakistan blamed one another for the clashes.",
            {("IND", "PAK"), ("PAK", "IND")},
        ),
    ],
)
def test_companions_possessors_and_each_other(pipeline, text, expected):
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "along with" after the verb belongs to the object or the act, not to the subject
        ("France sent troops to Mali along with Germany.", ("DEU", "MLI")),
        # "each other" with one actor has nobody else to act on
        ("Chad's rival factions accused each other of fraud.", ("TCD", "TCD")),
    ],
)
def test_no_companion_or_mutual_target_without_the_shape(pipeline, text, absent):
    assert absent not in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "No Chadian soldiers attacked Sudan on Monday.",
    ],
)
def test_a_denied_subject_codes_no_event(pipeline, text):
    assert dyads(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "drew criticism from Y": Y reacts to the one who drew it
        (
            "Israel's raid drew condemnation from Turkey and Jordan.",
            {("TUR", "ISR"), ("JOR", "ISR")},
            ("ISR", "TUR"),
        ),
        (
            "Japan and India began joint naval drills on Monday, drawing sharp criticism from "
            "China.",
            {("CHN", "JPN"), ("CHN", "IND")},
            ("JPN", "CHN"),
        ),
        ("Chad's decision drew praise from France.", {("FRA", "TCD")}, ("TCD", "FRA")),
    ],
)
def test_a_drawn_reaction_comes_from_the_from_actor(every_event, text, expected, absent):
    # "began drills, drawing criticism": the reaction is embedded, kept on request
    found = dyads(every_event, text)
    assert expected <= found and absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role "from X" is X's, even in a sentence placed elsewhere
        ("Officials from France condemned Syria on Monday.", {("FRA", "SYR")}),
        (
            "Officials from France, Germany and Italy condemned Syria.",
            {("FRA", "SYR"), ("DEU", "SYR"), ("ITA", "SYR")},
        ),
        (
            "Troops from Chad and Niger attacked rebel positions in Mali.",
            {("TCD", "MLI"), ("NER", "MLI")},
        ),
        (
            "Delegations from Peru and Chile met in Lima on Monday.",
            {("PER", "CHL"), ("CHL", "PER")},
        ),
    ],
)
def test_a_role_from_a_list_of_countries(pipeline, text, expected):
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive agent is a weapon or envoy: the one who sent it acts
        ("The Chadian capital was shelled by artillery fired by Sudanese rebels.", ("SDN", "TCD")),
        ("The Kenyan town was attacked by drones launched by Somali militants.", ("SOM", "KEN")),
        ("Chad was attacked by Sudanese rebels on Monday.", ("SDN", "TCD")),
    ],
)
def test_the_sender_of_a_passive_instrument_acts(pipeline, text, expected):
    assert expected in dyads(pipeline, text)
