"""A name is no evidence for its own words: "Mexico" after "Mexico City".

The ranker's second pass weighs each name's candidates by how well they fit the document's
*other* names (same country, same first-level division, nearness). The other mentions of the
same name are left out, since a name cannot support itself. A longer name that opens with
the name's words is the same word said again, too: after "Mexico City", the division
"Mexico City" (GeoNames also calls it "Mexico") sits on the city and outweighed the country
for a later "Mexico's Senate"; "Guatemala" after "Guatemala City" became the department of
Guatemala. A country is what such a word names on its own (a name that is a country's name
resolves to the country or a division, :mod:`.rank`), so for a name with a country reading
the longer name gives no support; other names ("Hays city" and "Hays", two towns' names)
are left as they are.

Example:
    >>> opens_with("mexico city", "mexico"), opens_with("mexicali", "mexico")
    (True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention


def opens_with(other: str, key: str) -> bool:
    """The normalised name ``other`` is ``key`` or begins with its words."""
    return other == key or other.startswith(key + " ")


def own_words(other: Mention, name: Mention) -> bool:
    """``other`` says ``name`` again: the same name, or, when ``name`` may be a country, a
    longer name opening with its words ("Mexico City" for "Mexico")."""
    if other.key == name.key:
        return True
    return opens_with(other.key, name.key) and any(c.is_country for c in name.candidates)
