"""Codebook rows for fighting back and for destruction from the air (verbs.tsv, frames.toml)."""

from __future__ import annotations

import pytest
from test_events_support import PUBLISHED


def cameos(pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipeline.code_text(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March, Israeli soldiers returned fire after gunmen shot at a checkpoint near Jenin.",
        "On 5 March, Malian soldiers returned fire when militants attacked their convoy near Gao.",
    ],
)
def test_returning_fire_is_fighting_not_a_return(pipeline, text) -> None:
    found = cameos(pipeline, text)
    assert "190" in found
    assert "084" not in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("On 5 March, Iraqi forces returned two prisoners to Syria.", "084"),
        ("On 5 March, police returned a stolen car to its owner in Lagos, Nigeria.", "084"),
    ],
)
def test_returning_people_or_things_is_still_a_return(pipeline, text, code) -> None:
    assert code in cameos(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "On 5 March, Pakistani warplanes destroyed a Taliban hideout with airstrikes in "
            "North Waziristan.",
            "195",
        ),
        ("On 5 March, Syrian government airstrikes destroyed a hospital in Idlib.", "195"),
        ("On 5 March, Russian bombers destroyed a fuel depot in Kharkiv.", "195"),
        # no aircraft: property destroyed on the ground stays 1712
        ("On 5 March, Houthi rebels destroyed a bridge in Hodeidah.", "1712"),
        ("On 5 March, Israeli bulldozers destroyed Palestinian homes in Hebron.", "1712"),
    ],
)
def test_destruction_from_the_air_is_an_air_attack(pipeline, text, code) -> None:
    found = cameos(pipeline, text)
    assert code in found
    assert ({"195", "1712"} - {code}).isdisjoint(found)
