"""A title that names an office of one organisation ("Secretary-General") (#15): the body named
before it wins, hyphenated or not; with no body in the text it is the UN's, as in the CAMEO
dictionaries; a possessive or an "of" phrase names the body elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors import ActorCoder


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _codes(coder: ActorCoder, nlp, text: str) -> list[str | None]:
    return [m.actor.code for m in coder.find(nlp(text))]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a named body before the title, with and without the hyphen, with a known person
        # whose own entry (an earlier national post) must not win
        ("Arab League Secretary-General Amr Moussa condemned the raid.", "IGOARBARL"),
        ("Arab League Secretary General Amr Moussa condemned the raid.", "IGOARBARL"),
        ("NATO Secretary-General Jens Stoltenberg criticised the drills.", "IGOWSTNAT"),
        ("UN Secretary-General Ban Ki-moon spoke on Monday.", "IGOUNO"),
        ("The Arab League Secretary-General condemned the raid.", "IGOARBARL"),
        ("The Arab League's Secretary-General condemned the raid.", "IGOARBARL"),
        ("OPEC Secretary-General Tomas Halvorsen met the delegates.", "IGOOPC"),
        # no body: the UN's
        ("The Secretary-General condemned the raid.", "IGOUNO"),
        ("Secretary-General Kofi Annan spoke on Monday.", "IGOUNO"),
        # the body after the title
        ("The secretary-general of NATO criticised the drills.", "IGOWSTNAT"),
    ],
)
def test_the_body_of_a_secretary_general(coder, nlp, text, code):
    assert _codes(coder, nlp, text)[0] == code


def test_a_possessive_title_is_not_the_uns(coder, nlp):
    # "its secretary general": the body is the antecedent of "its", never the UN by default
    codes = _codes(coder, nlp, "The party said its secretary general would resign.")
    assert "IGOUNO" not in codes


def test_a_dated_office_holder_keeps_the_office_on_that_date(coder, nlp):
    doc = nlp("Arab League Secretary-General Amr Moussa condemned the raid.")
    codes = [m.actor.code for m in coder.find(doc, on=date(2005, 3, 1))]
    assert codes[0] == "IGOARBARL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Guatemala's attorney general resigned on Friday.", "JUD"),
        ("Police questioned the attorney-general of Brazil.", "JUD"),
        ("Ukraine's prosecutor general opened a case.", "JUD"),
        ("The inspector general of the ministry resigned.", "GOV"),
        ("A Russian general was killed in Moscow.", "MIL"),
    ],
)
def test_a_general_of_the_law_is_no_soldier(coder, nlp, text, sector):
    """ "attorney general", "prosecutor general": the longest phrase wins over "general" (MIL)."""
    sectors = [m.actor.sector for m in coder.find(nlp(text))]
    assert sector in sectors, sectors
    if sector != "MIL":
        assert "MIL" not in sectors, sectors
