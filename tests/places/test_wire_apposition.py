"""Wire datelines and places described in apposition (issue 15), on sentences written for
these tests: a city named alone before its agency ("GOMA (Reuters) -") is the dateline's
place when it is a large city (``places/wire.py``); "Hyderabad, the capital of Sindh
province" puts the event in Hyderabad, not in its province (``places/apposition.py``); a
country's name after a city named for it ("Mexico City ... Mexico's Senate") is the country
(``places/selfname.py``)."""

from __future__ import annotations

import pytest
from test_places import _actor, cache_dir, named_places, resolver

from eventscope.models import EventMention
from eventscope.places import place_for_event
from eventscope.places.apposition import apposed_container, description_heads
from eventscope.places.selfname import opens_with
from eventscope.places.tie import DATELINE

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # cities the one-town test refused: a namesake village or a province of the name
        ("GOMA (Reuters) - Rebels seized a mining town north of the city.", "GOMA", "COD"),
        ("KHARTOUM (Reuters) - Soldiers fired on protesters on Friday.", "KHARTOUM", "SDN"),
        ("GENEVA (Reuters) - Talks between the two sides opened on Monday.", "GENEVA", "CHE"),
        # many namesakes: the ranker takes the large city
        ("SANTIAGO (AP) - Students marched through the capital.", "SANTIAGO", "CHL"),
        ("PARIS (AFP) - Police fired tear gas at protesters.", "PARIS", "FRA"),
        ("MEXICO CITY (AP) - The Senate passed a resolution.", "MEXICO CITY", "MEX"),
        # the date between the name and the agency
        ("PARIS, May 4 (Reuters) - Police fired tear gas.", "PARIS", "FRA"),
    ],
)
def test_a_city_alone_before_its_agency_is_the_dateline(resolver, nlp, text, name, country):
    found = named_places(resolver, nlp, text).get(name)
    assert found is not None and found[1] == country


@pytest.mark.parametrize(
    "text",
    [
        # no agency: local news names many-town names without their state ("PORTLAND —")
        "Council hires a lawyer. PORTLAND — The council hired a lawyer on Monday.",
        # an agency, but no town of the name is a large city (22 small Greenvilles)
        "GREENVILLE (AP) - The council hired a lawyer on Monday.",
    ],
)
def test_small_or_unwired_many_town_datelines_stay_unread(resolver, nlp, text) -> None:
    found = named_places(resolver, nlp, text)
    assert "PORTLAND" not in found and "GREENVILLE" not in found


def test_the_wire_city_is_the_lead_event_s_place(resolver, nlp) -> None:
    # the town the event happened in is missing from the gazetteer: the dateline is next
    doc = nlp("GOMA (Reuters) - Rebels seized the mining town of Rubaya on Tuesday.")
    token = next(t for t in doc if t.text == "seized")
    index = next(k for k, sent in enumerate(doc.sents) if sent.start <= token.i < sent.end)
    event = EventMention(None, None, "190", token.i, token.i + 1, index, 1.0)
    place, why = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.place is not None
    assert (place.place.name, place.place.country, why) == ("Goma", "COD", DATELINE)


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (", the capital of ", True),
        (", capital of ", True),
        (", a mining town in ", True),
        (", the provincial capital of ", True),
        (", the second-largest city in ", True),
        (", a port city of ", True),
        # lists, verbs and long clauses describe nothing
        (", ", False),
        (" and ", False),
        (", which lies far from the capital of ", False),
        (", the capital ", False),
        (", a town the army took from the rebels in ", False),
    ],
)
def test_a_description_between_two_names(between, expected) -> None:
    assert apposed_container(between, description_heads()) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "town"),
    [
        (
            "Police fired tear gas at protesters in Hyderabad, the capital of Sindh "
            "province, on Monday.",
            "fired",
            ("protesters", "Hyderabad"),
            ("Hyderabad", "PAK"),
        ),
        (
            "Police detained opposition leaders in Hyderabad, the capital of Telangana.",
            "detained",
            ("opposition", "Hyderabad"),
            ("Hyderabad", "IND"),
        ),
        (
            "Soldiers fired on protesters in Karachi, the provincial capital of Sindh.",
            "fired",
            ("protesters", "Karachi"),
            ("Karachi", "PAK"),
        ),
    ],
)
def test_the_town_not_the_province_it_is_the_capital_of(resolver, nlp, text, trigger, actor, town):
    # the town is part of the target's phrase ("protesters in Hyderabad"); the province is
    # its container, not the event's place
    doc = nlp(text)
    words = [t.text for t in doc]
    first, last = words.index(actor[0]), words.index(actor[1])
    index = words.index(trigger)
    event = EventMention(None, _actor(first, last + 1, town[1]), "173", index, index + 1, 0, 1.0)
    place, _ = place_for_event(doc, event, resolver.find(doc))
    assert place is not None and place.place is not None
    assert (place.text, place.place.country) == town


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Protesters marched in Mexico City on Thursday. Mexico will suspend its "
            "cooperation with the United States.",
            "Mexico",
            ("Mexico", "PCLI"),
        ),
        (
            "MEXICO CITY (AP) - Mexico's Senate passed a resolution on Thursday.",
            "Mexico",
            ("Mexico", "PCLI"),
        ),
        (
            "Voters in Guatemala City went to the polls. Guatemala's election board said "
            "turnout was high.",
            "Guatemala",
            ("Guatemala", "PCLI"),
        ),
        # the city itself keeps its reading
        (
            "Voters in Guatemala City went to the polls. Guatemala's election board said "
            "turnout was high.",
            "Guatemala City",
            ("Guatemala City", "PPLC"),
        ),
    ],
)
def test_a_country_named_again_after_its_city_is_the_country(resolver, nlp, text, name, place):
    found = {m.text: m.place for m in resolver.find(nlp(text))}
    chosen = found.get(name)
    assert chosen is not None and (chosen.name, chosen.feature_code) == place


@pytest.mark.parametrize(
    ("other", "key", "expected"),
    [
        ("mexico city", "mexico", True),
        ("mexico", "mexico", True),
        ("mexicali", "mexico", False),
        ("new mexico", "mexico", False),
    ],
)
def test_a_longer_name_opening_with_the_words(other, key, expected) -> None:
    assert opens_with(other, key) is expected
