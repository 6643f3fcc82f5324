"""A fight among one kind: "two mobs clashed", "rival clans fought each other".

A clash or fight whose text names one side only is coded against the side such a source fights
(:mod:`.foes`: armed men fight the state's military). But the one side is often both sides, said
once: the phrase counts two of them ("two groups of drivers clashed", "rival gangs fought"),
gives two origins ("militiamen from the A and B clans clashed"), is a kin or communal group
("tribesmen clashed over a vengeance dispute", "two families fought over land"), or the verb
says the fighting was mutual ("clashed with each other", "fought among themselves"). Then the
unnamed other side is of the source's own kind: its sector, in the same country. A clash with a
named other side, or with none of these words ("rebels clashed near Beni": the army, unnamed),
is not this shape.

Example:
    >>> FIGHT_LEMMAS >= {"clash", "fight"}
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.feuds import TRIBAL_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

FIGHT_LEMMAS = frozenset({"clash", "fight", "feud", "brawl", "skirmish"})
# Words in the subject's phrase that count or oppose two of a kind ("two groups", "rival gangs").
TWO_WORDS = frozenset({"two", "2", "both", "rival", "opposing", "feuding", "warring"})
# Kin and communal groups: their fights are among themselves unless another side is named.
KIN_GROUPS = TRIBAL_LEMMAS | frozenset(
    {"clan", "tribe", "family", "faction", "subclan", "sub-clan"}
)
# "with each other", "with one another", "among themselves", "between themselves"
MUTUAL_WORDS = frozenset({"other", "another", "themselves"})
# "with another group", "with a rival gang": the other side is one more of the same kind.
OTHER_WORDS = frozenset({"another", "rival"})


def fights_own_kind(trigger: Token, subject: Token | None) -> bool:
    """``trigger`` is a clash or fight its ``subject`` (the source's head word) fought among
    its own kind (see the module docstring). The verb's own subject is read too: in "two
    groups of drivers clashed" the source is "drivers", the subject "groups".

    Example: "clashed" in "two groups of drivers clashed" (subject "drivers") is ``True``;
    in "rebels clashed near Beni" (subject "rebels") ``False``.
    """
    if trigger.lemma_.lower() not in FIGHT_LEMMAS:
        return False
    if _mutual(trigger):
        return True
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if subject is not None and subject.i != trigger.i:
        subjects.append(subject)
        # "a clash (took place) between two groups of villagers": the phrase of the trigger,
        # or of the verb a trigger noun is the subject of, that holds the source
        heads = [trigger, trigger.head] if trigger.dep_ == "nsubj" else [trigger]
        phrases = [c for h in heads for c in h.children if c.dep_ == "prep"]
        subjects += [c for c in phrases if _holds(c, subject)]
    return any(_two_of_a_kind(word) for word in subjects)


def _holds(phrase: Token, word: Token) -> bool:
    return phrase.left_edge.i <= word.i <= phrase.right_edge.i


def _two_of_a_kind(subject: Token) -> bool:
    """ "two groups", "rival gangs", "tribesmen", "militiamen from the A and B clans"."""
    if any(t.lower_ in TWO_WORDS for t in subject.subtree):
        return True
    if subject.lemma_.lower() in KIN_GROUPS or subject.lower_ in KIN_GROUPS:
        return True
    return any(_two_origins(t) for t in subject.children if t.dep_ == "prep")


def _mutual(trigger: Token) -> bool:
    """ "clashed with each other", "fought one another", "fought among themselves"."""
    for child in trigger.children:
        if child.dep_ == "dobj" and child.lower_ in MUTUAL_WORDS:
            return True
        if child.dep_ == "prep" and any(_mutual_object(c) for c in child.children):
            return True
    return False


def _mutual_object(word: Token) -> bool:
    """ "each other", "themselves", or one more of the same kind: "with another group", "with
    a rival gang"."""
    if word.dep_ != "pobj":
        return False
    return word.lower_ in MUTUAL_WORDS or any(c.lower_ in OTHER_WORDS for c in word.children)


def _two_origins(prep: Token) -> bool:
    """ "from the A and B clans", "from Mbaivur and Mbasombo": a "from"/"of" phrase whose
    object is coordinated (two places or groups the fighters come from)."""
    if prep.lower_ not in ("from", "of"):
        return False
    return any(c.dep_ == "conj" for o in prep.children if o.dep_ == "pobj" for c in o.subtree)
