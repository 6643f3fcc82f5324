"""A titled person with no country takes the country named by "of" after the name (#15)."""

from __future__ import annotations

import pytest

from eventscope.actors import ActorCoder


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load()


def _found(coder: ActorCoder, nlp, text: str) -> list[tuple[str, str | None]]:
    return [(m.actor.text, m.actor.code) for m in coder.find(nlp(text))]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("King Hussein of Jordan said he was ready to talk.", "King Hussein of Jordan", "JORGOV"),
        (
            "Prime Minister Lars Berg of Norway visited the clinic.",
            "Prime Minister Lars Berg of Norway",
            "NORGOV",
        ),
    ],
)
def test_titled_person_of_a_country(coder, nlp, text, phrase, code):
    assert (phrase, code) in _found(coder, nlp, text)


def test_a_place_after_the_name_is_not_the_persons_country(coder, nlp):
    # "in Jordan" says where the meeting was, not whose king he is.
    found = _found(coder, nlp, "President Bush met King Abdullah in Jordan.")
    assert not any(code == "JORGOV" for _, code in found)
