"""Whether a name followed by a kind word is read without it ("Hays city" as "Hays").

A name the gazetteer also knows with a kind word after it ("Horry County", "Quebec City")
is read whole. When the longer spelling is no place's own name, only an alternate name of
some of the short name's towns, reading it whole hides the short name's other namesakes:
"Hays city in western Yemen" listed only Hays, Kansas (which GeoNames also calls "Hays
City"), so no rule could move it to Yemen's Hays. Such a name is read by its short spelling,
every namesake kept; the kind word still says what it is.

Example:
    >>> keeps_short((), (), ("hays", "hays city"))
    False
"""

from __future__ import annotations

from collections.abc import Sequence

from .contain import larger_town
from .gazetteer import Candidate
from .spelling import own_name


def keeps_short(
    short: Sequence[Candidate], longer: Sequence[Candidate], keys: tuple[str, str]
) -> bool:
    """The kind word stays out of the name: :func:`~.contain.larger_town`, or the longer
    name (``keys``: short, longer) is no place's own name and lists only towns the short
    name also reads, which has more ("Hays city": Kansas's Hays and Yemen's), none of
    them a country, an area or a state.

    "Laurel County" (a county's own name), "Quebec City", and "Gaza City" (the short name
    is also an area) stay whole.
    """
    if larger_town(short, longer, keys):
        return True
    long_key = keys[1]
    if not longer or any(own_name(c.place.name, long_key) for c in longer):
        return False
    # "Gaza City", "New York City": the kind word tells the town from the area or state (a
    # district named after its town, Yemen's Hays, is no such rival).
    if any(c.is_country or c.is_division or c.is_area for c in longer):
        return False
    if any(c.is_country or c.is_area or c.place.feature_code == "ADM1" for c in short):
        return False
    rows = {c.row for c in short}
    return len(rows) > len(longer) and all(c.row in rows for c in longer)
