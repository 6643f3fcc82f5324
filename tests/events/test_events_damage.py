"""What an attack destroyed is that attack, not a destruction event of its own
(``events/damage.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.damage import without_damage
from eventscope.models import Actor, ActorMention, EventMention

ON = date(2024, 3, 5)
DESTROY = "1712"

TOLD_BY_THE_ATTACK = [
    # the attack's own sentence and source
    "Government troops shelled rebel positions near Kidal and destroyed two of their vehicles.",
    "Israeli jets bombed a Hamas training camp in Gaza and destroyed a weapons depot.",
    "Afghan soldiers shelled Taliban hideouts in Helmand and destroyed three bunkers.",
    "Russian artillery shelled Ukrainian positions near Bakhmut and destroyed an ammunition store.",
    "Boko Haram fighters attacked a military base in Borno and destroyed several armoured "
    "vehicles.",
    # a later sentence that puts the destruction inside the fighting
    "Soldiers clashed with insurgents near Mosul on Friday. "
    "The soldiers destroyed two insurgent pickups during the clash.",
    "Kurdish fighters clashed with Islamic State militants near Raqqa on Monday. "
    "The Kurdish fighters destroyed a car bomb during the fighting.",
    # the sentence right after the attack, naming no party
    "Rebels attacked a police station in Nyala on Monday. Two police cars were destroyed.",
    "Al Shabaab militants attacked an army base near Afgooye on Sunday. "
    "Three military trucks were destroyed.",
    "Houthi forces shelled Saudi border posts in Jazan on Tuesday. "
    "Two watchtowers were reportedly destroyed.",
]  # fmt: skip


@pytest.mark.parametrize("text", TOLD_BY_THE_ATTACK)
def test_the_damage_of_an_attack_is_no_second_event(pipeline, text):
    events = pipeline.code_text(text, published=ON)
    assert [e for e in events if e.root in ("18", "19", "20")], "the attack is coded"
    assert not [e for e in events if e.cameo == DESTROY]


STANDS_ALONE = [
    # no attack coded beside it
    "Protesters destroyed a police car outside the parliament in Nairobi.",
    "Al Shabaab militants destroyed a telecom mast near Kismayo on Tuesday.",
    "Rioters destroyed several shops in the centre of Kinshasa on Friday.",
    "Settlers destroyed Palestinian olive trees near Nablus on Saturday.",
    "Taliban fighters destroyed a girls' school in Ghazni province.",
    # another source in a later sentence
    "Rebels attacked a village near Bunia on Monday. "
    "On Wednesday, Congolese soldiers destroyed the rebels' camp.",
    # a later operation by the same side, not tied to the fighting told
    "Soldiers clashed with insurgents near Mosul on Friday. "
    "On Sunday, the soldiers destroyed an insurgent depot near Tal Afar.",
]  # fmt: skip


@pytest.mark.parametrize("text", STANDS_ALONE)
def test_a_destruction_of_its_own_stays(pipeline, text):
    events = pipeline.code_text(text, published=ON)
    assert [e for e in events if e.cameo == DESTROY]


def _event(cameo: str, sent: int, source: str, *, named: bool = True, at: int = 0) -> EventMention:
    """An event of ``source`` (a code of Syria) whose words start at token ``at``."""
    resolution = "dictionary" if named else "implied"
    actor = Actor(text=source if named else "", start=at, end=at + named, country="SYR",
                  sector=source[3:], code=source, resolution=resolution)  # fmt: skip
    mention = ActorMention(actor=actor, start=at, end=at + 1, sent_index=sent)
    return EventMention(mention, None, cameo, 2, 3, sent, 0.8)


@pytest.mark.parametrize(
    ("events", "kept"),
    [
        # same sentence, same source: the destruction goes
        ([_event("194", 0, "SYRMIL"), _event(DESTROY, 0, "SYRMIL")], ["194"]),
        # same sentence, another source: stays
        ([_event("194", 0, "SYRMIL"), _event(DESTROY, 0, "SYRREB", at=5)], ["194", DESTROY]),
        # the same words coded with another sector for another root: one source, goes
        ([_event("195", 0, "SYRMIL"), _event(DESTROY, 0, "SYRGOV")], ["195"]),
        # next sentence, no party named: goes
        ([_event("190", 0, "SYRREB"), _event(DESTROY, 1, "SYRMIL", named=False)], ["190"]),
        # two sentences on, no party named: stays
        (
            [_event("190", 0, "SYRREB"), _event(DESTROY, 2, "SYRMIL", named=False)],
            ["190", DESTROY],
        ),
        # no attack at all, or only verbal conflict: stays
        ([_event(DESTROY, 0, "SYRREB")], [DESTROY]),
        ([_event("111", 0, "SYRREB"), _event(DESTROY, 0, "SYRREB")], ["111", DESTROY]),
        # other codes of root 17 are not read
        ([_event("194", 0, "SYRMIL"), _event("1711", 0, "SYRMIL")], ["194", "1711"]),
    ],
)
def test_without_damage_on_mentions(nlp, events, kept):
    doc = nlp("Troops shelled the town and destroyed it. Trucks burned. Smoke rose.")
    assert [e.cameo for e in without_damage(doc, events)] == kept


def test_without_a_document_nothing_is_dropped():
    events = [_event("194", 0, "SYRMIL"), _event(DESTROY, 0, "SYRMIL")]
    assert without_damage(None, events) == events
