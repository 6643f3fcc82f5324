"""What a verb of letting lets in is its object, though the parser may hang it elsewhere.

CONTRACT:

    let_in(verb)  # "allowed aid convoys to enter": convoys; None for other verbs

spaCy parses "Ethiopia allowed aid convoys to enter Tigray" with "convoys" as the subject of
"enter", a clause under "allowed", so "allowed" has no object and its rows ("allow" aid, 0863;
inspectors, 0862) never match. CAMEO codes the letting (08) with what is let in as its
object (issue 15). Sentences written for the tests.

Example:
    >>> import spacy
    >>> let_in(spacy.blank("en")("allowed")[0]) is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import child, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of letting, whose object the parser may make the subject of the let act instead.
LETTING = frozenset({"allow", "permit"})


def let_in(verb: Token) -> Token | None:
    """The subject of the to-infinitive a verb of letting governs ("allowed aid convoys to
    enter": convoys), else None."""
    if verb.lemma_.lower() not in LETTING:
        return None
    clause = child(verb, ("ccomp", "xcomp"))
    if clause is None or not to_infinitive(clause):
        return None
    return child(clause, ("nsubj",))
