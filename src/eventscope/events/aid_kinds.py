"""The kind of aid an aid event gives or promises: economic, military or humanitarian.

CONTRACT:

    candidate = aid_kind(candidate, sent, words)

The CAMEO codebook splits aid by kind: 071 economic, 072 military, 073 humanitarian aid, and
for promises 0331, 0332, 0333. Rows code the verb ("sent aid": 070; "pledged aid": 033;
"pledged $50 million": 0331, money being economic aid unless the sentence says otherwise).
The kind is the word that modifies the aid noun inside the event's clause: "sent humanitarian
aid", "pledged $500 million in military aid", "offered economic assistance"; weapons given
are military aid ("handed over two F-16 jets to Ukraine": 072; ``aid_weapons``). Only a modifier
of an aid noun counts: "sent aid to civilians fleeing a military offensive" stays 070. The
aid nouns are ``frames.toml`` [words] ``aid_nouns``; the kinds' modifiers ``aid_economic``,
``aid_military``, ``aid_humanitarian``. When two kinds modify aid nouns, the first wins.

Example:
    >>> AID_KINDS["070"]["military"], AID_KINDS["0331"]["humanitarian"]
    ('072', '0333')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from .build import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_KINDS = ("economic", "military", "humanitarian")
_GIVE = MappingProxyType(dict(zip(_KINDS, ("071", "072", "073"), strict=True)))
_PROMISE = MappingProxyType(dict(zip(_KINDS, ("0331", "0332", "0333"), strict=True)))
# codes whose kind the modifier decides: the unspecified ones, and 0331, which the rows give
# for an amount of money ("$50 million in humanitarian aid" is humanitarian)
# "handed over two F-16 jets to Ukraine" (084 by the bare "hand over" row): weapons given
AID_KINDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"070": _GIVE, "033": _PROMISE, "0331": _PROMISE, "084": MappingProxyType({"military": "072"})}
)
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def aid_kind(candidate: Candidate, sent: Span, words: Mapping[str, frozenset[str]]) -> Candidate:
    """``candidate`` with the aid code of the kind its aid noun's modifier names (docstring)."""
    kinds = AID_KINDS.get(candidate.code)
    if kinds is None:
        return candidate
    trigger = sent.doc[candidate.trigger[1] - 1]
    kind = "military" if _gives_weapons(trigger, words) else _named_kind(trigger, words)
    if kind is not None and kind in kinds:
        candidate.code = kinds[kind]
    return candidate


def _gives_weapons(trigger: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """The thing given is weapons: the direct object of ``trigger``, or its "in" object
    ("handed over two F-16 jets", "pledged $2 billion in weapons")."""
    weapons = words.get("aid_weapons", frozenset())
    for obj in trigger.children:
        if obj.dep_ != "dobj":
            continue
        things = [obj, *(c for c in obj.children if c.dep_ == "conj")]
        things += [p for c in obj.children if c.lower_ == "in" for p in c.children]
        if any(t.lemma_.lower() in weapons for t in things):
            return True
    return False


def _named_kind(trigger: Token, words: Mapping[str, frozenset[str]]) -> str | None:
    """The first kind that modifies an aid noun in ``trigger``'s subtree, or None."""
    nouns = words.get("aid_nouns", frozenset())
    for token in trigger.subtree:
        if token.lemma_.lower() in nouns:
            kind = _modifier_kind(token, words)
            if kind is not None:
                return kind
    return None


def _modifier_kind(noun: Token, words: Mapping[str, frozenset[str]]) -> str | None:
    """The kind a modifier before ``noun`` names ("military aid": military), or None."""
    for child in noun.children:
        if child.dep_ not in _MODIFIER_DEPS or child.i > noun.i:
            continue
        lemma = child.lemma_.lower()
        kind = next((k for k in _KINDS if lemma in words.get(f"aid_{k}", ())), None)
        if kind is not None:
            return kind
    return None
