"""Whether the classifier's "yield" root (CAMEO 08) has a concession to stand on.

Inside material cooperation (PentaClass 2: 06 cooperate, 07 aid, 08 yield) the classifier's
root head prefers 08 on sentences that concede nothing: "coastguards rescued migrants off
Libya", "parliament approved the deployment of police to Haiti", "Chile granted refugee
status to X" came out 080 (yield) at the fill's low confidence, where a coder reads aid (07).
CAMEO 08 is a concession by the source: it eases or lifts a restriction, releases or returns
someone, withdraws, surrenders, accedes to a demand, calls off a strike. The words that say so
are the ones our own yield patterns use (``verbs.tsv`` and ``nouns.tsv`` rows coded 08): a
pattern verb that needs no particular object ("released", "withdrew", "conceded") or codes
nothing else ("allowed"), or an object such a pattern needs ("sanctions", "curfew",
"ceasefire", "prisoners"), and the concession words of the codebook's 08 descriptions that no
pattern holds ("resigned", "reopened", "stepped down": ``concession_words`` in
``frames.toml``). A fill guessed 08 in a sentence with none of them takes the next root of its
class in the model's ranking. Only a guess between two countries is checked: within one
country (a minister resigns, a curfew is lifted) 08 is the common reading.

Example:
    >>> from eventscope.events.patterns import PatternBook
    >>> book = PatternBook.load()
    >>> "release" in yield_words(book) and "sanctions" in yield_words(book)
    True
    >>> "rescue" in yield_words(book)
    False
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..models import ActorMention
    from .classifier import Prediction
    from .patterns import PatternBook
    from .syntax import Group

YIELD_ROOT = "08"


def yield_words(book: PatternBook) -> frozenset[str]:
    """Lemmas that make a concession: the verbs of the book's 08 verb patterns that need no
    particular object or have no pattern of another root ("allow"; "grant" also codes aid
    and asylum), the objects the others need, and the words of its 08 noun patterns
    ("prisoner exchange": prisoner, exchange), and the ``concession_words`` of ``frames.toml``
    (from the codebook's descriptions: "resign", "reopen", "step down")."""
    words: set[str] = set()
    for lemma, rules in book.verbs.items():
        yields = [rule for rule in rules if rule.code.startswith(YIELD_ROOT)]
        if yields and len(yields) == len(rules):
            words.add(lemma)  # only ever a concession ("allowed convoys to enter")
        for rule in yields:
            words.update(rule.objects or (lemma,))
    for key, noun in book.nouns.items():
        if noun.code.startswith(YIELD_ROOT):
            words.update(_noun_words(key))
    return frozenset(words | book.words.get("concession_words", frozenset()))


def _noun_words(key: str) -> Iterable[str]:
    """The words of a noun pattern key ("exchange|swap>of:prisoner|prisoners", "prisoner swap")."""
    for part in key.replace(">", " ").replace(":", " ").replace("|", " ").split():
        if part not in ("of", "by", "for", "to", "with"):
            yield part


def conceded_root(
    root: str,
    guess: Prediction,
    sent: Span,
    book: PatternBook,
    source: ActorMention,
    targets: Sequence[Group] = (),
    target: ActorMention | None = None,
) -> str:
    """``root``, unless it is 08 (yield) from ``source`` to an actor of another country among
    ``targets`` (the actors of the fill's object and target prepositions) or ``target`` (the
    fill's target, perhaps the next actor of the sentence) and no lemma of
    ``sent`` is one of :func:`yield_words`: then the next root of the class in ``guess``'s
    ranking (or ``root`` when there is none). A concession within one country (a minister
    resigns, a government frees its own prisoners, lifts a curfew) is the common shape of 08
    and is left to the model."""
    others = [group[0] for group in targets] + ([target] if target is not None else [])
    if root != YIELD_ROOT or not any(_foreign(source, other) for other in others):
        return root
    lemmas = doc_words(sent.doc).lemma[sent.start : sent.end]
    if not yield_words(book).isdisjoint(lemmas):
        return root
    return next((r for r in guess.ranked if r != YIELD_ROOT), root)


def _foreign(source: ActorMention, target: ActorMention) -> bool:
    """Whether the two are actors of two known, different countries (or organisations)."""
    ours, theirs = source.actor.country, target.actor.country
    return bool(ours and theirs and ours != theirs)
