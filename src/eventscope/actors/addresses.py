"""Names that end an address in brackets: where something is, not who acts.

CONTRACT:

    hits = without_address_parts(doc, hits)     # a sublist of ``hits``, same order
    in_address(doc, start, end)                 # True for "Niger" of "(Rafi LGA, Niger)"

News notes locate a town by the units around it: "attacked Kagara (Rafi LGA, Niger)",
"in Dolapeta village (Srikakulam, AP)", "in Conakry city (Kaloum, Conakry)". The name after a
comma inside such brackets is a province or a country of the address ("Niger" is a Nigerian
state there, "AP" Andhra Pradesh, not the Associated Press), never an actor, and the places
stage reads the address. (A country after a comma outside brackets, "in Baku, Azerbaijan",
was tried as context only and lost a place on the ACLED check part: not done.)

A bracket that explains a name ("the Islamic State (IS)") has no comma: its names stay.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("gunmen attacked Kagara (Rafi LGA, Niger) .")
    >>> in_address(doc, 7, 8), in_address(doc, 4, 5)
    (True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_text
from .lexicon import Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc

REACH = 10  # tokens between the brackets of an address ("(Rafi LGA, Niger)")
OPEN, CLOSE, COMMA = "(", ")", ","


def without_address_parts(doc: Doc, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` less the names that end an address in brackets (see the module docstring);
    role words are kept ("(police, army)" lists actors)."""
    if OPEN not in doc_text(doc):  # cheap: most texts have no brackets
        return list(hits)
    return [h for h in hits if h.entry.kind == "agent" or not in_address(doc, h.start, h.end)]


def in_address(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start``..``end`` follow a comma inside brackets that are open
    before them and close after them (past further comma-separated parts)."""
    if start < 2 or doc[start - 1].text != COMMA:
        return False
    return _opened_before(doc, start - 1) and _closed_after(doc, end)


def _opened_before(doc: Doc, i: int) -> bool:
    for k in range(i - 1, max(-1, i - REACH), -1):
        text = doc[k].text
        if text == OPEN:
            return True
        if text == CLOSE or doc[k].is_sent_end:
            return False
    return False


def _closed_after(doc: Doc, i: int) -> bool:
    for k in range(i, min(len(doc), i + REACH)):
        text = doc[k].text
        if text == CLOSE:
            return True
        if text == OPEN or (text != COMMA and doc[k].is_punct):
            return False
    return False
