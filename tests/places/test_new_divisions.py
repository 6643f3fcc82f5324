"""Divisions that GeoNames-in-PyPI lacks because they were created or renamed later, and
regions conflict news names (``data/gazetteer/regions.tsv``, #15). Sentences are our own."""

from __future__ import annotations

import pytest
from test_places import _resolved, cache_dir, resolver

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Militiamen abducted 15 villagers in Ituri province on Saturday.",
            "Ituri province",
            "COD",
        ),
        ("Miners protested in Kolwezi, the capital of Lualaba, on Monday.", "Lualaba", "COD"),
        ("Al-Shabaab fighters attacked a base in Jubaland on Tuesday.", "Jubaland", "SOM"),
        ("Puntland forces clashed with militants near Bosaso.", "Puntland", "SOM"),
        ("Farmers in Oromia said the harvest had failed.", "Oromia", "ETH"),
        ("Cattle raiders killed four herders in Turkana County.", "Turkana County", "KEN"),
        ("A drone strike hit a compound in North Waziristan.", "North Waziristan", "PAK"),
        ("The army shelled villages in Darfur on Sunday.", "Darfur", "SDN"),
        ("Rebels ambushed soldiers in Highland Papua on Friday.", "Highland Papua", "IDN"),
    ],
)
def test_new_divisions_resolve(resolver, nlp, text: str, name: str, country: str) -> None:
    found = _resolved(resolver, nlp, text)
    assert found.get(name) is not None and found[name][1] == country, found
