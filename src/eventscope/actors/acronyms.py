"""An acronym with more than one owner is the owner whose full name the story spells out.

CONTRACT:

    hits = with_spelled_owners(doc, hits)   # same list, a shared acronym's hit re-owned

The lexicon reads "RSF" as Sudan's Rapid Support Forces (the owner of most news that uses the
acronym; ``armed_groups.csv``), "ADF" as Uganda's and Congo's Allied Democratic Forces, "SDF"
as the Syrian Democratic Forces. A story about press freedom that names "Reporters Without
Borders (RSF)" means the NGO, one about Australia's army that names the "Australian Defence
Force (ADF)" that force: news spells an organisation out once and uses the acronym after. When
the text holds one of the other owners' full names (``data/actors/acronym_owners.tsv``, case
and hyphens ignored), every hit of that acronym (the capitalised acronym itself, not a
lower-case word) is that owner. Without the full name the acronym keeps the lexicon's owner.

Example:
    >>> _folded("Reporters Without Borders (RSF) said")
    'reporters without borders rsf said'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from .lexicon import Entry, Hit, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc

NON_WORD = re.compile(r"[^\w]+")


def _folded(text: str) -> str:
    """``text`` in lower case with every run of non-word characters one space."""
    return NON_WORD.sub(" ", text.lower()).strip()


@cache
def acronym_owners() -> Mapping[str, tuple[tuple[str, Entry], ...]]:
    """Acronym -> (folded full name, the owner's entry) of each other owner, table order."""
    owners: dict[str, list[tuple[str, Entry]]] = {}
    for acronym, name, code, country, sector in read_tsv("acronym_owners.tsv", columns=5):
        entry = Entry(
            "org", country=None if country == "-" else country, sector=sector, code=code, name=name
        )
        owners.setdefault(acronym, []).append((_folded(name), entry))
    return MappingProxyType({k: tuple(v) for k, v in owners.items()})


def with_spelled_owners(doc: Doc, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` with each shared acronym's hit read as the owner the story spells out (see the
    module docstring); other hits unchanged, same order."""
    owners = acronym_owners()
    shared = [h for h in hits if h.end - h.start == 1 and doc[h.start].text in owners]
    if not shared:
        return list(hits)
    text = f" {_folded(doc.text)} "
    chosen: dict[str, Entry] = {}
    for acronym in {doc[h.start].text for h in shared}:
        spelled = next((e for name, e in owners[acronym] if f" {name} " in text), None)
        if spelled is not None:
            chosen[acronym] = spelled
    return [
        replace(h, entry=chosen[doc[h.start].text])
        if h in shared and doc[h.start].text in chosen
        else h
        for h in hits
    ]
