"""Company names that are also a place or a common word, where the text means the other thing.

CONTRACT:

    hits = without_namesakes(doc, hits)   # a sublist of ``hits``, same order

A one-word company of the dictionary (an organisation of sector BUS: "Amazon", "Shell",
"Apple", "Total") is read as the company unless:

* "the" comes before it and no role word after it ("in the Amazon", "the Amazon region",
  "leaders of the Amazon"): a company is named without the article, a river, a region or a
  forest with it; "the Amazon workers" keep the company;
* it opens a sentence and the parser reads it as a common noun ("Shell fragments wounded two
  soldiers"): a company opening a sentence is a proper noun ("Shell said", "Amazon fired").

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("fires in the Amazon")
    >>> amazon = Hit(3, 4, Entry("org", code="USABUS", country="USA", sector="BUS"))
    >>> without_namesakes(doc, [amazon])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import Entry, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPANY = "BUS"
ARTICLE = "the"


def without_namesakes(doc: Doc, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` less the companies that name a place or a thing here (module docstring)."""
    starts = {h.start for h in hits}
    return [h for h in hits if not (_company(h.entry, h) and _other_sense(doc, h, starts))]


def _company(entry: Entry, hit: Hit) -> bool:
    return entry.kind == "org" and entry.sector == COMPANY and hit.end - hit.start == 1


def _other_sense(doc: Doc, hit: Hit, starts: set[int]) -> bool:
    token = doc[hit.start]
    if hit.start > 0 and doc[hit.start - 1].lower_ == ARTICLE:
        return hit.end not in starts  # "the Amazon workers": the company's workers
    return token.is_sent_start is True and token.pos_ == "NOUN"
