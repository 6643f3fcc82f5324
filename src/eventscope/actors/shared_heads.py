"""Names the dictionaries do not know, coordinated before an agent word, share that word.

CONTRACT:

    drafts = with_shared_heads(doc, drafts)   # plus one draft per unknown coordinated name

"Fellata and Rizeigat militias clashed", "Hutu and Tutsi militias", "the Kamajor and Donso
fighters": each name joined by "and" (or a comma) before an agent word names a group of that
kind, as "Armenian and Azerbaijani forces" names two forces (:mod:`.phrases` reads that case
when both words are in the dictionaries). A name no dictionary lists would otherwise vanish,
leaving a clash with one side; it becomes a draft of the agent word's sector, with the
country of a non-state partner ("Fellata" is Sudan's, as the Rizeigat are) or else none (the
context stage gives it the country of the place, as it does "militias": a state's forces,
"Burundian and Banyamulenge forces", lend none), and the agent word's own draft takes in the
last name next to it ("Tutsi militias"). Only a list of names
counts (capitalised proper nouns or named entities, none of them a dictionary word): "state
and federal police" is one police.

Example:
    >>> import spacy
    >>> with_shared_heads(spacy.blank("en")("Hutu militias"), [])
    []
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.docmemo import children_of, doc_words
from ..nlp.syntax import MODIFIER_DEPS
from .drafts import Draft
from .former import OFFICE_SECTORS
from .people_nouns import BETWEEN_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entity types of a group's name (unknown peoples are often tagged PERSON).
# Places are not: "Nyala and Kutum militias" is left to the context stage.
NAME_ENTS = frozenset({"NORP", "ORG", "PERSON"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
JOINERS = frozenset({"and", "or"})
MAX_CHAIN = 6


def with_shared_heads(
    doc: Doc, drafts: Sequence[Draft], known: Iterable[tuple[int, int]] = ()
) -> list[Draft]:
    """``drafts``, each agent phrase widened over the unknown name next to it, then a draft
    for each further unknown name coordinated with it (in document order). ``known``: the
    token spans of dictionary hits, which are never unknown names (even when they made no
    draft: "Military and Police forces")."""
    spans = [*((d.start, d.end) for d in drafts), *known]
    covered = {i for start, end in spans for i in range(start, end)}
    out: list[Draft] = []
    added: list[Draft] = []
    for draft in drafts:
        names = _unknown_names(doc, draft, covered) if _generic(draft) else []
        if not names:
            out.append(draft)
            continue
        last = names[-1]
        if _next_to(doc, last, draft):
            draft, names = replace(draft, start=last.i), names[:-1]
        out.append(draft)
        added.extend(_sharer(draft, t) for t in names)
    if not added:
        return out
    return sorted([*out, *added], key=lambda d: (d.start, d.end))


def _sharer(partner: Draft, name: Token) -> Draft:
    """The draft of an unknown ``name`` sharing ``partner``'s agent word. Non-state groups
    named together fight in one country's conflict ("Fellata and Rizeigat militias": the
    Rizeigat's Sudan); a state's forces do not lend theirs ("Burundian and Banyamulenge
    forces"): the context stage gives it."""
    if partner.country and partner.sector not in OFFICE_SECTORS:
        return Draft(name.i, name.i + 1, country=partner.country, sector=partner.sector,
                     resolution="modifier")  # fmt: skip
    return Draft(name.i, name.i + 1, sector=partner.sector)


def _generic(draft: Draft) -> bool:
    """An agent phrase (a sector, no person) that a name may share."""
    return draft.sector is not None and not draft.person and draft.needs is None


def _unknown_names(doc: Doc, draft: Draft, covered: set[int]) -> list[Token]:
    """The coordinated names before ``draft``'s head that no draft covers, in order."""
    head, dep = draft.end - 1, doc_words(doc).dep  # indices: a token only for a modifier
    for i in children_of(doc)[head]:
        if i > head:  # the children in order: the rest are on the right
            break
        if dep[i] not in MODIFIER_DEPS:
            continue
        chain = _chain(doc[i])
        if len(chain) < 2 or not _a_list(doc, chain):
            continue
        return [t for t in chain if t.i not in covered and t.i < head]
    return []


def _a_list(doc: Doc, chain: list[Token]) -> bool:
    """Names joined by "and"/"or", none of them a place, not after a preposition: "in
    Cosoleacaque, Veracruz, armed men" (a misparse) and "state and federal police" are none."""
    first = chain[0]
    if first.i > 0 and doc[first.i - 1].pos_ == "ADP":
        return False
    joined = any(c.dep_ == "cc" and c.lower_ in JOINERS for t in chain for c in t.children)
    return joined and all(_is_name(t) for t in chain)


def _chain(first: Token) -> list[Token]:
    chain = [first]
    for token in chain:
        if len(chain) >= MAX_CHAIN:
            break
        chain.extend(c for c in token.children if c.dep_ == "conj" and c.i < first.head.i)
    return sorted(chain, key=lambda t: t.i)


def _is_name(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper():
        return False
    if token.ent_type_ in PLACE_ENTS:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_ENTS


def _next_to(doc: Doc, name: Token, draft: Draft) -> bool:
    """Only the agent word's own modifiers stand between ``name`` and ``draft``."""
    head = doc[draft.end - 1]
    between = doc[name.i + 1 : draft.start]
    return name.i < draft.start and all(t.head is head and t.dep_ in BETWEEN_DEPS for t in between)
