"""A place noun written with a capital ("Barangay Basak", "Colonia Centro") is no misspelt
town: the one-edit look-up skips it (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import cache_dir, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A trader was shot dead in Barangay Basak, Negros Oriental, on Friday.", "Barangay"),
        ("Residents gathered in Barangay Lumbia to protest against the power cuts.", "Barangay"),
    ],
)
def test_a_place_noun_is_no_misspelt_town(resolver, nlp, text, word) -> None:
    found = {m.text: m.place for m in resolver.find(nlp(text))}
    assert found.get(word) is None


def test_the_place_noun_is_what_kept_it_out(resolver) -> None:
    # Without the rule the word is one edit from a town abroad (Burunday, Kazakhstan).
    assert resolver.gazetteer.fuzzy_lookup("Barangay")
    assert "barangay" in resolver.lexicon.place_nouns
