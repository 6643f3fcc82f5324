"""People named by who they are but said to bear arms are an armed group, not civilians.

CONTRACT:

    drafts = with_armed_sector(doc, drafts)   # same list, armed civilians recoded UAF

The agent lexicon names people by their condition or work: youths, villagers, civilians,
residents (CVL), herders and farmers (AGR), workers (LAB), students (EDU). When the text says
they are armed ("armed youths", "heavily armed villagers", "herders armed with machetes", "a
group of youths, armed with swords,") they act as an unnamed armed group: CAMEO's unidentified
armed forces, UAF (ACLED codes such men as communal or ethnic militias). Phrases that carry
their own sector keep it ("armed robbers" CRM, "armed police" COP), and a named actor's fixed
code is never changed.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("calm villagers")
    >>> with_armed_sector(doc, [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ARMED = "armed"
UNARMED_ARMED = "UAF"
# Sectors of people who are unarmed unless the text says otherwise (CAMEO primary roles).
CIVILIAN_SECTORS = frozenset({"CVL", "AGR", "LAB", "EDU", "BUS"})
# How "armed" hangs on the noun: before it ("armed youths") or after it ("youths armed with").
ARMED_DEPS = frozenset({"amod", "acl", "advcl", "appos"})
# How "armed" hangs on a name inside the phrase ("Armed Fulani herdsmen": compound of "Fulani").
NAME_ARMED_DEPS = frozenset({"amod", "compound"})
# Collective nouns whose "of" names the people ("a group of youths, armed with swords").
# Where the doer of the verb an armed aside hangs on stands: its subject or its "by" agent.
_DOER_DEPS = frozenset({"nsubj", "agent"})
COLLECTIVES = frozenset({"group", "band", "gang", "crowd", "mob", "team", "party", "number"})


def with_armed_sector(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with the civilian-sector ones that the text says are armed coded UAF."""
    if ARMED not in doc_words(doc).lowers:  # cheap: most texts never say "armed"
        return list(drafts)
    return [_armed(doc, d) if _recodable(d) else d for d in drafts]


def _recodable(draft: Draft) -> bool:
    return draft.sector in CIVILIAN_SECTORS and not draft.code and not draft.person


def _armed(doc: Doc, draft: Draft) -> Draft:
    head = doc[draft.end - 1]
    armed = _bears_arms(head) or _bears_arms(_collective(head)) or _armed_aside(head)
    if armed or _armed_name(doc, draft):
        return replace(draft, sector=UNARMED_ARMED, also=())
    return draft


def _armed_name(doc: Doc, draft: Draft) -> bool:
    """ "Armed Fulani herdsmen": the parser may hang "armed" on the people's name in the
    phrase, not on its head noun."""
    words = doc[draft.start : draft.end - 1]
    return any(c.lower_ == ARMED and c.dep_ in NAME_ARMED_DEPS for t in words for c in t.children)


def _armed_aside(head: Token) -> bool:
    """ "attacked by a group of youths, armed with swords,": the parser hangs the aside on the
    verb (advcl); right after the doer of that verb (its subject or its "by" agent), it says the
    doer is armed. Not after an object ("arrested two youths, armed with knives").
    """
    doc, after = head.doc, head.i + 1
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ != ARMED:
        return False
    aside, doer = doc[after + 1], _collective(head) or head
    if doer.dep_ == "pobj" and doer.head.dep_ == "agent":
        doer = doer.head  # "by": the agent of a passive verb
    return aside.dep_ == "advcl" and doer.dep_ in _DOER_DEPS and doer.head.i == aside.head.i


def _collective(head: Token) -> Token | None:
    """ "group" of "a group of youths", else None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in COLLECTIVES:
        return None
    return prep.head


def _bears_arms(token: Token | None) -> bool:
    if token is None:
        return False
    return any(c.lower_ == ARMED and c.dep_ in ARMED_DEPS for c in token.children)
