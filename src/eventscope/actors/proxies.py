"""Forces led by a people or backed by another: not the state's own forces.

CONTRACT:

    drafts = with_proxy_forces(doc, drafts)   # same list, such forces REB instead of MIL

A bare force noun ("forces", "troops", "fighters") with no country of its own is coded MIL of
the place's country: the state's military. But forces named by who leads or backs them are
not the state's: "Kurdish-led forces" in Syria are an armed movement, "US-backed forces",
"Turkish-backed fighters" and "Russian-backed troops" are a sponsor's local allies, not the
sponsor's army nor the place's. CAMEO codes a non-state armed movement as rebels, REB (of the
place's country, as before). A state that leads forces is their owner ("Saudi-led forces",
"US-led troops" stay MIL), and so is a government or army that leads or backs them
("government-backed forces", "army-led units"); forces an international body backs are the
recognised state's ("UN-backed forces"), as are those the phrase itself calls the government's
("Saudi-backed government forces").

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("calm forces")
    >>> with_proxy_forces(doc, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .drafts import Draft
from .lexicon import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MILITARY = "MIL"
REBELS = "REB"
# Nouns of armed forces a place's state is assumed to own (lemmas and plural forms).
FORCE_NOUNS = frozenset({"force", "forces", "troop", "troops", "fighter", "fighters", "unit",
                         "units", "soldier", "soldiers"})  # fmt: skip
# Participles naming a sponsor ("US-backed"); "led" names a leader (see _LED).
BACKING = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained"})
_LED = "led"
# Sponsors or leaders that make the forces the state's own ("government-backed forces"), and
# international bodies that back a recognised state's ("UN-backed forces").
STATE_WORDS = frozenset(
    {"government", "state", "army", "military", "regime", "ministry", "police", "coalition",
     "un", "nato", "au", "ecowas", "igad", "sadc", "eu", "amisom", "international"}
)  # fmt: skip


def with_proxy_forces(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with forces led by a people or backed by another coded REB, not MIL."""
    # the document's words, read once per document: most texts name no such forces
    if (BACKING | {_LED}).isdisjoint(doc_words(doc).lowers):
        return list(drafts)
    return [replace(d, sector=REBELS, also=()) if _proxy(doc, d) else d for d in drafts]


def _proxy(doc: Doc, draft: Draft) -> bool:
    if draft.sector != MILITARY or draft.code or draft.person or draft.start >= draft.end:
        return False
    head = doc[draft.start : draft.end].root
    if head.lower_ not in FORCE_NOUNS:
        return False
    for token in doc[head.left_edge.i : draft.start]:
        if token.lower_ in BACKING or token.lower_ == _LED:
            # "Saudi-backed government forces": the phrase names them the state's
            own = {t.lower_ for t in doc[token.i + 1 : head.i]} & STATE_WORDS
            return not own and _by_other(token, draft.country)
    return False


def _by_other(participle: Token, country: str | None) -> bool:
    """The word before ``participle`` ("Kurdish" in "Kurdish-led") names someone other than
    the forces' own state."""
    before = participle.i - 1
    if before >= 0 and participle.doc[before].lower_ == "-":
        before -= 1
    if before < 0:
        return False
    sponsor = participle.doc[before].lower_
    if sponsor in STATE_WORDS:
        return False
    owner = _countries().get(sponsor)
    if participle.lower_ == _LED:
        return owner is None  # "Saudi-led forces" are Saudi Arabia's
    return owner != country


@lru_cache(maxsize=1)
def _countries() -> MappingProxyType[str, str]:
    """Lower-case nationality words and country names -> country (demonyms.tsv,
    country_names.tsv): the sponsors or leaders that are states."""
    found: dict[str, str] = {}
    for name in ("demonyms.tsv", "country_names.tsv"):
        for word, country in read_tsv(name, columns=2):
            found.setdefault(word.lower(), country)
    return MappingProxyType(found)
