"""Events whose actors were found but whose event or target was not (#15, events8), on
sentences we wrote:

* joining an organisation targets the organisation ("applied to join NATO": each -> NATO,
  021 as an application, 031 as a wish, 060 done), and nothing else is joined this way;
* a purpose clause with no target of its own is aimed at the actor its verb acted on
  ("summoned the German ambassador to protest against deliveries to X": DEU, not X);
* an appeal to a party that names no actor ("urged Gulf states to ...") has no target, and
  none is guessed from the embedded clause;
* "a call for help" is an appeal (023), not a telephone call (041);
* a drone's strike, attack or killing by an unnamed attacker is aerial (195);
* "recognised the independence of X" (054), "set off a car bomb" (183): verb rows with objects.
"""

from __future__ import annotations

import pytest
from test_events_support import coded_codes

from eventscope.events.membership import not_member


def _targets(codes: set[tuple[str | None, str | None, str]]) -> set[str | None]:
    return {target for _, target, _ in codes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway and Denmark applied to join the European Union.",
            {("NORGOV", "IGOEUREEC", "021"), ("DNKGOV", "IGOEUREEC", "021")},
        ),
        ("Ukraine applied to join NATO on Friday.", {("UKRGOV", "IGOWSTNAT", "021")}),
        ("Serbia wants to join the European Union.", {("SRBGOV", "IGOEUREEC", "031")}),
        ("Montenegro joined NATO in 2017.", {("MNEGOV", "IGOWSTNAT", "060")}),
    ],
)
def test_joining_an_organisation_targets_the_organisation(pipeline, text, expected):
    codes = coded_codes(pipeline, text)
    assert expected <= codes
    # no member of a compound subject acts on the other ("Norway -> Denmark")
    assert not {c for c in codes if c[1] is not None and not c[1].startswith("IGO")}


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of farmers joined the protest in Nairobi.",
        "Britain joined France in condemning the coup in Mali.",
    ],
)
def test_joining_no_organisation_is_no_membership(pipeline, text):
    assert not {c for c in coded_codes(pipeline, text) if c[2] in ("060", "021", "031")}


def test_membership_needs_an_organisation_target():
    words = {"member_verbs": frozenset({"join"})}
    assert not_member("join", [], words)
    assert not not_member("meet", [], words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a state's protest is an official complaint, 114 (events/state_protest.py)
            "China summoned the Japanese envoy to protest against the visit to Taiwan.",
            ("CHNGOV", "JPNGOV", "114"),
        ),
        (
            "Turkey summoned the Swedish ambassador to protest against the rally in Greece.",
            ("TURGOV", "SWEGOV", "114"),
        ),
    ],
)
def test_a_purpose_clause_is_aimed_at_the_actor_acted_on(pipeline, text, expected):
    codes = coded_codes(pipeline, text)
    assert expected in codes
    assert not {c for c in codes if c[1] in ("TWNGOV", "TWN", "GRCGOV", "GRC")}


@pytest.mark.parametrize(
    ("text", "stolen"),
    [
        ("Egypt's foreign minister urged Arab states to expel Israeli diplomats.", "ISR"),
        ("The French president urged European countries to send troops to Ukraine.", "UKR"),
    ],
)
def test_an_appeal_to_an_unnamed_party_takes_no_embedded_target(pipeline, text, stolen):
    codes = coded_codes(pipeline, text)
    appeals = {c for c in codes if c[2].startswith("02")}
    assert appeals
    assert not {t for t in _targets(appeals) if t and t.startswith(stolen)}


def test_an_appeal_to_a_named_actor_keeps_it_as_target(pipeline):
    codes = coded_codes(pipeline, "France urged Germany to send more troops to Mali.")
    assert any(c[0] == "FRAGOV" and c[1] == "DEUGOV" and c[2].startswith("02") for c in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda received a call for help from Sudan.", ("SDNGOV", "UGAGOV", "023")),
        ("Chad received a call for talks from Niger.", ("NERGOV", "TCDGOV", "020")),
        ("Peru issued an appeal for aid to Chile.", ("PERGOV", "CHLGOV", "023")),
    ],
)
def test_a_call_for_something_is_an_appeal(pipeline, text, expected):
    codes = coded_codes(pipeline, text)
    assert expected in codes
    assert not {c for c in codes if c[2] == "041"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda received a call from Burundi.", ("BDIGOV", "RWAGOV", "041")),
        ("Malawi made a call to Zambia on Sunday.", ("MWIGOV", "ZMBGOV", "041")),
    ],
)
def test_a_call_with_no_for_stays_a_phone_call(pipeline, text, expected):
    assert expected in coded_codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "A drone attack killed three policemen.",
        "A drone strike killed two civilians in Somalia.",
        "Four soldiers were killed in a drone strike in northern Syria.",
    ],
)
def test_a_drone_killing_by_an_unnamed_attacker_is_aerial(pipeline, text):
    codes = {c[2] for c in coded_codes(pipeline, text)}
    assert "195" in codes
    assert not codes & {"143", "180", "1823"}


def test_a_strike_with_no_aircraft_stays_a_labour_strike(pipeline):
    codes = {c[2] for c in coded_codes(pipeline, "Workers in Kenya went on strike on Monday.")}
    assert "143" in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia recognised the independence of two rebel regions in northern Moldova.",
            ("RUSGOV", "MDAGOV", "054"),
        ),
        ("Militants set off a car bomb outside a hotel in Mogadishu.", ("SOMUAF", "SOM", "183")),
    ],
)
def test_verb_rows_with_a_named_object(pipeline, text, expected):
    assert expected in coded_codes(pipeline, text)
