"""A claim is a statement, not an appeal: the classifier's root 02 on a verb of asserting.

CONTRACT:

    asserted_root(root, guess, verb)  # "01" for a fill guessed 02 on "claimed", else ``root``

The classifier's fill (:mod:`.learned`) reads the whole sentence, and on "X claimed (that) ..."
and "X insisted that ..." its root head often says 02 (appeal): the sentence names two actors
and reports speech, as appeals do. CAMEO 02 is a request that the target act ("urged",
"appealed", "asked"); an assertion asks nothing of anyone: "the villagers claim the gang
belongs to an armed group", "the rebels claim to represent the people of the region". Such a
fill takes the next root of the model's class (PentaClass 0 holds 01 and 02: 01, a public
statement). Sentences written for the tests.

Example:
    >>> from types import SimpleNamespace as T
    >>> guess = T(ranked=("02", "01"))
    >>> asserted_root("02", guess, T(lemma_="claim"))
    '01'
    >>> asserted_root("02", guess, T(lemma_="urge"))
    '02'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classifier import Prediction

APPEAL_ROOT = "02"
# Verbs that assert that something is so; none of them asks the target to act.
ASSERTING_VERBS = frozenset({"claim", "insist", "maintain", "assert", "contend", "argue"})


def asserted_root(root: str, guess: Prediction, verb: Token) -> str:
    """``root``, unless it is 02 (appeal) on a verb of asserting: then the next root of the
    model's ranking (``root`` when there is none)."""
    if root != APPEAL_ROOT or verb.lemma_.lower() not in ASSERTING_VERBS:
        return root
    return next((r for r in guess.ranked if r != APPEAL_ROOT), root)
