""" "Hit" or "damage" is an attack when something armed does it: CAMEO 190, aerial 195,
artillery 194.

"Russian missiles hit Kyiv" coded nothing from the rules, and the classifier guessed aid
(070) or a threat (130). "Hit" now codes an attack when its subject's phrase or its "with"
object names a weapon, an aircraft or an armed force (:mod:`eventscope.events.impacts`); a
storm, sanctions or prices that hit something code no attack. Air words make an attack
named by a light verb's object aerial ("carried out air strikes"), and a show of force is 150.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from eventscope.events.impacts import armed_doer


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {(e.source and e.source.actor.code, e.target and e.target.actor.country, e.cameo)
            for e in events.find(doc, actors.find(doc))}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Iran's missiles hit Israel.", "IRNMIL", "ISR", "195"),
        ("Ukraine's drones hit an oil refinery in Russia.", "UKRMIL", None, "195"),
        ("Israeli jets hit targets in southern Lebanon.", "ISRMIL", None, "195"),
        ("Turkish artillery hit Kurdish positions in northern Syria.", "TURMIL", None, "194"),
        ("The Syrian army hit rebel positions in Idlib with rockets.", "SYRMIL", None, "194"),
        ("Pakistani troops hit militant hideouts near the Afghan border.", "PAKMIL", None,
         "190"),
        # "damage" likewise: the drones' owner damaged the ship's
        ("Ukrainian drones damaged a Russian warship in the Black Sea.", "UKRMIL", "RUS", "195"),
        ("Israeli air strikes damaged a UN school in Gaza.", "ISRMIL", None, "195"),
        # a passive's "by" agent, and the "of" object of a measure noun
        ("Kyiv was hit by a wave of Russian drones overnight.", "RUSMIL", "UKR", "195"),
        # an attack named by a light verb's object is aerial with air words too
        ("Pakistan carried out air strikes on militant hideouts in Afghanistan.", "PAKMIL",
         None, "195"),
        ("Russia launched a massive missile attack on Ukraine's energy grid.", "RUSMIL", "UKR",
         "195"),
        # "air" naming a place makes no air strike
        ("Ukrainian forces launched an offensive near the Russian air base at Kursk.",
         "UKRMIL", None, "190"),
        # CAMEO 150 "demonstrate military or police power"
        ("The United States staged a show of force near North Korea with B-52 bombers.",
         "USAMIL", "PRK", "150"),
    ],
)  # fmt: skip
def test_an_armed_hit_is_an_attack(nlp, actors, events, text, source, target, code):
    found = coded(nlp, actors, events, text)
    assert any(s == source and c == code and (target is None or t == target)
               for s, t, c in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "A storm hit the coast of Bangladesh.",
        "The scandal hit Pakistan's government.",
        "Russia's exports to China hit a record in March.",
        "US sanctions hit Iran's economy hard.",
        "Iran's economy was hit by a wave of US sanctions.",
        "Floods damaged thousands of homes in Pakistan.",
        "The trade war damaged China's economy.",
    ],
)
def test_an_unarmed_hit_is_no_attack(nlp, actors, events, text):
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in coded(nlp, actors, events, text))


@pytest.mark.parametrize(
    ("text", "armed"),
    [("Russian missiles hit Kyiv.", True), ("A storm hit the coast.", False),
     ("Police hit the crowd with batons.", False), ("They hit the town with rockets.", True)],
)  # fmt: skip
def test_armed_doer(nlp, text, armed):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "hit")
    words = frozenset({"missile", "rocket"})
    assert armed_doer(verb, words) is armed
