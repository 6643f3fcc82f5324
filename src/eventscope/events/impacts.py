"""Verbs of impact that are attacks only when something armed does them: "Russian missiles
hit Kyiv", "Ukrainian drones damaged a Russian warship", but not "the storm hit the coast",
"floods damaged homes", "sanctions hit the economy" or "prices hit a record".

CONTRACT:

    rows = armed_rows(words, verb, rows)   # () when ``verb`` is such a verb with no armed doer

The verbs are ``frames.toml`` [words] ``armed_impact_verbs``; their rows in ``verbs.tsv``
code an attack (190; the ``[[recode]]`` rules make it aerial with air words). A row is kept
when the verb's subject, or a word of its subject's phrase ("Ukraine's drones", "a Russian
missile"), its passive's "by" agent ("hit by a wave of drones") or the object of its "with"
("hit the town with rockets") is one of
``armed_words``: weapons, aircraft and armed forces. Without one the classifier may still
guess, as for any sentence no row codes.

Example:
    >>> from types import SimpleNamespace
    >>> words = {"armed_impact_verbs": frozenset({"hit"}), "armed_words": frozenset({"jet"})}
    >>> verb = SimpleNamespace(lemma_="meet", children=[])
    >>> armed_rows(words, verb, ("row",))
    ('row',)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..nlp.syntax import child, prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

Row = TypeVar("Row")


def armed_rows(
    words: Mapping[str, frozenset[str]], verb: Any, rows: tuple[Row, ...]
) -> tuple[Row, ...]:
    """``rows``, or none when ``verb`` is an armed-impact verb with no armed doer."""
    if verb.lemma_.lower() not in words.get("armed_impact_verbs", frozenset()):
        return rows
    return rows if armed_doer(verb, words.get("armed_words", frozenset())) else ()


def armed_doer(verb: Token, armed: frozenset[str]) -> bool:
    """Whether the subject's phrase, the "by" agent's or the "with" object of ``verb`` names
    something armed ("hit by a wave of Russian drones": the "of" object counts too)."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for p in (prep_object(verb, ("with",)), _agent(verb)) if p is not None]
    doers += [of for doer in doers if (of := prep_object(doer, ("of",))) is not None]
    return any(token.lemma_.lower() in armed for doer in doers for token in (doer, *doer.children))


def _agent(verb: Token) -> Token | None:
    """The object of a passive's "by" ("was hit by drones")."""
    agent = child(verb, ("agent",))
    return child(agent, ("pobj",)) if agent is not None else None
