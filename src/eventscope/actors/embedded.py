"""Names inside longer names, and names a text shortens: "Karen National Liberation Army" is
not Colombia's National Liberation Army; "the Arakan Army (AA)" is "the AA" later on.

CONTRACT:

    hits = with_acronyms(doc, longer_names(doc, hits, on))

A dictionary name of a non-state group ("National Liberation Army", "Liberation Front") found
right after capitalised words of the same proper name ("Karen", "Ta'ang": compounds of the
name that no dictionary entry covers) is a piece of another group's name. Coding the known
group would move the event to its country (COL for an army of Myanmar), so the whole name
becomes an unnamed group of the known one's sector (REB ...), whose country comes from the
context like any role's (actors/context.py). A name after a determiner, a nationality
("Colombian National Liberation Army") or at the start of a sentence stays the known group.

An actor name followed by an acronym in brackets ("the Arakan Army (AA)", "the Karen National
Liberation Army (KNLA)") defines that acronym for the rest of the text: each later "AA" that
no dictionary entry covers is the same actor.

Example:
    >>> longer_names(None, [Hit(0, 1, Entry("org"))], None)[0].entry.kind
    'org'
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .lexicon import Entry, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Sectors of the non-state groups whose names other groups' names contain.
GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "PTY", "CRM"})


def longer_names(doc: Doc | None, hits: list[Hit], on: date | None) -> list[Hit]:
    """``hits``, each group name inside a longer name made an unnamed group over the whole
    name (see the module docstring)."""
    if doc is None:
        return hits
    out: list[Hit] = []
    for hit in hits:
        floor = out[-1].end if out else 0  # never over the words of the hit before
        out.append(_longer(doc, hit, on, floor))
    return out


def _longer(doc: Doc, hit: Hit, on: date | None, floor: int) -> Hit:
    if hit.entry.kind != "org" or hit.entry.user or hit.end - hit.start < 2:
        return hit
    sector = _group_sector(hit.entry.code_on(on) or "")
    if sector is None:
        return hit
    start = hit.start
    while start > floor and _name_piece(doc, start - 1, hit):
        start -= 1
    if start == hit.start:
        return hit
    return Hit(start, hit.end, Entry("agent", sector=sector, name=doc[start : hit.end].text))


def _group_sector(code: str) -> str | None:
    if code.startswith("IMG"):
        return "REB"
    return code[3:6] if len(code) >= 6 and code[3:6] in GROUP_SECTORS else None


def _name_piece(doc: Doc, i: int, hit: Hit) -> bool:
    """A capitalised proper noun compounded into the name (not its first word of a sentence)."""
    token = doc[i]
    if token.pos_ != "PROPN" or token.dep_ != "compound" or not token.text[:1].isupper():
        return False
    if token.is_sent_start:
        return False
    return hit.start <= token.head.i < hit.end


MAX_ACRONYM = 8


def with_acronyms(doc: Doc | None, hits: list[Hit]) -> list[Hit]:
    """``hits`` and a hit for each later use of an acronym the text defines after a name."""
    if doc is None or not hits:
        return hits
    defined = {}
    for hit in hits:
        if hit.entry.kind not in ("org", "agent"):
            continue  # "... Liberation of Rwanda (FDLR)": the brackets shorten more than Rwanda
        acronym = _acronym_after(doc, hit.end)
        if acronym is not None and acronym not in defined:
            defined[acronym] = (hit.end + 3, hit.entry)
    if not defined:
        return hits
    covered = {i for hit in hits for i in range(hit.start, hit.end)}
    added = [
        Hit(token.i, token.i + 1, defined[token.text][1])
        for token in doc
        if token.text in defined and token.i >= defined[token.text][0] and token.i not in covered
    ]
    return sorted([*hits, *added], key=lambda hit: hit.start) if added else hits


def _acronym_after(doc: Doc, end: int) -> str | None:
    """The capitals in brackets right after a name ("(AA)"), else None."""
    texts = doc_words(doc).text  # strings: asked after every organisation's name
    if end + 2 >= len(texts) or texts[end] != "(" or texts[end + 2] != ")":
        return None
    word = texts[end + 1]
    ok = 2 <= len(word) <= MAX_ACRONYM and word.isalpha() and word.isupper()
    return word if ok else None
