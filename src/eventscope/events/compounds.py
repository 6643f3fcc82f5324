"""Helpers for compound and attached actors (:class:`~eventscope.events.syntax.ActorIndex`).

* :func:`companion`: the X of "along with X" / "together with X";
* :func:`countryless`: a role with no country ("officials", "troops");
* :func:`in_country_of`: "officials from France" -> the French officials (FRAGOV);
* :func:`conjuncts`: a phrase and the phrases coordinated with it;
* :func:`as_well_as_partners`: "Kenya **as well as** Uganda sent troops", which the parser
  reads as two subjects of "sent", not as a coordination.

Example:
    >>> countryless(())
    True
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention
from ..nlp.docmemo import children_of, doc_words
from ..nlp.syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

Group = tuple[ActorMention, ...]
_COMPANION_WORDS = frozenset({"along", "together"})
COMPANION_OPENERS = _COMPANION_WORDS | {"with"}
"""The words a companion phrase ("along with X", "together with X") can hang from."""
_AS_WELL_AS = ("as", "well", "as")
# The relations the parser gives both items of an "X as well as Y" it does not conjoin.
_PARTNER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def countries(group: Group) -> set[str | None]:
    return {m.actor.country for m in group}


def countryless(group: Group) -> bool:
    """A role with no country and no organisation ("officials", "troops": GOV, MIL)."""
    return all(m.actor.country is None and m.actor.code == m.actor.sector for m in group)


def in_country_of(owner: Group, role: Group) -> Group:
    """The owner's actors in the role's sector ("officials from France" -> FRAGOV), unless the
    owner has a sector of its own."""
    sector = role[0].actor.sector
    return tuple(
        m
        if m.actor.sector or not (m.actor.country and sector)
        else replace(m, actor=replace(m.actor, sector=sector, code=m.actor.country + sector))
        for m in owner
    )


def companion(item: Token) -> Token | None:
    """The object of "along with X" / "together with X" when ``item`` is such a phrase."""
    if (
        item.dep_ == "prep"
        and item.lower_ == "with"
        and any(c.lower_ in _COMPANION_WORDS for c in item.children)
    ):
        return child(item, ("pobj",))
    if item.lower_ in _COMPANION_WORDS:
        with_ = next((c for c in item.children if c.lower_ == "with"), None)
        return child(with_, ("pobj",)) if with_ is not None else None
    return None


def as_well_as_partners(token: Token) -> list[Token]:
    """The siblings of ``token`` joined to it by "as well as" that the parser did not conjoin.

    "Kenya as well as Uganda sent troops" is parsed as two subjects of "sent", "accused Iran
    as well as Syria" as two objects of "accused" or with Syria the object of "as": each item
    is the other's conjunct (an object of "as" only Iran's).
    Siblings with other words between them ("X said on Monday that ...") are not partners.
    """
    if token.dep_ not in _PARTNER_DEPS or token.head.i == token.i:
        return []
    siblings = [
        item
        for item in token.head.children
        if item.i != token.i and item.dep_ == token.dep_ and _joined(item, token)
    ]
    return siblings + _objects_of_as(token)


def _objects_of_as(token: Token) -> list[Token]:
    """ "criticized Greece as well as Cyprus" read with Cyprus the object of the second "as"
    (which hangs on Greece or on the verb)."""
    found = []
    for item in (*token.children, *token.head.children):
        obj = child(item, ("pobj",)) if item.lower_ == "as" and item.i > token.i + 2 else None
        before = (item.doc[item.i - 2].lower_, item.doc[item.i - 1].lower_)
        inside = all(token.is_ancestor(t) for t in item.doc[token.i + 1 : item.i - 2])
        if obj is not None and before == _AS_WELL_AS[:2] and inside:
            found.append(obj)
    return found


def _joined(one: Token, other: Token) -> bool:
    """Only "as well as" (and punctuation) stands between the two phrases."""
    first, second = (one, other) if one.i < other.i else (other, one)
    between = first.doc[first.right_edge.i + 1 : second.left_edge.i]
    own = first.doc[first.i + 1 : first.right_edge.i + 1]  # "as well as" may hang on the first
    words = [t.lower_ for t in (*own, *between) if not t.is_punct]
    # nothing but "as well as" outside the first phrase ("X said on Monday ... as well as")
    joiners = all(t.is_punct or t.lower_ in _AS_WELL_AS for t in between)
    return joiners and tuple(words[-3:]) == _AS_WELL_AS


def conjuncts(token: Token) -> list[Token]:
    """``token`` and its chain of ``conj`` children (bounded).

    The parser often reads the second item of a list "A, B, C and D" as an apposition of A
    with C and D conjoined to it; an apposition with conjuncts of its own is such an item
    (a true apposition, "Chad's president, Idriss Deby,", has none).
    """
    doc = token.doc
    kids, dep = children_of(doc), doc_words(doc).dep  # indices: a token only per conjunct
    chain = [token.i]
    for i in chain:
        if len(chain) >= 8:
            break
        chain.extend(
            j
            for j in kids[i]
            if dep[j] == "conj" or (dep[j] == "appos" and any(dep[k] == "conj" for k in kids[j]))
        )
    return [token, *(doc[i] for i in chain[1:]), *as_well_as_partners(token)]
