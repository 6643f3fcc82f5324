"""Appeals and demands to a named actor (02x, 10x), phone talks with no "with" (041), tribute
(051), and events a sentence says are ended or given up (issue 15: both actors found, no
event or a classifier guess)."""

from __future__ import annotations

import pytest


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo)
        for e in events.find(doc, actors.find(doc))
        if e.source
    }


# The act asked for has no pattern ("allow", "halt", "lower"): the appeal itself is coded, 020
# (or 100 for "pressured", a demand), from the subject to the one asked.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letting aid in is a row (0863): asking for it is the appeal to allow it, 0255
        ("The United States pressed Israel to allow more aid into Gaza.", ("USA", "ISR", "0255")),
        ("Japan urged North Korea to halt its missile tests.", ("JPN", "PRK", "020")),
        ("France persuaded Germany to back the plan.", ("FRA", "DEU", "020")),
        ("The European Union lobbied Turkey to reopen its border.", (None, "TUR", "020")),
        ("Brazil pressured Argentina to lower its tariffs.", ("BRA", "ARG", "100")),
        ("Egypt called on Israel to halt its military operations.", ("EGY", "ISR", "020")),
    ],
)
def test_appeal_whatever_is_asked(nlp, actors, events, text, expected):
    source, target, code = expected
    found = coded(nlp, actors, events, text)
    assert any((source in (None, s)) and t == target and c == code for s, t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "China did not ask Russia to stop the war.",
        "Japan never urged North Korea to halt its missile tests.",
    ],
)
def test_no_appeal_when_negated(nlp, actors, events, text):
    assert not any(c.startswith("02") for _, _, c in coded(nlp, actors, events, text))


# The asked act's own code wins over the bare appeal when a pattern codes it; the model's
# reading of the asked act (material cooperation) does not add a second event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States asked Iran to release the detained sailors.", ("USA", "IRN", "0253")),
        ("Mexico asked the United States to extradite the drug lord.", ("MEX", "USA", "021")),
        ("Kenya asked Somalia to free the kidnapped aid workers.", ("KEN", "SOM", "0253")),
    ],
)
def test_asked_act_gives_the_appeal_code(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert expected in found
    assert {(s, t) for s, t, _ in found} == {expected[:2]}, found
    assert len(found) == 1, found


# "X failed to persuade Y to lift its veto on aid to Z": no veto by X on Z (129); an appeal to Y.
@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        ("Germany failed to persuade Hungary to lift its veto on aid to Ukraine.", ("DEU", "HUN")),
        ("France urged Poland to drop its embargo on grain from Ukraine.", ("FRA", "POL")),
    ],
)
def test_giving_up_an_event_is_not_the_event(nlp, actors, events, text, appeal):
    found = coded(nlp, actors, events, text)
    assert not any(c.startswith(("12", "16")) for _, _, c in found), found
    assert any((s, t) == appeal and c.startswith("02") for s, t, c in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Putin and Erdogan talked by telephone on Monday.", ("RUS", "TUR")),
        ("The Kenyan president and his Tanzanian counterpart spoke by phone.", ("KEN", "TZA")),
        ("The leaders of Chile and Peru spoke on the phone on Sunday.", ("CHL", "PER")),
    ],
)
def test_phone_talks_without_with(nlp, actors, events, text, pair):
    found = coded(nlp, actors, events, text)
    assert (*pair, "041") in found and (pair[1], pair[0], "041") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Indian prime minister spoke on the phone with the Japanese premier.",
            ("IND", "JPN", "041"),
        ),
        ("Chile's foreign minister spoke with Peru's ambassador on Monday.", ("CHL", "PER", "040")),
    ],
)
def test_phone_with_a_partner(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece paid tribute to the Cypriot president.", ("GRC", "CYP", "051")),
        ("The Polish president paid homage to Lithuania's war dead.", ("POL", "LTU", "051")),
    ],
)
def test_tribute_is_praise(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)


# CAMEO 164 "halt negotiations": abandoning talks ends them; it is no meeting (040).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EC farm ministers abandoned talks with the United States on milk quotas.",
            ("USA", "164"),
        ),
        ("Britain and France abandoned negotiations on the fishing dispute.", ("FRA", "164")),
    ],
)
def test_abandoned_talks_are_halted(nlp, actors, events, text, expected):
    found = coded(nlp, actors, events, text)
    assert any((t, c) == expected for _, t, c in found), found
    assert not any(c == "040" for _, _, c in found), found


# Light verb + event noun: an offer or pledge "of aid" is 033 (of the kind its modifier names:
# 0331-0333), giving approval or backing is 051, playing host is 043; the target is the "to" actor.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan made an offer of humanitarian aid to Armenia.", ("AZE", "ARM", "0333")),
        ("Kuwait made a pledge of emergency relief to Syria.", ("KWT", "SYR", "0333")),
        ("Germany renewed its offer of military assistance to Moldova.", ("DEU", "MDA", "0332")),
        ("Turkey gave its approval to Sweden's membership bid.", ("TUR", "SWE", "051")),
        ("Qatar gave its backing to the Sudanese peace plan.", ("QAT", "SDN", "051")),
        ("Egypt played host to Israeli negotiators.", ("EGY", "ISR", "043")),
    ],
)
def test_light_verb_nouns(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan rejected an offer of humanitarian aid from Armenia.",
        "The band played host to a crowd of fans.",
    ],
)
def test_light_verb_nouns_not_coded(nlp, actors, events, text):
    assert not any(c[:3] in ("033", "043") for _, _, c in coded(nlp, actors, events, text))


# A passive expulsion with no "by": the state expels from its own territory (CAMEO 161 for
# diplomats, 166 for missions, 174 for people).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Iranian diplomat was expelled from Germany on Friday.", ("DEU", "IRN", "161")),
        ("Two Russian diplomats were expelled from Poland for spying.", ("POL", "RUS", "161")),
        ("Hundreds of Sudanese migrants were expelled from Tunisia.", ("TUN", "SDN", "174")),
        ("Two Russian diplomats were expelled by Poland.", ("POL", "RUS", "161")),
    ],
)
def test_expelled_from_a_country(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)


def test_recalled_from_is_no_act_of_the_place(nlp, actors, events):
    found = coded(nlp, actors, events, "The Senegalese ambassador was recalled from Mauritania.")
    assert not any(s == "MRT" for s, _, _ in found), found
