"""Event coding: who did what to whom, from the dependency parse, as CAMEO codes.

Usage: ``events = EventCoder.load(codebook=Codebook.load()).find(doc, mentions)``, where
``mentions`` are the actor stage's output for ``doc``. Each returned
:class:`~eventscope.models.EventMention` names source/target mentions (``target`` may be
``None``; ``source`` is always set unless ``EventOptions(require_source=False)``), a CAMEO code
present in the codebook, the trigger's token span, the sentence index and a confidence in
[0, 1]. At most one event per (source, target, code) per sentence.

How a clause is coded (patterns in ``data/events/``, rules in its README):

* verbs: lemma (+ preposition/particle) (+ direct-object lemma) -> code; source = subject
  (or passive agent), target = object, prepositional object or passive subject;
* frames: "plans to visit" -> intent (036), "threatened to attack" -> 138, "refused to meet"
  -> 125, "urged X to withdraw" -> 02x; "will visit" -> intent; "will cut X unless" -> threat;
  "did not meet", "could meet", "if X meets", questions -> nothing; "accused X of attacking"
  codes only the accusation; "X said that Y must V" -> X demands of Y (``events_frames``);
* event nouns (``events_nominal``); compounds and collectives (``events_build``).

Confidence: 0.9 verb with subject and object, 0.8 when framed or inferred from "will", 0.65
nominal, 0.55 nominal with an inherited actor; -0.1 with no target, -0.2 for a target inferred
from the sentence, -0.05 for collective actors.

Example:
    >>> coder = EventCoder.load()
    >>> coder.options.min_confidence
    0.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..actors.context import reporter_spans
from ..errors import DataFileError
from ..models import ActorMention, EventMention
from ..nlp.docmemo import doc_words, within_memo_scope
from ..nlp.syntax import NOMINAL_POS
from .appeals import appeal_call
from .arguments import ArgumentFinder
from .attribution import actor_sentences, party_index, without_trailing_speaker
from .authored import message_not_event
from .build import Candidate, jointly, to_mentions
from .cameo import MATERIAL_CONFLICT_QUAD, Codebook, packaged_codebook
from .classifier import EventClassifier
from .clauses import codes_as_verb, conditional_frame, conditional_kind, purpose_target, verb_rules
from .distinctions import distinguished
from .embedded import without_embedded
from .enacted import enacted_rule, light_rule
from .frames import (
    apply_frame,
    framed_noun,
    framed_recode,
    frames_a_child,
    has_intent_aux,
    match_rule,
    modality,
    not_a_fact,
    not_real,
    object_of,
    reported_demand,
)
from .hindsight import read_back
from .keep import actor_key, anchored_event, own_possessions, own_unit, press_channel, self_dyad
from .learned import ClassifierOptions, ClassifierUse, Reading, load_classifier
from .mandative import mandated_code
from .membership import not_member
from .no_acts import no_act
from .nominal import claimed_act, noun_candidates, owns_claimed_act
from .one_way import each_other
from .patients import described_patient
from .patterns import PatternBook
from .perfect import unrealised_infinitive
from .petrarch_verbs import said_as_is
from .placed import placed_rule
from .requests import bare_appeals
from .shared_frame import framing
from .syntax import ActorIndex, governing_verb
from .warnings import warned_code
from .wishes import wished_act

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VERB_CONFIDENCE = 0.9


@dataclass(frozen=True, slots=True, kw_only=True)
class EventOptions:
    """Options of the event stage.

    ``min_confidence``: drop weaker events. ``require_source``: drop events with no source actor.
    ``infer_targets``: give a target-less event the sentence's single other country.
    ``state_sectors``: a country named alone gets sector GOV (MIL for the source of military
    roots), as the state is who acts (:func:`~eventscope.events.build.with_state_sector`).
    ``domestic_targets``: a target agent with no country ("the government") takes the source's
    country, and a domestic event with no target (roots in ``domestic_roots`` of
    ``frames.toml``: "police investigated a pastor") targets the source's own country
    (:func:`~eventscope.events.build.domestic_target`).
    ``require_anchor``: drop events where neither side has a country or a fixed organisation
    code (an ``IGO``/``NGO``/... code, not a bare sector): "a gunman shot a man".
    ``classifier``: how the trained sentence classifier fills and vetoes rule output
    (:class:`~eventscope.events.learned.ClassifierOptions`).
    ``embedded_events``: keep the events said inside another event's report ("complained over
    the raids": the raids), which one-event-per-act coding leaves out
    (:mod:`~eventscope.events.embedded`).
    """

    min_confidence: float = 0.0
    require_source: bool = True
    infer_targets: bool = True
    state_sectors: bool = True
    domestic_targets: bool = True
    require_anchor: bool = True
    classifier: ClassifierOptions = ClassifierOptions()
    embedded_events: bool = False


class EventCoder:
    """Rule-based CAMEO event coder over the dependency parse; immutable after :meth:`load`."""

    def __init__(
        self,
        book: PatternBook,
        options: EventOptions,
        classifier: EventClassifier | None = None,
        *,
        codebook: Codebook | None = None,
    ) -> None:
        self.book = book
        self.options = options
        self._finder = ArgumentFinder(book)
        # unnamed people force may fall on: "police detained a man", "dispersed a protest"
        words = book.words
        self._patients = words.get("person_objects", frozenset()) | words.get(
            "gathering_objects", frozenset()
        )
        self.classifier = classifier if options.classifier.enabled else None
        self._learned = ClassifierUse(self.classifier, book, options.classifier)
        roots = (codebook if codebook is not None else packaged_codebook()).roots
        # Codebook facts (QuadClass by root), read from data/cameo.
        self._cooperation_roots = roots(1, 2)
        self._material_conflict_roots = roots(MATERIAL_CONFLICT_QUAD)
        domestic = book.words.get("domestic_roots", frozenset())
        self._domestic_roots = domestic if options.domestic_targets else None

    @classmethod
    def load(
        cls,
        *,
        codebook: Codebook | None = None,
        options: EventOptions | None = None,
        patterns: Sequence[str | Path] = (),
    ) -> EventCoder:
        """The coder with the packaged patterns plus the user pattern files ``patterns``."""
        codebook = codebook if codebook is not None else Codebook.load()
        book = PatternBook.load(extra=patterns, known=codebook.__contains__)
        unknown = sorted(code for code in book.codes() if code not in codebook)
        if unknown:
            raise DataFileError(detail=f"event patterns use codes not in the codebook: {unknown}")
        options = options or EventOptions()
        return cls(book, options, load_classifier(options.classifier), codebook=codebook)

    @within_memo_scope  # every sentence reads the document's words
    def find(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        index = party_index(doc, mentions)
        events: list[EventMention] = []
        seen: set[tuple[object, ...]] = set()
        for sent, sent_index, sentence_mentions, parties in actor_sentences(
            doc, mentions, reporter_spans(doc)
        ):
            reading = self._learned.read(sent, sentence_mentions)
            found = self._recoded(sent, self._candidates(sent, sent_index, index))  # rules
            trial = set(seen)  # the keys of events kept, taken only if no veto drops them
            kept = self._kept(doc, found, parties, trial)
            if self._learned.vetoes(reading, kept):
                found, kept = [], []
            else:
                seen = trial
            if not owns_claimed_act(doc, kept, self.book):  # a claim and its act stand together
                kept = self._learned.disputed(reading, kept)
            if kept and not self._learned.outvoted(reading, kept):
                events += kept
            elif kept or not found:  # a rule event's actors did not fit: no guess here
                filled = self._filled(reading, sent_index, index, sentence_mentions)
                events += self._learned.below(reading, kept, self._kept(doc, filled, parties, seen))
        return events

    def last_resort(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        """For a document in which no stage found an event although it names actors: the
        classifier's event for its most eventful sentence, with looser thresholds, also where
        a rule event's actors did not fit (``ClassifierOptions.last_resort``; on by default)."""
        if not self.options.classifier.last_resort:
            return []
        index = party_index(doc, mentions)
        sentences = list(actor_sentences(doc, mentions, reporter_spans(doc)))
        readings = [self._learned.read(sent, found) for sent, _, found, _ in sentences]
        for i in self._learned.most_eventful(readings):
            _, sent_index, sentence_mentions, parties = sentences[i]
            filled = self._filled(readings[i], sent_index, index, sentence_mentions, True)
            if kept := self._kept(doc, filled, parties, set()):
                return kept
        return []

    def main_events(self, doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
        """``events`` of ``doc`` (from every stage) without those said inside another event's
        report, unless ``EventOptions.embedded_events``."""
        events = read_back(doc, events, self.book)  # "condemned the drills", "shot dead X"
        if self.options.embedded_events:
            return events
        return without_embedded(doc, events, material_conflict=self._material_conflict_roots)

    def _kept(
        self,
        doc: Doc,
        candidates: list[Candidate],
        parties: list[ActorMention],
        seen: set[tuple[object, ...]],
    ) -> list[EventMention]:
        """The event mentions of ``candidates`` that :meth:`_keep` keeps, in order."""
        return [
            event
            for whole in candidates
            for candidate in own_possessions(doc, whole)
            for mention in to_mentions(
                candidate,
                parties,
                infer_targets=self.options.infer_targets,
                state_sectors=self.options.state_sectors,
                domestic_roots=self._domestic_roots,
            )
            # "talking to reporters": the press is the channel, not a party
            if (event := press_channel(doc, own_unit(mention))) and self._keep(event, seen)
        ]

    def _keep(self, event: EventMention, seen: set[tuple[object, ...]]) -> bool:
        words = self.book.words
        if event.confidence < self.options.min_confidence:
            return False
        if event.source is None and self.options.require_source:
            return False
        if self.options.require_anchor and not anchored_event(event, self._material_conflict_roots):
            return False  # "officials discussed the plan": no state or organisation takes part
        if self_dyad(event, words["domestic_roots"]) or no_act(event, words):
            return False  # "refugees crossed into Poland's territory": no show of force
        key = (event.sent_index, actor_key(event.source), actor_key(event.target), event.cameo)
        if key in seen:
            return False
        seen.add(key)
        return True

    def _filled(
        self,
        reading: Reading,
        sent_index: int,
        index: ActorIndex,
        mentions: list[ActorMention],
        last_resort: bool = False,
    ) -> list[Candidate]:
        """The classifier's event for a sentence (``learned``)."""
        # "..., AFP said": who reports the sentence is no party to the classifier's event
        mentions, index = without_trailing_speaker(reading.sent, mentions, index)
        filled = self._learned.fill(reading, sent_index, mentions, index, last_resort=last_resort)
        # The model's event obeys the codebook distinctions too ("the air force targeted": 195).
        return self._recoded(reading.sent, [filled]) if filled is not None else []

    def _recoded(self, sent: Span, found: list[Candidate]) -> list[Candidate]:
        """Codebook distinctions by other words of the sentence (``[[recode]]``)."""
        if not found:
            return found
        table = doc_words(sent.doc)
        lemmas = frozenset(table.lemma[sent.start : sent.end])
        for candidate in found:
            trigger = table.lemma[candidate.trigger[1] - 1]
            candidate.code = self.book.recode(candidate.code, trigger, lemmas)
        # "Clinton continued her attacks on Trump": words; "fired missiles into the sea": a show
        # of force (150); "sent humanitarian aid": 073 (events/distinctions.py)
        return [distinguished(candidate, sent, self.book.words) for candidate in found]

    def _candidates(self, sent: Span, sent_index: int, index: ActorIndex) -> list[Candidate]:
        found: list[Candidate] = []
        consumed: set[int] = set()
        # Only tokens whose lemma some pattern can use are looked at (cheap set lookups).
        verbs, nouns = self.book.trigger_verbs, self.book.noun_heads
        table, doc = doc_words(sent.doc), sent.doc
        triggers, clauses = [], []
        for i in range(sent.start, sent.end):  # strings only: a token is made for a trigger
            lemma = table.lemma[i]
            if lemma in verbs or lemma in nouns:
                triggers.append(doc[i])
            if table.dep[i] == "ccomp" and lemma not in verbs:
                clauses.append(doc[i])
        tokens = triggers + clauses
        for token in sorted(tokens, key=lambda t: t.i):
            if token.pos_ in ("VERB", "AUX") and token.dep_ == "ccomp":
                demand = reported_demand(self.book, token, sent_index, index) or wished_act(
                    self.book, token, sent_index, index
                )  # "X said Y must withdraw", "X wants Y to pay"
                if demand is not None:
                    found.append(demand)
                    continue
            if token.lemma_.lower() in verbs and codes_as_verb(token, self.book):
                candidate = self._verb(token, sent_index, index, consumed)
                if candidate is not None:
                    found.append(candidate)
        for token in tokens:
            if token.pos_ in NOMINAL_POS and token.i not in consumed:
                # "had never met ... before the summit": the clause's verb may be a few heads up
                verb = governing_verb(token)
                mood = modality(verb, self.book) if verb is not None else None
                found.extend(noun_candidates(token, sent_index, self.book, index, mood))
        joint = self.book.words.get("joint_posture", frozenset())
        return [jointly(c, joint) for c in bare_appeals(sent, sent_index, self.book, index, found)]

    def _verb(
        self, verb: Token, sent_index: int, index: ActorIndex, consumed: set[int]
    ) -> Candidate | None:
        obj = object_of(verb)
        enacted = enacted_rule(self.book, verb, obj)  # "ordered the expulsion of X": 161
        framed = None if enacted else framed_noun(self.book, verb, sent_index, index, consumed)
        if framed is not None:
            return framed
        if frames_a_child(self.book, verb) or not_a_fact(self.book, verb):
            return None
        if not_real(self.book, verb, obj) or message_not_event(self.book, verb, obj):
            return None
        rule = enacted or match_rule(verb, obj, verb_rules(self.book, verb, obj), self.book.naming)
        rule = rule or light_rule(self.book, verb, obj) or placed_rule(self.book, verb, obj)
        rule = appeal_call(rule, obj)  # "a call for help": 023
        if rule is None:
            return None
        if rule.objects and obj is not None:
            # "held talks with X", "signed a treaty of cooperation": the nouns are this event;
            # not a claimed act ("claimed the bombing"), which its author owns
            consumed.update(t.i for t in obj.subtree if not claimed_act(t, self.book))
        mood = self._mood(verb, rule.code)
        frame = framing(verb, self.book)
        kind = self.book.frame_verbs.get(frame.lemma_.lower()) if frame is not None else None
        if not self._asserted(verb, mood, kind or conditional_kind(rule.code)):
            return None
        sources, targets = self._finder.arguments(verb, rule, obj, index)
        unnamed = not targets and described_patient(obj, index, rule.code, self._patients)
        needs = rule.needs_target and not (targets or unnamed)
        if needs or not_member(rule.lemma, targets, self.book.words):
            return None
        candidate = Candidate(
            code=warned_code(self.book, verb, mandated_code(self.book, verb, rule.code)),
            sources=sources,
            targets=targets,
            trigger=(verb.i, verb.i + 1),
            sent_index=sent_index,
            confidence=VERB_CONFIDENCE,
            pattern=f"verb:{rule.lemma}" + (f"+{rule.prep}" if rule.prep else ""),
            reciprocal=rule.reciprocal or each_other(verb),  # "blamed one another"
            unnamed_target=unnamed,
        )
        if frame is not None and kind is not None:
            as_said = said_as_is(rule, kind, frame)  # a PETRARCH row: "is about to sign" signs
            return candidate if as_said else apply_frame(self.book, candidate, frame, index)
        if unrealised_infinitive(verb, rule.code, self.book.words):
            return None  # a purpose or plan ("sent aid to help X"), not a realised event
        mood = None if rule.as_said and mood == "intent" else mood  # a PETRARCH row: as said
        return self._moded(purpose_target(candidate, verb, index), mood, verb)

    def _moded(self, candidate: Candidate, mood: str | None, verb: Token) -> Candidate:
        """``candidate`` recoded by the mood of its clause (refusal, threat, offer, intent)."""
        code = candidate.code
        if mood == "refused":  # "will not lift the embargo": a refusal to yield (CAMEO 12x)
            return framed_recode(candidate, self.book.frame_code("refuse", code), "+won't")
        if mood == "conditional":  # "will cut X unless ..." threatens; "will meet X if" offers
            kind = conditional_frame(self.book, verb, code, self._cooperation_roots)
            if kind is None:  # "threatened X with sanctions if ...": the threat itself
                return candidate
            return framed_recode(candidate, self.book.frame_code(kind, code), "+conditional")
        if mood == "intent" and ("04" <= code[:2] <= "08" or code[:2] >= "14"):
            return framed_recode(candidate, self.book.frame_code("intent", code), "+will")
        return candidate

    def _asserted(self, verb: Token, mood: str | None, kind: str | None) -> bool:
        """Whether the clause reports the event: not negated or unreal, and if conditional
        then framed as a threat, demand or appeal or said with an intent auxiliary."""
        if mood in ("negated", "unreal"):
            return False
        if mood != "conditional" or kind in ("threat", "demand", "appeal"):
            return True
        return has_intent_aux(verb, self.book.words["intent_aux"])

    def _mood(self, verb: Token, code: str) -> str | None:
        """:func:`modality` of ``verb``'s clause, with "refused" for a negated future of a
        cooperative act: "X will not lift the ban", "says it won't accept the plan" is the
        actor's refusal (CAMEO 12: 1244 "refuse to ease economic sanctions", 1243 "refuse to
        release persons"). Other negated events code nothing ("would impose no curbs")."""
        mood = modality(verb, self.book)
        if mood != "negated" or code[:2] not in self._cooperation_roots:
            return mood
        return "refused" if has_intent_aux(verb, self.book.words["intent_aux"]) else mood
