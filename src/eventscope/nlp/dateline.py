"""The one reader of wire datelines ("BAKU, Sept 15 -", "NEW YORK (Reuters) -").

A dateline names the place a story was filed from, its date and the agency that filed it. Three
stages read it: the text splitter cuts it off as a sentence of its own (so its date does not
date the first events, :mod:`eventscope.nlp.components`), the actors stage keeps its city and
agency out of the actors (:mod:`eventscope.actors.rules`), and the places stage reads its town
(:mod:`eventscope.places.local`). They all ask :func:`dateline_end`, so they agree on what a
dateline is.

Contract: a dateline opens the text or a paragraph at token ``start``. Its first word is a
capitalised name of letters. An upper-case name ("BAKU") is a dateline by itself; a name in
title case ("Baku, Aug 20 -", "Kyiv (Reuters) -") needs a date (a number) or an agency in
brackets before the dash, since "Pope Francis - the first Jesuit pope - said" is prose. It ends
with a spaced dash within :data:`MAX_DATELINE_TOKENS` tokens, with no lower-case word and no
line break before it ("NATO said on Monday - ..." is prose; "US-China talks" has no spaced
dash), and some text follows the dash. An upper-case dateline may also end with a colon
("BEIRUT: Israeli jets struck ...", as South Asian and Gulf papers write it) or, without a
dash, with its agency in brackets ("MEXICO CITY (AP) Mexico's Senate ...").

Example:
    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> dateline_end(nlp.make_doc("BAKU, Sept 15 - Azerbaijan and China met."), 0)
    4
    >>> dateline_end(nlp.make_doc("Pope Francis - the first Jesuit pope - said."), 0) is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import DATELINE_DASHES, MAX_DATELINE_TOKENS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the token that closes a wire dateline opening at token ``start`` (its
    dash, colon or agency bracket), or ``None`` when no dateline opens there (see the
    module's contract)."""
    first = doc[start] if 0 <= start < len(doc) else None
    if first is None or not (first.is_alpha and len(first) > 1 and first.text[0].isupper()):
        return None
    marked = first.is_upper
    for token in doc[start + 1 : start + MAX_DATELINE_TOKENS]:
        marked = marked or token.text == "(" or token.is_digit
        if marked and token.i + 1 < len(doc) and _closes(doc, start, token.i):
            return token.i
        # A lower-case word means prose ("NATO said on Monday - ..."), not a dateline.
        if (token.is_alpha and token.is_lower) or "\n" in token.text_with_ws:
            return None
    return None


def _closes(doc: Doc, start: int, i: int) -> bool:
    """Token ``i`` ends the dateline opening at ``start``: a spaced dash ("US-China talks"
    has none); after an upper-case name, a colon ("BEIRUT: Israeli jets ...", but not a
    slug of hyphened words, "SOCCER-CUP: ...") or the bracket closing a one- or two-word
    agency before a capitalised word ("MEXICO CITY (AP) Mexico's Senate ...")."""
    text = doc[i].text
    if text in DATELINE_DASHES:
        return bool(doc[i - 1].whitespace_)
    if not doc[start].is_upper:
        return False
    if text in (":", "):"):  # "(APP):" is tokenised as "(", "APP", "):" (an emoticon)
        return not any(t.text == "-" and not t.whitespace_ for t in doc[start:i])
    if text != ")" or not doc[i].whitespace_:
        return False
    opening = next((t.i for t in reversed(doc[start:i]) if t.text == "("), None)
    after = doc[i + 1]
    return opening is not None and 1 <= i - opening - 1 <= 2 and after.is_title and after.is_alpha
