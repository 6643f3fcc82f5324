"""Three codebook cases from sentences we wrote.

* The classifier's veto is overruled by its own root: "Putin is ready to meet Zelensky"
  (P(event) 0.09, root 03 at 0.79) dropped the rule's 036 (:mod:`eventscope.events.veto`).
* People released are the target, named actor or not: "would release six hostages" (0841,
  or 0353 as an intent).
* A siege is CAMEO 191: "laid siege to X", "the siege of X".
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventscope.events.veto import vetoed


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {(e.source and e.source.actor.code, e.target and e.target.actor.country, e.cameo)
            for e in events.find(doc, actors.find(doc))}  # fmt: skip


def _side(sector: str | None) -> SimpleNamespace | None:
    return None if sector is None else SimpleNamespace(actor=SimpleNamespace(sector=sector))


@pytest.mark.parametrize(
    ("event", "root", "root_prob", "cameo", "sectors", "expected"),
    [
        (0.05, "03", 0.80, "036", ("GOV", "GOV"), False),  # the root head agrees: no veto
        (0.05, "03", 0.50, "036", ("GOV", "GOV"), True),  # not sure enough of its root
        (0.05, "19", 0.90, "036", ("GOV", "GOV"), True),  # another root
        (0.50, "19", 0.90, "036", ("GOV", "GOV"), False),  # not sure there is no event
        (0.05, "03", 0.80, "030", ("BUS", "GOV"), True),  # company news: the veto stands
        (0.05, "03", 0.80, "030", ("GOV", None), True),  # no target: the veto stands
    ],
)
def test_vetoed(event, root, root_prob, cameo, sectors, expected):
    guess = SimpleNamespace(event=event, root=root, root_prob=root_prob)
    kept = SimpleNamespace(
        cameo=cameo, source=_side(sectors[0]), target=_side(sectors[1]), pattern="frame:plan"
    )
    assert vetoed(guess, [kept], veto_event=0.1) is expected


@pytest.mark.parametrize(
    ("pattern", "sectors", "expected"),
    [
        ("verb:criticise", ("PTY", "PTY"), False),  # a verb row between two named actors stands
        ("verb:acquire", ("BUS", "BUS"), True),  # company news: the veto stands
        ("verb:say", ("GOV", None), True),  # no target: the veto stands
        ("noun:talk", ("GOV", "GOV"), True),  # not a verb row
    ],
)
def test_verb_rows_of_political_dyads_stand(pattern, sectors, expected):
    guess = SimpleNamespace(event=0.02, root="08", root_prob=0.9)
    kept = SimpleNamespace(
        cameo="111", source=_side(sectors[0]), target=_side(sectors[1]), pattern=pattern
    )
    assert vetoed(guess, [kept], veto_event=0.1) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin is ready to meet Zelensky, the Kremlin said.", ("RUSGOV", "UKR", "036")),
        ("Hamas released two American hostages on Friday.", ("PSEREBHMS", "USA", "0841")),
        ("The Taliban released an American detained for two years.", ("AFG", "USA", "084")),
        ("Russian troops laid siege to Mariupol in March.", ("RUSMIL", None, "191")),
        ("Sudan's paramilitary Rapid Support Forces laid siege to El Fasher.",
         ("SDN", None, "191")),
    ],
)  # fmt: skip
def test_coded(nlp, actors, events, text, expected):
    source, target, code = expected
    found = coded(nlp, actors, events, text)
    assert any(s.startswith(source) and t == target and c == code for s, t, c in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Colombian rebels said they would release six hostages as a goodwill gesture.", "0353"),
        ("Cuba released 50 political prisoners.", "0841"),
        ("Sudanese rebels released three detainees on Sunday.", "0841"),
    ],
)
def test_people_released(nlp, actors, events, text, code):
    assert any(c == code for _, _, c in coded(nlp, actors, events, text))
