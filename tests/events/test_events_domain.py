"""Event shapes of local conflict and protest news (events/domain.py), end to end on sentences
we wrote: one-sided protests, symmetric clashes, victims, unknown perpetrators, arrests, looting,
abductions, and the country each generic actor takes from the place.
"""

from __future__ import annotations

import pytest
from test_events_support import PUBLISHED, coded_codes

from eventscope.events.domain import DomainBook, DomainCoder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one-sided: a protest with no object has no target (the shape the domain coder gives
        # "a protest" held by them; the verb's reading "held" is in the next test) ...
        ("On 2 March, dozens of farmers held a protest in Lahore.", ("PAKAGR", None, "14")),
        # ... and a protest against the government targets the government
        (
            "On Sunday, students demonstrated in Santiago against the government.",
            ("CHLEDU", "CHLGOV", "14"),
        ),
        # symmetric clashes: one event, A -> B
        (
            "On Friday, clashes erupted between rebels and soldiers near Goma.",
            ("CODREB", "CODMIL", "19"),
        ),
        # victims as targets
        # (killing is 190 by the codebook, 1823 only by physical assault; see issue 15)
        ("On Monday, gunmen killed three civilians in Maiduguri.", ("NGAUAF", "NGACVL", "19")),
        # ("shot dead": the passive subject is the target, with the actor dictionary's sector)
        (
            "On Monday, a farmer was shot dead by unidentified gunmen in Kaduna.",
            ("NGAUAF", "NGAAGR", "19"),
        ),
        # unknown perpetrators: an implied unidentified armed actor of the place's country
        (
            "On 3 March, a man was found dead with gunshot wounds in Culiacan.",
            ("MEXUAF", "MEXCVL", "18"),
        ),
        ("On Tuesday, a woman was stabbed to death in Durban.", ("ZAFUAF", "ZAFCVL", "18")),
        # arrests by police, looting, abductions
        ("On Wednesday, police arrested twelve protesters in Lagos.", ("NGACOP", "NGAOPP", "17")),
        # (property damage with no named owner: the country where it happened)
        ("On Thursday, rioters looted shops in Johannesburg.", ("ZAFCVL", "ZAF", "17")),
        ("On Thursday, gunmen abducted two teachers in Zamfara.", ("NGAUAF", "NGAEDU", "18")),
        # an attack on a place targets the country where it happened, by the side the
        # separatists fight (events/foes.py)
        ("On Friday, separatists shelled positions near Donetsk.", ("UKRSEP", "UKRMIL", "19")),
    ],
)
def test_event_shapes(every_event, text, expected):
    # every stage's shape, also those embedded in another event ("held a protest")
    found = coded_codes(every_event, text, field="root")
    source, target, root = expected
    assert any(s == source and t == target and r == root for s, t, r in found), found


def test_a_held_protest_is_one_event(pipeline):
    # "held a protest": the verb codes the act and the noun is its object, not a second event
    found = coded_codes(
        pipeline, "On 2 March, dozens of farmers held a protest in Lahore.", field="root"
    )
    assert [(s, r) for s, _, r in found] == [("PAKAGR", "14")]


@pytest.mark.parametrize(
    "text",
    [
        "Unions said they will protest in Nairobi next week.",  # planned: not an event yet
        "The minister condemned the attack in Kabul.",  # the attack is an object, not reported
        "Nurses did not strike in Nairobi on Monday.",  # negated
        "A woman was killed when two cars collided in Durban.",  # an accident: no attacker
    ],
)
def test_no_domain_event(pipeline, text):
    events = pipeline.code_text(text, published=PUBLISHED)
    assert not [e for e in events if e.root in ("14", "18", "19")], events


def test_symmetric_clash_is_one_event(pipeline):
    events = pipeline.code_text(
        "On Friday, clashes erupted between rebels and soldiers near Goma.", published=PUBLISHED
    )
    clashes = [e for e in events if e.root == "19"]
    assert len(clashes) == 1


def test_implied_actor_records_why(pipeline):
    (event,) = [
        e
        for e in pipeline.code_text(
            "On 3 March, a man was found dead with gunshot wounds in Culiacan.",
            published=PUBLISHED,
        )
        if e.source is not None and e.source.sector == "UAF"
    ]
    assert event.source.resolution == "implied"
    assert event.target is not None and event.target.resolution == "place"


def test_domain_table_loads():
    book = DomainBook.load()
    assert book.one_sided["protest"] == "141"
    assert "clash" in book.symmetric
    assert DomainCoder(book).book is book
