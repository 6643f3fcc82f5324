"""Events the rules coded where nobody acts on anyone (#15), and the targets of property and
ships. Sentences we wrote.

* a state's government or military inspecting its own sites, troops or tests investigates no
  one (``events/no_acts.py``), nor does the classifier's fill guess another code for it;
* a state detecting, spotting or tracking another's craft acts on no one: the classifier
  fills no guessed root into the clause (``perception_verbs``, ``learned._unfit``), nor
  into a contest won or lost ("won the final against Germany": ``no_acts.contest``);
* uprooting, razing, bulldozing or vandalising destroys property (1712), stealing seizes it
  (171: ``verbs.tsv``); a people's homes, villages and farmland are its civilians. Their trees,
  cars or sheep are not yet: listed as ``civilian_places`` they drop "Settlers destroyed
  Palestinian olive trees near Nablus" as a self-dyad (the settlers take PSE from Nablus);
* a merchant ship struck at sea is no act on the foe of the attacker (``struck_things``).
"""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
from test_events_support import triples

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un inspected a missile launch on Sunday.",
        "North Korean leader Kim Jong Un inspected a new submarine at a shipyard.",
        "Iranian President Ebrahim Raisi inspected a nuclear facility in Natanz.",
        "The Indian Prime Minister inspected flood-hit areas in Assam.",
        "The Defence Minister of Ukraine inspected the front line near Bakhmut.",
        "Chinese President Xi Jinping inspected a navy base in Hainan.",
        "Pakistan's army chief inspected troops along the Line of Control.",
        "Egyptian President Abdel Fattah el-Sisi inspected the new capital on Tuesday.",
        "Turkish Defence Minister Hulusi Akar inspected border units in Hatay.",
        "The Nigerian president inspected the construction of a new refinery.",
    ],
)
def test_a_state_inspecting_its_own_things_codes_nothing(pipeline, text):
    assert triples(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan's defence ministry detected Chinese aircraft near Okinawa.",
        "Taiwan spotted Chinese warships near the Penghu islands.",
        "South Korea tracked North Korean drones over Seoul.",
        "India monitored Pakistani troops along the border.",
    ],
)
def test_seeing_another_states_craft_codes_nothing(pipeline, text):
    assert triples(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brazil won the World Cup final against Germany.",
        "Kenya won the gold medal ahead of Ethiopia in the marathon.",
        "France defeated England in the rugby semi-final in Paris.",
        "A Chinese firm won a contract to build a railway in Kenya.",
        "Nigeria lost the match to Ghana on Sunday.",
    ],
)
def test_a_contest_won_codes_nothing(pipeline, text):
    assert triples(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil won the final against Germany.", True),
        ("France defeated England in the rugby semi-final.", True),
        ("The army defeated the rebels near Goma.", False),
        ("Kenya won praise from the United Nations.", False),
    ],
)
def test_contest_contract(nlp, text, expected):
    from eventscope.events.no_acts import contest

    words = {"contest_verbs": frozenset({"win", "defeat"}), "contest_nouns": frozenset({"final"})}
    verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
    assert contest(verb, words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN inspectors inspected the nuclear plant in Iran.", ("IGOUNO", "IRNGOV", "090")),
        ("IAEA inspectors examined the Iranian reactor.", ("IGOUNOIAE", "IRNGOV", "090")),
        ("Kenyan police inspected the scene of the attack.", ("KENCOP", "KENGOV", "090")),
    ],
)
def test_inspectors_and_police_still_investigate(pipeline, text, expected):
    found = triples(pipeline, text, PUBLISHED)
    assert expected in found, found


@pytest.mark.parametrize(
    ("sector", "country", "target_code", "dropped"),
    [
        ("GOV", "PRK", "PRK", True),  # the own country filled in
        ("MIL", "CHN", "CHNMIL", True),  # its own forces
        ("GOV", "PRK", None, True),  # no one
        ("GOV", "USA", "IRNGOV", False),  # another state's
        ("COP", "KEN", "KEN", False),  # police investigate
        ("IGO", "", "IRNGOV", False),
    ],
)
def test_own_inspection_contract(sector, country, target_code, dropped):
    from eventscope.events.no_acts import no_act

    source = NS(actor=NS(sector=sector, country=country, code=country + sector))
    target = None
    if target_code is not None:
        target = NS(actor=NS(sector=None, country=target_code[:3], code=target_code))
    event = NS(cameo="090", pattern="verb:inspect", source=source, target=target)
    assert no_act(event, {"inspection_verbs": frozenset({"inspect"})}) is dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops bulldozed Palestinian farmland near Jenin.",
         ("ISRMIL", "PSECVL", "1712")),
        ("Israeli forces razed Palestinian homes in Rafah.", ("ISRMIL", "PSECVL", "1712")),
        ("Russian troops razed Ukrainian villages in the Donetsk region.",
         ("RUSMIL", "UKRCVL", "1712")),
        ("Israeli settlers vandalised Palestinian homes in Huwara.",
         ("ISRCVL", "PSECVL", "1712")),
        ("Israeli settlers stole Palestinian livestock near Hebron.",
         ("ISRCVL", "PSECVL", "171")),
        ("Israeli settlers uprooted hundreds of Palestinian olive trees.",
         ("ISRCVL", "PSEGOV", "1712")),  # the trees' owners: left open (see the module)
    ],
)  # fmt: skip
def test_property_destroyed_or_stolen(pipeline, text, expected):
    found = triples(pipeline, text, PUBLISHED)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Houthi rebels attacked a cargo ship in the Red Sea on Monday.", "YEMREBHTH", "190"),
        ("Houthi rebels fired missiles at a merchant vessel in the Gulf of Aden.",
         "YEMREBHTH", "194"),
        ("Houthi rebels struck an oil tanker off the coast of Yemen.", "YEMREBHTH", "190"),
        ("Houthi rebels attacked a container ship near the Bab el-Mandeb strait.",
         "YEMREBHTH", "190"),
        ("Russian forces shelled a fishing boat in the Black Sea.", "RUSMIL", "194"),
        ("Iranian forces attacked a commercial vessel in the Gulf of Oman.", "IRNMIL", "190"),
    ],
)  # fmt: skip
def test_a_merchant_ship_implies_no_foe(pipeline, text, source, code):
    assert triples(pipeline, text, PUBLISHED) == [(source, "-", code)]


def test_a_warship_keeps_its_state(pipeline):
    text = "Houthi rebels attacked a Saudi warship in the Red Sea."
    assert ("YEMREBHTH", "SAUMIL", "190") in triples(pipeline, text, PUBLISHED)
