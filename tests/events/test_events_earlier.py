"""What had happened before the news, told in the past perfect after the lead, is background and
no second event (``events/earlier.py``, #15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.earlier import without_earlier
from eventscope.models import Actor, ActorMention, EventMention

ON = date(2024, 3, 5)

BACKGROUND = [
    ("Gunmen killed a trader in Kaduna on Friday. "
     "The victim had been arrested by police last year.", "arrested"),
    ("Protesters gathered outside parliament in Nairobi on Tuesday. "
     "President Ruto had threatened to ban the rallies.", "threatened"),
    ("Farmers blocked a highway near Lahore on Monday. "
     "The government had banned wheat exports in January.", "banned"),
    ("Nurses protested outside the health ministry in Lima on Monday. "
     "The ministry had cut their wages in February.", "cut"),
    ("Rebels attacked an army post near Goma on Sunday. "
     "The army had expelled the rebels from the area in May.", "expelled"),
    ("Students marched in Dhaka on Thursday. "
     "Police had arrested two student leaders the week before.", "arrested"),
    ("Teachers went on strike in Nairobi on Monday. "
     "The union had accused the government of breaking its promises.", "accused"),
    ("Villagers protested in Chennai against a dam on Monday. "
     "The state government had approved the dam despite their objections.", "approved"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger"), BACKGROUND)
def test_past_perfect_background_is_no_second_event(pipeline, text, trigger):
    events = pipeline.code_text(text, published=ON)
    assert [e for e in events if e.sentence_index == 0], "the lead's event is coded"
    assert not [e for e in events if e.trigger == trigger]


NEWS = [
    # a speaker's report keeps the past perfect of the sequence of tenses: the news
    ("Residents protested in Lagos on Monday. "
     "Police said they had arrested ten protesters.", "arrested"),
    ("Gunmen killed a trader in Kaduna on Friday. "
     "Witnesses said the gunmen had also abducted his son.", "abducted"),
    # the lead's own event in the past perfect
    ("Rebels had seized the town of Goma by Monday, the army said.", "seized"),
    ("By Friday, the army had arrested forty opposition supporters in Harare.", "arrested"),
    # the simple past after the lead is a new event
    ("Gunmen killed a trader in Kaduna on Friday. "
     "Police arrested two suspects on Saturday.", "arrested"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger"), NEWS)
def test_reported_lead_and_simple_past_events_stay(pipeline, text, trigger):
    events = pipeline.code_text(text, published=ON)
    assert [e for e in events if e.trigger == trigger]


def _event(sent: int, trigger: int) -> EventMention:
    actor = Actor(text="Police", start=0, end=1, country="KEN", sector="COP", code="KENCOP")
    mention = ActorMention(actor=actor, start=0, end=1, sent_index=sent)
    return EventMention(mention, None, "173", trigger, trigger + 1, sent, 0.9)


def test_only_later_sentences_lose_their_past_perfect(nlp):
    doc = nlp("Police had arrested two men. Police had arrested three women.")
    first, second = _event(0, 2), _event(1, 8)
    assert doc[2].lower_ == doc[8].lower_ == "arrested"
    assert without_earlier(doc, [first, second]) == [first]
    assert without_earlier(doc, [second]) == [second]  # the story's first event stays
    assert without_earlier(None, [first, second]) == [first, second]
