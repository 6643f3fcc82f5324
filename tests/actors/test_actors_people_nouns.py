"""People of a country named by what they do ("Afghan interpreters", "Chinese engineers") are
that country's civilians, never its government; candidates and figures of the opposition are
the opposition (OPP); a politician or a candidate of no named side is CAMEO's elites (ELI), not
the state (#15). Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors import ActorCoder
from eventscope.pipeline import Pipeline


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _codes(coder: ActorCoder, nlp, text: str) -> list[str]:
    return [m.actor.code for m in coder.find(nlp(text)) if m.actor.resolution != "context"]


def _dyads(nlp, text: str) -> set[tuple[str | None, str | None]]:
    events = Pipeline(nlp=nlp).code_text(text, published=date(2022, 5, 3))
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None) for e in events
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dozens of Afghan translators fled to Pakistan.", "AFGCVL"),  # listed noun
        ("Chinese engineers were abducted near the dam.", "CHNCVL"),  # listed noun
        ("Three Iranian economists were detained.", "IRNCVL"),  # "-ist"
        ("Several Syrian physicians left the country.", "SYRCVL"),  # "-ian"
    ],
)
def test_a_country_word_before_a_noun_of_people_names_civilians(coder, nlp, text, code):
    assert code in _codes(coder, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed Turkish coffee exports.",  # a thing, no people
        "The Indian checklist was published.",  # "-ist" but a list
    ],
)
def test_a_country_word_before_a_thing_names_no_civilians(coder, nlp, text):
    assert not [c for c in _codes(coder, nlp, text) if c.endswith("CVL")]


def test_posts_stay_the_armed_forces(coder, nlp):
    assert "RUSMIL" in _codes(coder, nlp, "Ukrainian drones hit Russian positions.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Belarusian police detained two opposition figures in Minsk.", "BLROPP"),
        ("Ugandan police arrested an opposition candidate in Kampala.", "UGAOPP"),
        ("Ugandan police arrested a politician in Kampala.", "UGAELI"),
        ("Ugandan police arrested two presidential candidates in Kampala.", "UGAELI"),
    ],
)
def test_role_words_of_politics(coder, nlp, text, code):
    assert code in _codes(coder, nlp, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany granted asylum to 40 Afghan interpreters.", ("DEUGOV", "AFGCVL")),
        ("The Peruvian government arrested an opposition candidate.", ("PERGOV", "PEROPP")),
        ("Turkish police detained a Kurdish politician in Diyarbakir.", ("TURCOP", "TURELI")),
        ("Turkish police detained three Kurdish interpreters.", ("TURCOP", "TURCVL")),
    ],
)
def test_the_event_falls_on_the_people_not_the_state(nlp, text, dyad):
    assert dyad in _dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        ("Israel barred candidates from Hamas.", "PSEREBHMS", "ELI"),  # an elite of a group
        ("Israel barred candidates from the militant group Hamas.", "PSEREBHMS", "ELI"),
        ("Two activists from Amnesty International were expelled.", "NGOAMN", "OPP"),
        ("A delegation from the World Bank arrived in Kabul.", "IGOWBK", "GOV"),
    ],
)
def test_people_from_an_organisation_are_the_organisation(coder, nlp, text, code, role):
    actors = [m.actor for m in coder.find(nlp(text)) if m.actor.code == code]
    assert all(a.sector != "ELI" for a in actors)  # the organisation's sector, not the role's
    codes = _codes(coder, nlp, text)
    assert code in codes
    assert not [c for c in codes if c.endswith(role)], codes  # not a second actor of the role
