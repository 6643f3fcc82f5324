"""A body found executed: the unnamed killer of a victim found bound, tortured or cut up is a
criminal.

CONTRACT:

    executed = found_executed(doc)   # True: the unnamed armed actors of doc are CRM

A victim found dead is coded as the act of an unnamed armed actor (UAF, events/domain.py). What
was done to the body tells who did it: bodies found handcuffed, with hands tied, gagged or
blindfolded, with signs of torture, dismembered, mutilated, beheaded or with their throats slit,
or dumped in bags, are the executions of criminal groups (the cartels and gangs of news on drug
violence, who leave them so as a warning), CAMEO's CRM, even where the text names no gang. A
body found shot or with no mark at all keeps UAF (the killer may be anyone armed). The mark must
stand in the sentence of the finding (a verb of finding with a body or "dead") or the next one
("Two bodies were found in a canal. The victims were handcuffed."); one elsewhere in the text
belongs to another story. :func:`~.sectors.with_crime_sector` reads it as a crime cue.

Example:
    >>> "handcuffed" in EXECUTION_MARKS and "shot" not in EXECUTION_MARKS
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Marks an execution leaves on a body (lemmas and lower-case words), written by the eventscope
# team; a gunshot, a stab wound or burning may be any armed man's, or an accident's.
EXECUTION_MARKS = frozenset({
    "torture", "tortured", "handcuff", "handcuffed", "handcuffs", "tie", "tied", "gag", "gagged",
    "blindfold", "blindfolded", "dismember", "dismembered", "mutilate", "mutilated",
    "decapitate", "decapitated", "behead", "beheaded", "slit", "strangle", "strangled",
    "bag", "bags",
})  # fmt: skip
FINDING_LEMMAS = frozenset({"find", "discover", "recover", "dump"})
# Nouns of a dead person's body, and states of a person found dead (events/found_dead.py reads
# them too); together, the words that say a finding is of a dead person.
CORPSES = frozenset({"body", "bodies", "corpse", "corpses", "remains"})
DEATH_STATES = frozenset({"dead", "lifeless"})
DEATH_WORDS = CORPSES | DEATH_STATES


def found_executed(doc: Doc) -> bool:
    """A sentence of ``doc`` tells of a body found, and it or the next bears a mark of an
    execution (see the module docstring).

    Example: "The bodies of two men were found near a dam. They were handcuffed." -> True;
    "The body of a man was found with gunshot wounds." -> False.
    """
    words = doc_words(doc)
    if EXECUTION_MARKS.isdisjoint(words.lemmas) and EXECUTION_MARKS.isdisjoint(words.lowers):
        return False
    spans = list(sentences(doc))
    for index, sent in enumerate(spans):
        if not _finding(sent):
            continue
        window = [sent, *spans[index + 1 : index + 2]]
        if any(_marked(span) for span in window):
            return True
    return False


def _finding(sent: Span) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    lowers = {t.lower_ for t in sent}
    return bool(lemmas & FINDING_LEMMAS) and bool((lemmas | lowers) & DEATH_WORDS)


def _marked(sent: Span) -> bool:
    return any(t.lemma_.lower() in EXECUTION_MARKS or t.lower_ in EXECUTION_MARKS for t in sent)
