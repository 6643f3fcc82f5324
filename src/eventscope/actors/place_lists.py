"""A place name that only says where a group of people is, though the parser made it part
of the subject: no actor (issue 15).

Two shapes of news notes:

* an apposition to a noun of people: "members of the nurses' union, Kerala, went on strike"
  (Kerala says where the union is; the members act, not Kerala's government);
* a fronted list of places that opens with a place preposition, which the parser often breaks
  into subjects or their conjuncts: "in Thanlyin township, Yangon district, Yangon region,
  dozens of workers demonstrated" (the district and the region are where they are).

A place name apposed to a place noun ("the province, Punjab, imposed a curfew"), or after a
fronted place but not followed by a comma ("in Lahore, Punjab province imposed a curfew"),
still names its government.

Example:
    >>> from eventscope.nlp import load_nlp  # doctest: +SKIP
    >>> doc = load_nlp()("Members of the union, Punjab, went on strike.")  # doctest: +SKIP
    >>> locates_group(doc, 5, 6, frozenset({"province"}), frozenset({"in"}))  # doctest: +SKIP
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Named-entity labels of places: an apposition's head with one is a place, not people.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
# Tokens a list of place names is made of besides names and place nouns: "X (East) district,"
_LIST_PUNCT = frozenset({",", "(", ")", "-", "the"})
_MAX_LIST = 24  # tokens scanned back for the list's opening preposition


def locates_group(
    doc: Doc, start: int, end: int, place_nouns: frozenset[str], locative: frozenset[str]
) -> bool:
    """Whether the place name ``doc[start:end]`` (with its admin word) only says where the
    group that acts is (see the module docstring)."""
    root = doc[start:end].root
    head = root.head
    apposed = root.dep_ == "appos" and head.i < root.i and head.pos_ in _NOUNS
    if apposed and not _is_place(head, place_nouns):
        return True  # "members of the union, Punjab,"; not "the province, Punjab,"
    if end >= len(doc) or doc[end].text != ",":
        return False
    for i in range(start - 1, max(-1, start - 1 - _MAX_LIST), -1):
        token = doc[i]
        if token.lower_ in locative and token.pos_ == "ADP":
            return True
        # "from Monday, Punjab province, ...": a date opens no list of places
        in_list = token.pos_ == "PROPN" and token.ent_type_ not in _TIME_LABELS
        in_list = in_list or token.lower_ in place_nouns or _named(token)
        if not (in_list or token.lower_ in _LIST_PUNCT):
            return False
    return False


def _named(token: Token) -> bool:
    """A noun a name is compounded to ("Thanlyin township"): a place noun of the list."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children
    )


def _is_place(token: Token, nouns: frozenset[str]) -> bool:
    return token.lower_ in nouns or token.lower_ == "capital" or token.ent_type_ in _PLACE_LABELS
