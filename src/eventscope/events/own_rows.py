"""An aid root with no aid in the sentence takes the code of the verb's own pattern rows.

CONTRACT:

    code = row_root(root, verb, sent, book, ranked)  # "061": a fill guessed 07 on "imported"

The classifier's fill (:mod:`.learned`) reads the whole sentence; inside material cooperation
(06 cooperate, 07 aid, 08 yield) its root head says 07 on sentences between two countries that
give no aid ("Russia imported grain from Canada", "the United States will deploy jets in
South Korea"), and 07 is also where an unfounded yield falls (:mod:`.yielding`). Dropping such
fills loses the dyad they carry, which is right more often than the root; what is missing is a
better root. When the sentence has no aid word (``frames.toml`` [words] ``aid_nouns``) and the
fill's verb has rows in ``verbs.tsv`` that need no particular object, all of one code, that
code is what the verb does in the codebook ("import": 061, economic cooperation) and the fill
takes it, when its root is one of the model's class (``ranked``: 06, 07, 08); a row of
another class ("deploy": 154, a show of force) would turn a guess of cooperation into
conflict, which the model did not see (it cost a GLOCON check document). A verb with no such
rows, rows of aid (07), or rows of several codes keeps the model's root. Sentences written for
the tests.

Example:
    >>> from types import SimpleNamespace as T
    >>> row = T(code="061", objects=frozenset())
    >>> book = T(verbs={"import": [row]}, words={"aid_nouns": frozenset({"aid"})})
    >>> sent = [T(lemma_="Russia"), T(lemma_="import"), T(lemma_="grain")]
    >>> row_root("07", T(lemma_="import"), sent, book, ("08", "07", "06"))
    '061'
    >>> row_root("07", T(lemma_="import"), [*sent, T(lemma_="aid")], book, ("08", "07", "06"))
    '07'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import PatternBook

AID_ROOT = "07"


def row_root(
    root: str, verb: Token, sent: Iterable[Token], book: PatternBook, ranked: Sequence[str]
) -> str:
    """``root``, unless it is the aid root (07, or one of its codes) in a sentence with no aid
    word and the verb's rows that need no object all carry one code of another root among
    ``ranked`` (the roots of the model's PentaClass): that code."""
    if root[:2] != AID_ROOT:
        return root
    aid = book.words.get("aid_nouns", frozenset())
    if any(token.lemma_.lower() in aid for token in sent):
        return root  # "sent aid", "handed over equipment": the model's aid stands
    codes = {rule.code for rule in book.verbs.get(verb.lemma_.lower(), ()) if not rule.objects}
    if len(codes) != 1:
        return root  # no row of its own, or rows that disagree: no better root
    code = next(iter(codes))
    return code if code[:2] != AID_ROOT and code[:2] in ranked else root
