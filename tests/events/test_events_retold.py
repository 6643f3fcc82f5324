"""A noun in a later sentence that retells, naming nobody, an event of the same root already
coded is no second event (events/retold.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events.retold import one_telling
from eventscope.models import Actor, ActorMention, EventMention

ON = date(2024, 3, 5)

RETOLD = [
    ("Workers demonstrated in Dhaka on Sunday over unpaid wages. "
     "The demonstration ended peacefully in the evening.", "demonstration"),
    ("Residents blocked a highway near Durban on Monday. "
     "The protest was over water shortages.", "protest"),
    ("Villagers protested in Chennai against a new dam on Monday. "
     "The rally ended peacefully.", "rally"),
    ("Residents protested in Karachi over power cuts on Monday. "
     "Police said the protest was peaceful.", "protest"),
    ("Drivers went on strike in Lagos on Monday. The strike paralysed the city.", "strike"),
    ("Taxi drivers protested in Nairobi on Tuesday against new fees. "
     "The protest ended in the afternoon.", "protest"),
    ("Farmers protested in Lahore against the price of wheat. "
     "The protest lasted three hours.", "protest"),
    ("Students marched through the centre of Bogota on Friday. "
     "The march was the largest this year.", "march"),
    ("Hundreds of pensioners protested in Athens on Wednesday. "
     "This was the third protest this month.", "protest"),
    ("Doctors staged a sit-in at the main hospital in Lagos on Monday. "
     "The protest ended when the governor agreed to meet them.", "protest"),
    ("Nurses demonstrated in front of the health ministry in Santiago. "
     "The demonstration took place despite the lockdown.", "demonstration"),
    ("Shopkeepers protested in Tunis against new taxes on Thursday. "
     "The protests continued into the night.", "protests"),
    ("Miners protested outside the company offices in Lima on Monday. "
     "The demonstration was peaceful and no arrests were made.", "demonstration"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "noun"), RETOLD)
def test_an_unnamed_retelling_is_not_a_second_event(pipeline, text, noun):
    events = pipeline.code_text(text, published=ON)
    assert events, "the first sentence's event is coded"
    assert not [e for e in events if e.sentence_index == 1 and e.trigger == noun]


KEPT = [
    # a noun that names its party is an event of its own
    ("Nurses protested outside the health ministry in Lima on Monday. "
     "A protest by taxi drivers followed on Tuesday.", "protest"),
    # a noun that names the attack's victims tells its outcome
    ("Rebels shelled the town of Idlib on Monday. The shelling killed three people.", "shelling"),
    # a verb tells a new act, even of the same root
    ("Workers demonstrated in Dhaka on Sunday over unpaid wages. "
     "Police arrested two union leaders on Monday.", "arrested"),
    # another root: the arrests are not the protest told again
    ("Police arrested ten students in Nairobi on Monday. "
     "The arrests drew criticism from Amnesty International.", "criticism"),
    # a noun in the first sentence with an event of its root is the news itself
    ("The protest by nurses in Lima ended on Monday.", "protest"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger"), KEPT)
def test_named_verbal_and_other_events_stay(pipeline, text, trigger):
    events = pipeline.code_text(text, published=ON)
    assert [e for e in events if e.trigger == trigger]


def _event(cameo: str, sent: int, source: str, trigger: int) -> EventMention:
    actor = Actor(text=source, start=0, end=1 if source else 0, country="PER", sector="OPP",
                  code="PEROPP", resolution="dictionary" if source else "implied")  # fmt: skip
    mention = ActorMention(actor=actor, start=0, end=1, sent_index=sent)
    return EventMention(mention, None, cameo, trigger, trigger + 1, sent, 0.6)


def test_order_does_not_matter_and_no_doc_keeps_all(nlp):
    doc = nlp("Nurses protested in Lima. The protest ended.")
    lead, again = _event("141", 0, "Nurses", 1), _event("141", 1, "", 6)
    assert one_telling(doc, [again, lead]) == [lead]
    assert one_telling(None, [again, lead]) == [again, lead]
    named = _event("141", 1, "Nurses", 6)
    assert one_telling(doc, [lead, named]) == [lead, named]


def test_the_first_telling_takes_the_higher_confidence(nlp):
    doc = nlp("Nurses protested in Lima. The protest ended.")
    lead, again = _event("141", 0, "Nurses", 1), _event("141", 1, "", 6)
    sure = EventMention(again.source, None, "141", 6, 7, 1, 0.9)
    assert [e.confidence for e in one_telling(doc, [lead, sure])] == [0.9]
    assert one_telling(doc, [lead, again]) == [lead]  # 0.6 each: nothing to raise
