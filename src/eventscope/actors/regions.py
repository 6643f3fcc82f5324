"""Groups named for a region or a group of states take the region's code, not a host's country.

CONTRACT:

    drafts = with_regions(doc, drafts)    # same order; regional groups recoded, new ones added

"Arab foreign ministers met in Riyadh" are not Saudi officials, nor are "European diplomats in
Kyiv" Ukrainian: an adjective of ``data/actors/regions.tsv`` (Arab, European, African, Western,
Gulf, Nordic, Latin American ...) before a role of the state (GOV, MIL, LEG: ministers,
leaders, diplomats, envoys, troops, lawmakers) names officials of several states of that
region. CAMEO codes such groups with its region codes (ARBGOV, EURGOV, WSTMIL) and no
country; taking the country of the town they meet in made self-dyads ("Arab ministers in
Riyadh met the Saudi king": SAUGOV -> SAUGOV). The adjective before a word for states
("Gulf states", "Western powers", "African countries") makes such an actor too.

Not recoded: roles with their own country or code ("Arab League officials", "Saudi
ministers"), local offices ("Arab mayors" of a state's towns are that state's), roles of no
state sector ("Arab residents", "African migrants": people of a country, whose country the
context gives) and adjectives that are part of a name ("Western Cape", "Gulf Clan": no role
word follows them).

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("Arab ministers met")
    >>> [d.code for d in with_regions(doc, [Draft(1, 2, sector="GOV", resolution="place")])]
    ['ARBGOV']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .drafts import Draft
from .lexicon import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Sectors a group of states holds; other roles under a regional word are people of a country.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG"})
# Title groups of local offices (agents.tsv): "Arab mayors" run one state's towns.
LOCAL_GROUPS = frozenset({"governor"})
# Words for the states themselves, which the agent lexicon does not list ("Gulf states").
STATE_NOUNS = frozenset({
    "states", "countries", "nations", "powers", "capitals", "monarchies", "allies",
    "neighbours", "neighbors", "partners",
})  # fmt: skip
LONGEST = 2  # words of the longest adjective ("Latin American")


@lru_cache(maxsize=1)
def region_codes() -> dict[str, str]:
    """Lower-case adjective (words joined by one space) -> CAMEO region code."""
    return {name.lower(): code for name, code in read_tsv("regions.tsv", columns=2)}


def with_regions(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with regional groups coded for their region (see the module docstring)."""
    codes = region_codes()
    out = [_regional(doc, d, codes) for d in drafts]
    groups = _state_groups(doc, codes)
    # "Latin American countries": the demonym ending the adjective is no country of its own
    out = [d for d in out if not any(_in_adjective(d, group) for group in groups)]
    taken = {i for d in out for i in range(d.start, d.end)}
    added = [d for d in groups if not taken.intersection(range(d.start, d.end))]
    if not added:
        return out
    return sorted(out + added, key=lambda d: d.start)


def _regional(doc: Doc, draft: Draft, codes: dict[str, str]) -> Draft:
    if draft.code or draft.name or draft.sector not in STATE_SECTORS:
        return draft
    if draft.group in LOCAL_GROUPS or draft.resolution in ("title", "context"):
        return draft
    if draft.resolution == "modifier":
        # "Latin American leaders": a demonym ("American") ending a regional adjective; any
        # other country word decides ("Saudi ministers")
        found = _adjective_before(doc, draft.start + 1, codes, longer_than=1)
    else:
        found = _adjective_before(doc, draft.start, codes)
    if found is None:
        return draft
    start, region = found
    sector = draft.sector or ""
    return replace(draft, start=start, country=None, code=region + sector,
                   resolution="modifier", needs=None, also=())  # fmt: skip


def _adjective_before(
    doc: Doc, start: int, codes: dict[str, str], longer_than: int = 0
) -> tuple[int, str] | None:
    """(first token, region code) of a regional adjective of more than ``longer_than`` words
    ending right before token ``start``."""
    for size in range(LONGEST, longer_than, -1):
        first = start - size
        if first < 0:
            continue
        words = doc[first:start]
        code = codes.get(" ".join(t.lower_ for t in words))
        if code is not None and words[0].is_title:
            return first, code
    return None


def _in_adjective(draft: Draft, group: Draft) -> bool:
    """Whether ``draft`` is a bare word inside the regional adjective of state group ``group``."""
    return group.start <= draft.start and draft.end < group.end and not draft.name


def _state_groups(doc: Doc, codes: dict[str, str]) -> list[Draft]:
    """ "Gulf states", "Western powers": a regional adjective before a word for states."""
    words = doc_words(doc)
    if STATE_NOUNS.isdisjoint(words.lowers):  # cheap: most texts name no group of states
        return []
    found = []
    for i, lower in enumerate(words.lower):
        if lower not in STATE_NOUNS or i == 0:
            continue
        adjective = _adjective_before(doc, i, codes)
        if adjective is not None:
            start, region = adjective
            found.append(Draft(start, i + 1, sector="GOV", code=region + "GOV",
                               resolution="modifier"))  # fmt: skip
    return found
