"""An aside ", armed with X," that the parser hangs on the verb says the verb's doer (its
subject or its "by" agent) is armed: UAF, as "armed youths" (actors/armed.py, issue 15).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest


def _sectors(actors, nlp, text):
    return {m.actor.text: m.actor.sector for m in actors.find(nlp(text), on=date(2020, 5, 9))}


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("A forest ranger was attacked by a group of youths, armed with machetes, near Kisii "
         "on Monday.", "youths", "UAF"),
        ("On 5 May, a wildlife officer was attacked by a group of herders, armed with spears, "
         "over grazing land near Isiolo.", "herders", "UAF"),
        ("A village chief was beaten by residents, armed with sticks, after a land dispute on "
         "Sunday.", "residents", "UAF"),
        ("Two teachers were assaulted by students, armed with iron rods, at a college in Patna "
         "on Friday.", "students", "UAF"),
        ("A group of farmers, armed with machetes, attacked a herders' camp near Makurdi on "
         "Tuesday.", "farmers", "UAF"),
        # the aside after an object describes the one acted on, not a doer
        ("Police arrested two youths, armed with knives, near the market on Monday.", "youths",
         "CVL"),
        # no aside: the people keep their sector
        ("A ranger was attacked by youths near Kisii on Monday.", "youths", "CVL"),
        ("Two teachers were assaulted by students at a college in Patna on Friday.", "students",
         "EDU"),
    ],
)  # fmt: skip
def test_an_armed_aside_after_the_doer_makes_it_an_armed_group(actors, nlp, text, word, sector):
    assert _sectors(actors, nlp, text).get(word) == sector
