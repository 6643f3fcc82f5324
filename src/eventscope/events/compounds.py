"""Helpers for compound and attached actors (:class:`~eventscope.events.syntax.ActorIndex`).

* :func:`companion`: the X of "along with X" / "together with X";
* :func:`countryless`: a role with no country ("officials", "troops");
* :func:`in_country_of`: "officials from France" -> the French officials (FRAGOV).

Example:
    >>> countryless(())
    True
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention
from ..nlp.syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

Group = tuple[ActorMention, ...]
_COMPANION_WORDS = frozenset({"along", "together"})
COMPANION_OPENERS = _COMPANION_WORDS | {"with"}
"""The words a companion phrase ("along with X", "together with X") can hang from."""


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
