"""Recall of events whose verb the patterns missed (#15): a negated future of a cooperative
act is a refusal (CAMEO 12x), "stepped up attacks" carries out the attack, "imposed a blockade"
is 191. Sentences we wrote."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.cameo,
        )
        for e in events.find(doc, actors.find(doc))
    }


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        # CAMEO 124x "refuse to yield": 1244 ease sanctions, 1243 release persons, 1246 de-escalate
        ("Japan will not lift its sanctions on North Korea until the abductees return.",
         "JPN", "PRK", "1244"),
        ("The Chinese foreign minister said Beijing would not release the Canadian detainees.",
         "CHN", "CAN", "1243"),
        ("Kenya won't withdraw its troops from Somalia, the defence minister said.",
         "KEN", "SOM", "1246"),
        # CAMEO 125 "reject proposal to meet"
        ("Egypt will not meet Ethiopian officials next week.", "EGY", "ETH", "125"),
    ],
)  # fmt: skip
def test_a_negated_future_of_cooperation_is_a_refusal(
    nlp, actors, events, text, source, target, code
):
    assert (source, target, code) in coded(nlp, actors, events, text)


@pytest.mark.parametrize(
    ("text", "banned_roots"),
    [
        # a negated future of a hostile act refuses nothing: no event (as before)
        ("Russia would impose no restrictions on Turkish imports, a minister said.", {"16", "12"}),
        ("Pakistan will not attack India, the prime minister said.", {"19", "12"}),
        # a negated past is no event and no refusal
        ("Brazil did not lift the ban on Argentine beef.", {"08", "12"}),
    ],
)
def test_other_negations_code_no_refusal(nlp, actors, events, text, banned_roots):
    found = {code[:2] for _, _, code in coded(nlp, actors, events, text)}
    assert not found & banned_roots, found


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Taliban fighters have stepped up attacks on Afghan police.", "AFG", "AFG", "190"),
        ("Russian forces intensified attacks on Ukrainian positions.", "RUS", "UKR", "190"),
        ("Israeli forces imposed a blockade on the Gaza Strip.", "ISR", "PSE", "191"),
    ],
)
def test_more_of_an_event_noun_is_the_event(nlp, actors, events, text, source, target, code):
    assert (source, target, code) in coded(nlp, actors, events, text)


def test_winding_down_an_event_noun_is_not_the_event(nlp, actors, events):
    doc = nlp("The Kenyan opposition stepped down its protests against the government.")
    patterns = [e.pattern for e in events.find(doc, actors.find(doc))]
    assert not any(p.startswith("verb:step") for p in patterns), patterns


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        # CAMEO 152's own description: being kept on alert is heightened military readiness
        ("Indian soldiers stayed on high alert along the border with Pakistan.", "IND", "152"),
        ("The Philippine army went on alert after the attack.", "PHL", "152"),
        # a verb with no object: its required preposition's object names the act (0356, the
        # codebook's own example of agreeing to a ceasefire)
        ("Hamas and Israel agreed to a ceasefire on Tuesday.", "ISR", "0356"),
        ("Russia launched cyber warfare against Britain.", "RUS", "190"),
    ],
)
def test_the_object_of_the_rows_preposition_names_the_act(nlp, actors, events, text, source, code):
    assert any(src == source and c == code for src, _, c in coded(nlp, actors, events, text))


def test_other_objects_of_the_preposition_code_nothing(nlp, actors, events):
    found = coded(nlp, actors, events, "Egyptian officials remained on the sidelines of the talks.")
    assert not any(code.startswith("15") for _, _, code in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # CAMEO 082 "cancel, suspend, or postpone any (non-war) activity of political dissent"
        ("Sudanese doctors suspended their strike after talks with the government.", "082"),
        ("Chilean students postponed their march against the government.", "082"),
        # its refusal has its own code (1242, as 1244 for sanctions and 1243 for persons)
        ("Serbian teachers will not end their strike unless Belgrade raises wages.", "1242"),
        ("Japan will not lift its sanctions on North Korea.", "1244"),
    ],
)
def test_easing_dissent_and_refusing_each_kind_of_yield(nlp, actors, events, text, code):
    assert code in {c for _, _, c in coded(nlp, actors, events, text)}


def test_police_ending_a_protest_do_not_ease_dissent(nlp, actors, events):
    found = coded(nlp, actors, events, "Kenyan police ended the protest against the government.")
    assert "082" not in {code for _, _, code in found}, found


@pytest.mark.parametrize(
    "text",
    [
        # CAMEO 085 "ease economic sanctions, boycott, or embargo", however it is put
        "The U.S. Treasury removed the sanctions on Russian aluminium companies.",
        "The European Union scrapped its embargo on Iranian oil.",
        "Saudi Arabia lifted its boycott of Qatari goods.",
    ],
)
def test_removing_sanctions_eases_them(nlp, actors, events, text):
    found = {code for _, _, code in coded(nlp, actors, events, text)}
    assert "085" in found and not any(code.startswith("16") for code in found), found
