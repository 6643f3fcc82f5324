"""Where the trained classifier (:mod:`~eventscope.events.classifier`) meets the rules.

Five uses, with thresholds chosen on the tune parts of the dev sets and on the pipeline
cross-validation of ``tools/train_classifier.py --pipeline-cv 5`` (:class:`ClassifierOptions`):

* **fill**: a sentence names two different actors (or one, when the classifier is sure of
  a PentaClass other than material conflict), no pattern matched, and the classifier is
  confident that the sentence reports an event: code it with the classifier's root (its base
  code, "190" for 19) at a low confidence. Source = the actor of the main verb's subject (else
  the first actor), target = the actor of its object or a target preposition (else the next
  different actor, a co-subject last, of a mutual act both ways: :mod:`.cosubjects`). Negated,
  unreal, conditional main clauses are left alone, and so is a reporting root's clause that
  denies its event ("X would impose no curbs, a minister said"); a trailing speaker's clause
  names who acts on whom. A protest root (14) for a state or armed source becomes the next
  most probable root of its class (CAMEO 14 is civilian dissent; armies' is 18-20).
* **dispute**: when the classifier is sure of a PentaClass and the rules coded a sentence
  with events of that class and of others, the others rank just below ("the rebels claimed
  they had attacked the base": the news is the claim).
* **outvote**: when it is sure of a class none of the sentence's rule events has (material
  conflict excepted: protests and fights are the domain coder's), its fill is added and the
  rule events rank just below it; surer still (``replace_rules``), its fill replaces the rule
  event of the same pair ("Israel's cabinet met and decided to bar Hamas": 13, not 04).
* **last resort** (``last_resort``, on by default): a document in which no stage found an
  event although it names actors gets the fill of its most eventful sentence under looser
  thresholds (``doc_fill_*``; material conflict keeps the sentence's), also where a rule event
  was dropped for want of a source. A reader would rather have one low-confidence event (0.45)
  of the right class than none: with the looser sentence fill it took the pipeline CV from
  0.640 to 0.735 and held or raised every tune part; its dyad is a guess (filter on
  ``confidence``). Sentences with no actor stay uncoded (``require_source``).
* **veto**: rule events in a sentence the classifier is sure reports no event are dropped
  ("no pattern is always right"; it saw what ordinary news looks like; :mod:`.veto`).

Example:
    >>> ClassifierOptions().fill_event >= 0.5
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from .attribution import cited_sources, reported_clause, trailing_speaker
from .build import RANK_STEP, Candidate
from .claims import asserted_root
from .classifier import EventClassifier, Prediction
from .classifier_options import ClassifierOptions
from .clauses import a_trip, failed_act, outvotable, penta_of, states_no_act
from .cosubjects import guessed_target, pairs_subjects, unnamed_object
from .frames import modality, not_real, object_of
from .keep import CLASSIFIER_PATTERN, actor_key
from .named_objects import object_named
from .no_acts import composition, contest, own_tour
from .own_rows import row_root
from .patterns import PatternBook
from .replaced import replaced
from .syntax import PAIR_PREPS, ActorIndex, Group, child, inherited_subject, is_passive, subject
from .veto import vetoed
from .yielding import conceded_root

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Sectors (CAMEO agent codes) of states and armed groups: government, military, police,
# intelligence, rebels, insurgents, unidentified armed forces.
STATE_OR_ARMED = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF"})
# Prepositions that give the cause of an act ("criticised over", "praised for"), not its agent.
CAUSE_PREPS = frozenset({"over", "for", "about"})
Mentions = Sequence[ActorMention]


def _distinct(a: ActorMention, b: ActorMention) -> bool:
    """Two actors that can form a dyad: different countries, or one country's different
    sectors (a domestic event: government and opposition)."""
    if a.actor.country and a.actor.country == b.actor.country:
        return bool(a.actor.sector and b.actor.sector and a.actor.sector != b.actor.sector)
    return actor_key(a) != actor_key(b)


def may_fill(mentions: Sequence[ActorMention], options: ClassifierOptions) -> bool:
    """Whether :func:`fill_candidate` could code anything: two actors that can form a dyad,
    or one-sided fills enabled (checked before running the model, which costs more)."""
    if options.fill_one_sided <= 1.0:
        return bool(mentions)
    return any(_distinct(a, b) for i, a in enumerate(mentions) for b in mentions[i + 1 :])


class Reading:
    """The model's reading of one sentence and its actors, computed on first use and then kept
    (a sentence may be vetoed, disputed and filled; most need no reading at all)."""

    __slots__ = ("_guess", "_mentions", "_model", "sent")

    def __init__(self, model: EventClassifier | None, sent: Span, mentions: Mentions = ()) -> None:
        self._model = model
        self.sent = sent
        self._mentions = mentions
        self._guess: Prediction | None = None

    def __call__(self) -> Prediction:
        if self._guess is None:
            if self._model is None:
                raise ValueError("no classifier to read the sentence with")
            self._guess = self._model.predict(self.sent, self._mentions)
        return self._guess


@dataclass(frozen=True, slots=True)
class ClassifierUse:
    """The classifier's uses for one event coder (``model`` None: none of them)."""

    model: EventClassifier | None
    book: PatternBook
    options: ClassifierOptions

    def read(self, sent: Span, mentions: Mentions = ()) -> Reading:
        return Reading(self.model, sent, mentions)

    def vetoes(self, reading: Reading, kept: Sequence[EventMention]) -> bool:
        """Whether the model is sure that the sentence reports no event, so the rules' events
        ``kept`` are dropped (:mod:`.veto`). With none kept the model is not read: a veto would
        drop nothing, nor fill (P(event) below ``veto_event``, at most ``fill_event``)."""
        if self.model is None or (not kept and self.options.veto_event <= self.options.fill_event):
            return False
        return vetoed(reading(), kept, veto_event=self.options.veto_event)

    def fill(
        self,
        reading: Reading,
        sent_index: int,
        mentions: Sequence[ActorMention],
        index: ActorIndex,
        *,
        last_resort: bool = False,
    ) -> Candidate | None:
        """:func:`fill_candidate` with the model's reading, run only when a fill is possible
        (``last_resort``: with the looser thresholds of a document that has no event)."""
        options = self.options.for_document() if last_resort else self.options
        if self.model is None or not (options.fill and may_fill(mentions, options)):
            return None
        return fill_candidate(
            reading.sent,
            sent_index,
            reading(),
            mentions,
            index=index,
            book=self.book,
            options=options,
        )

    def disputed(self, reading: Reading, kept: list[EventMention]) -> list[EventMention]:
        """``kept`` (the rules' events of the sentence); when the model is sure of a PentaClass
        (``dispute``) and some of them have it, the others rank just below the first of those
        (the rules may code a clause beside the news: "claimed it attacked": the claim)."""
        if self.model is None or len(kept) < 2 or reading().penta_prob < self.options.dispute:
            return kept
        ours = [penta_of(event.cameo) == reading().penta for event in kept]
        if not any(ours) or all(ours):
            return kept
        cap = max(e.confidence for e, mine in zip(kept, ours, strict=True) if mine) - RANK_STEP
        return [
            e if mine else replace(e, confidence=min(e.confidence, cap))
            for e, mine in zip(kept, ours, strict=True)
        ]

    def outvoted(self, reading: Reading, kept: list[EventMention]) -> bool:
        """Whether the model is sure (``dispute_fill``) of a PentaClass that none of the rules'
        events ``kept`` has: its fill then ranks above them (:meth:`below`)."""
        if self.model is None or not kept or reading().penta_prob < self.options.dispute_fill:
            return False
        if reading().penta == 4:
            return False  # material conflict is the domain coder's (protests, fights): no guess
        return all(
            outvotable(e, reading().penta, reading.sent, self.book)
            and not object_named(e, reading.sent, self.book)  # "received the emir": 043
            for e in kept
        )

    def below(
        self, reading: Reading, kept: list[EventMention], filled: list[EventMention]
    ) -> list[EventMention]:
        """``kept`` ranked just below the model's ``filled`` events, then those; a kept event
        of an unspecified code takes the code of the model's event of its pair, which goes, when
        the model is surer still (``replace_rules``, :mod:`.replaced`: "the cabinet met and
        decided to bar the militants" is 13, not 040)."""
        if not filled:
            return kept
        cap = min(e.confidence for e in filled) - RANK_STEP
        kept = [replace(e, confidence=min(e.confidence, cap)) for e in kept]
        sure = reading().penta_prob if self.model is not None else 0.0
        return replaced(kept, filled, sure, self.options.replace_rules)

    def most_eventful(self, readings: Sequence[Reading]) -> list[int]:
        """Positions in ``readings``, the sentence the model most believes reports an event
        first."""
        if self.model is None or not self.options.fill:
            return []
        return sorted(range(len(readings)), key=lambda i: -readings[i]().event)


def fill_candidate(
    sent: Span,
    sent_index: int,
    guess: Prediction,
    mentions: Sequence[ActorMention],
    *,
    index: ActorIndex,
    book: PatternBook,
    options: ClassifierOptions,
) -> Candidate | None:
    """A classifier-coded candidate for a sentence no pattern coded, or ``None``."""
    if guess.event < _min_event(guess, options) or guess.root_prob < _min_root(guess, options):
        return None
    if guess.penta_prob < options.fill_penta:
        return None  # the model is unsure what kind of act it is: its root is a guess too
    clause = reported_clause(sent)
    if _unasserted(sent.root, book) or (clause is not None and _denied(clause, book)):
        return None  # "X would impose no curbs, a minister said": the clause denies it
    # "X did Y, AFP reported": the reported clause names who acts and on whom
    verb = clause if clause is not None and trailing_speaker(sent) is not None else sent.root
    if a_trip(verb, object_of(verb), book.words["motion_verbs"]):
        return None  # "X left Uganda": leaving a country is no event between the two
    if guess.root[:2] >= "14" and verb.lemma_ in book.words["speech_verbs"]:
        return None  # "X briefed Y on the fighting": a report of force; X and Y do not fight
    ordered = _patients_last(verb, sorted(mentions, key=lambda m: m.start), index)
    sources = index.groups_under(inherited_subject(verb, book.words["pronouns"]))
    source = sources[0][0] if sources else _fallback_source(verb, ordered)
    if source is None:
        return None
    targets = [g for g in _object_groups(verb, index, book) if _distinct(source, g[0])]
    others = [m for m in ordered if _distinct(source, m) and not _cited(m, sent)]
    target = targets[0][0] if targets else guessed_target(others, verb, sources, book)
    paired = target is not None and not targets and pairs_subjects(target, verb, sources, book)
    if _unfit(verb, source, target, guess, options, book):
        return None
    root = conceded_root(_fill_root(guess, source), guess, sent, book, source, targets, target)
    root = row_root(asserted_root(root, guess, verb), verb, sent, book, guess.ranked)
    code = root + "0" if len(root) == 2 else root
    # each conjoined subject (and object) is a party, as in the rules' events: one actor each
    return Candidate(
        code=code,
        sources=[g[:1] for g in sources] or [(source,)],
        targets=[] if paired else [g[:1] for g in targets] or ([(target,)] if target else []),
        reciprocal=paired,
        trigger=(verb.i, verb.i + 1),
        sent_index=sent_index,
        confidence=options.fill_confidence,
        pattern=f"{CLASSIFIER_PATTERN}{root}",
        unnamed_target=target is None and unnamed_object(verb),  # "urged both sides"
    )


def _unfit(
    verb: Token,
    source: ActorMention,
    target: ActorMention | None,
    guess: Prediction,
    options: ClassifierOptions,
    book: PatternBook,
) -> bool:
    """No fill: a two-sided act with no target, a clause of seeing ("detected aircraft":
    ``perception_verbs``) or of what the source is made of (:func:`.no_acts.composition`), a
    contest won (:func:`.no_acts.contest`), or a state touring its
    own things ("Kim inspected a missile launch": :func:`.no_acts.own_tour`)."""
    if target is None and not _one_sided(guess, options):
        return True
    lemma = verb.lemma_.lower()
    if lemma in book.words.get("perception_verbs", frozenset()):
        return True  # "Japan detected Chinese aircraft": seeing acts on no one
    if composition(verb, source, book.words):
        return True  # "the GCC groups six Gulf states": what a body is made of, no act
    if contest(verb, book.words):
        return True  # "Brazil won the final against Germany": a match is no act on the loser
    return own_tour(lemma, source, target, book.words)


def _min_event(guess: Prediction, options: ClassifierOptions) -> float:
    """Material conflict keeps the sentence threshold in a last-resort fill too (#15)."""
    return (
        max(options.fill_event, options.fill_event_conflict)
        if guess.penta == 4
        else options.fill_event
    )


def _unasserted(verb: Token, book: PatternBook) -> bool:
    """A clause that reports no real event: no verb; negated, unreal, conditional or failed; or
    acting on nothing real ("no restrictions", a naming, "in the 1950s": as for the rules)."""
    if verb.pos_ not in ("VERB", "AUX") or states_no_act(verb, book):
        return True  # no verb, a description ("X is the biggest importer") or a figure
    unreal = modality(verb, book) in ("negated", "unreal", "conditional") or failed_act(verb, book)
    return unreal or not_real(book, verb, object_of(verb))


def _denied(verb: Token, book: PatternBook) -> bool:
    """A reported clause that denies its event: negated, acting on nothing real, a description
    or a figure (its future or conditional mood is left to the classifier: reported intent)."""
    denied = modality(verb, book) == "negated" or not_real(book, verb, object_of(verb))
    return denied or states_no_act(verb, book)


def _min_root(guess: Prediction, options: ClassifierOptions) -> float:
    """Material conflict (PentaClass 4) is the costliest false event (it is what conflict
    and protest monitoring counts), so its root must be surer."""
    return options.fill_root_conflict if guess.penta == 4 else options.fill_root


def _fill_root(guess: Prediction, source: ActorMention) -> str:
    """The classifier's root, unless it is protest (14) by a state or an armed group.

    CAMEO 14 is collective dissent by civilians, the opposition, workers or students; the
    material conflict of an army, a police force, a government or rebels ("forces used gas
    against civilians", "militias drove villagers out") is the next most probable root.
    """
    if guess.root != "14" or not _state_or_armed(source):
        return guess.root
    return next((r for r in guess.ranked if r != "14"), guess.root)


def _state_or_armed(mention: ActorMention) -> bool:
    sector = mention.actor.sector
    if sector is None:
        return bool(mention.actor.country)  # a country named alone acts through its state
    return sector in STATE_OR_ARMED


def _one_sided(guess: Prediction, options: ClassifierOptions) -> bool:
    """An event needs no second actor when the model is sure of its class ("Vietnam is
    committed to opening its economy", "Japan will send relief supplies"). Material conflict
    with one actor is left to the rules: in conflict reports it is mostly one side of a fight
    whose other side no actor covers ("shelled a village"); coding it lost ACLED events (#15)."""
    return guess.penta != 4 and guess.penta_prob >= options.fill_one_sided


def _patients_last(
    verb: Token, ordered: list[ActorMention], index: ActorIndex
) -> list[ActorMention]:
    """``ordered`` with the actors of a passive's subject last: "a US national was put under
    investigation in Italy" has no named agent, and the one acted on is no fallback source."""
    if not is_passive(verb):
        return ordered
    patients = {m.start for group in index.groups_under(child(verb, ("nsubjpass",))) for m in group}
    return sorted(ordered, key=lambda m: m.start in patients)


def _fallback_source(verb: Token, ordered: list[ActorMention]) -> ActorMention | None:
    """The first actor of the sentence, when the verb's subject names none. Where the clause
    has a subject of its own that no actor covers ("USAID provided aid to Haitian families",
    "the office said it would free the Colombian sergeant"), the actors after the verb are
    acted on or spoken of: no fallback source. A pair "between X and Y" after it still acts.
    An agentless passive with a cause ("X was criticised over its dispute with Y") takes no
    source from the cause or the one acted on."""
    if subject(verb) is None:
        # "X was criticised over its dispute with Y", "praised for its aid to Y": the cause
        # of an agentless passive names no agent, and X is acted on
        causes = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS]
        if not causes or not is_passive(verb):
            return ordered[0]
        patient = child(verb, ("nsubjpass",))
        left_out = {t.i for item in [*causes, patient] if item is not None for t in item.subtree}
        return next((m for m in ordered if m.start not in left_out), None)
    pair = {
        t.i
        for item in verb.rights
        if item.dep_ == "prep" and item.lower_ in PAIR_PREPS
        for t in item.subtree
    }
    return next((m for m in ordered if m.start < verb.i or m.start in pair), None)


def _object_groups(verb: Token, index: ActorIndex, book: PatternBook) -> list[Group]:
    """Actors of the verb's object, then of its target prepositions; none a cited source."""
    found: list[Group] = []
    for item in verb.children:
        if item.dep_ in ("dobj", "attr", "nsubjpass", "dative"):
            found += index.groups_under(item)
    found += index.groups_after(verb, book.words["target_preps"])
    return [g for g in found if not _cited(g[0], verb.sent)]


def _cited(mention: ActorMention, sent: Span) -> bool:
    """Whether ``mention`` is a source the sentence cites ("..., according to the United
    Nations": :func:`.attribution.cited_sources`): it reports the event, is not acted on."""
    return any(a <= mention.start < b for a, b in cited_sources(sent))


def load_classifier(options: ClassifierOptions) -> EventClassifier | None:
    """The shipped classifier when ``options`` enable it."""
    return EventClassifier.load() if options.enabled else None
