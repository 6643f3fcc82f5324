"""Who reports takes no part: trailing attribution ("X did Y, **AFP reported**", "..., **a senior
official said**") and the sentence walk that sets reporters apart (:func:`actor_sentences`).

When a sentence's root is a reporting verb whose reported clause comes before it, the speaker
tells of the event and takes no part in it. The classifier fill reads the sentence's root and
its subject, so it would make the speaker the source; :func:`without_trailing_speaker` gives it
the sentence's mentions and an actor index without the speaker's phrase (the fill then takes
the first actor named, the subject of the reported clause).

A speaker before its clause ("France said it would ...") is left alone: there the speaker is
usually the one who acts.

Example:
    >>> without_trailing_speaker.__name__
    'without_trailing_speaker'
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..actors.context import REPORT_VERBS
from ..actors.where import without_makers
from ..models import ActorMention
from ..nlp.docmemo import is_question, sentences
from .answerers import without_answerers
from .border_sides import border_side
from .own_forces import without_moved_forces
from .syntax import ActorIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def _reporting_root(sent: Span) -> Token | None:
    """The sentence's root when it is a reporting verb ("said", "reported"), else None."""
    root = sent.root
    return root if root.lemma_.lower() in REPORT_VERBS and root.pos_ == "VERB" else None


def trailing_speaker(sent: Span) -> tuple[int, int] | None:
    """The token span of the speaker of a reporting root whose clause precedes it, or None."""
    root = _reporting_root(sent)
    if root is None:
        return None
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    if not any(c.dep_ in _CLAUSE_DEPS and c.i < speaker.i for c in root.children):
        return None
    return speaker.left_edge.i, speaker.right_edge.i + 1


def reported_clause(sent: Span) -> Token | None:
    """The verb of the clause a reporting root reports ("Japan would impose no curbs, a
    minister **said**" -> "impose"; "France said it **would** ..." -> "would"'s verb), or None.
    Whether the report tells of a real event is the clause's mood, not the speech verb's."""
    root = _reporting_root(sent)
    if root is None:
        return None
    return next(
        (c for c in root.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")), None
    )


def cited_sources(sent: Span) -> list[tuple[int, int]]:
    """The token spans of the sources a sentence cites ("..., **according to the United
    Nations**", "according to a report by Greenpeace"): the object of "according to". Who
    reports the event is not acted on in it: the classifier's fill takes no target there
    (:func:`~.learned.fill_candidate`); it may still be the one who acts ("according to the
    army, its troops retook the town")."""
    spans = []
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= sent.end:
            continue
        to = token.doc[token.i + 1]
        if to.lower_ == "to" and to.right_edge.i > to.i:
            spans.append((to.i + 1, to.right_edge.i + 1))
    return spans


def without_trailing_speaker(
    sent: Span, mentions: Sequence[ActorMention], index: ActorIndex
) -> tuple[list[ActorMention], ActorIndex]:
    """``mentions`` and ``index`` less the actors inside the trailing speaker's phrase."""
    span = trailing_speaker(sent)
    if span is None:
        return list(mentions), index
    kept = [m for m in mentions if not span[0] <= m.start < span[1]]
    if len(kept) == len(mentions):
        return kept, index
    dropped = {(m.start, m.end) for m in mentions} - {(m.start, m.end) for m in kept}
    by_token = {i: g for i, g in index.by_token.items() if (g[0].start, g[0].end) not in dropped}
    return kept, ActorIndex(by_token)


def actor_sentences(
    doc: Doc, mentions: Sequence[ActorMention], reporters: Sequence[tuple[int, int]]
) -> Iterator[tuple[Span, int, list[ActorMention], list[ActorMention]]]:
    """Each sentence with actors that is no question: (sentence, index, its mentions, the
    parties among them). Who reports takes no part ("..., a spokeswoman for the U.S. embassy
    said"): mentions starting inside ``reporters`` (character spans) are no parties; nor is
    the maker of a thing named in passing (:func:`~..actors.where.without_makers`), nor the
    forces a verb moves as their owner's own (:func:`~.own_forces.without_moved_forces`), nor
    who answers from after a reaction's "from" (:func:`~.answerers.without_answerers`), nor the
    nationality of a border (:func:`~.border_sides.border_side`)."""
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sent_index, []).append(mention)
    if not by_sentence:
        return  # no actors, no events: skip the sentence walk entirely
    for sent_index, sent in enumerate(sentences(doc)):
        sentence_mentions = by_sentence.get(sent_index)
        if sentence_mentions and not is_question(sent):
            parties = [
                m
                for m in without_answerers(
                    doc, without_moved_forces(doc, without_makers(doc, sentence_mentions))
                )
                if not border_side(doc, m)  # "near the Ugandan border": a place
                if not any(a <= m.actor.start < b for a, b in reporters)
            ]
            yield sent, sent_index, sentence_mentions, parties


def party_index(doc: Doc, mentions: Sequence[ActorMention]) -> ActorIndex:
    """The index of the mentions that may be parties of an act: all but the countries that
    name a side of a border or the land of a coast (:func:`~.border_sides.border_side`), which
    the parser may hang on the verb as if acted on ("arrested two men near the border with
    Kenya": "with Kenya" on "arrested")."""
    return ActorIndex.build([m for m in mentions if not border_side(doc, m)])
