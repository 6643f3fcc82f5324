"""Event coding: who did what to whom, from the dependency parse, as CAMEO codes.

Usage:

    coder = EventCoder.load(codebook=Codebook.load())
    events: list[EventMention] = coder.find(doc, mentions)

``mentions`` are the actor stage's output for ``doc``. Each returned
:class:`~eventscope.models.EventMention` names source/target mentions (``target`` may be
``None``; ``source`` is always set unless ``EventOptions(require_source=False)``), a CAMEO code
present in the codebook, the trigger's token span, the sentence index and a confidence in
[0, 1]. At most one event per (source, target, code) per sentence.

How a clause is coded (patterns in ``data/events/``, rules in its README):

* verbs: lemma (+ preposition/particle) (+ direct-object lemma) -> code; source = subject
  (or passive agent), target = object, prepositional object or passive subject;
* frames: "plans to visit" -> intent (036), "threatened to attack" -> 138, "refused to meet"
  -> 125, "urged X to withdraw" -> 02x; "will visit" -> intent; "did not meet", "could meet",
  "if X meets", questions -> nothing; "accused X of attacking" codes only the accusation;
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
from typing import TYPE_CHECKING

from .cameo import Codebook
from .errors import DataFileError
from .events_build import Candidate, to_mentions
from .events_nominal import noun_candidates
from .events_patterns import PatternBook, VerbRule
from .events_syntax import ActorIndex, child, inherited_subject, prep_object
from .models import ActorMention, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VERB_CONFIDENCE = 0.9
FRAMED_CONFIDENCE = 0.8
_OBJECT_DEPS = ("dobj", "attr", "oprd")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventOptions:
    """Options of the event stage.

    ``min_confidence``: drop weaker events. ``require_source``: drop events with no source actor.
    ``infer_targets``: give a target-less event the sentence's single other country.
    """

    min_confidence: float = 0.0
    require_source: bool = True
    infer_targets: bool = True


class EventCoder:
    """Rule-based CAMEO event coder over the dependency parse; immutable after :meth:`load`."""

    def __init__(self, book: PatternBook, options: EventOptions) -> None:
        self.book = book
        self.options = options

    @classmethod
    def load(
        cls, *, codebook: Codebook | None = None, options: EventOptions | None = None
    ) -> EventCoder:
        book = PatternBook.load()
        codebook = codebook if codebook is not None else Codebook.load()
        unknown = sorted(code for code in book.codes() if code not in codebook)
        if unknown:
            raise DataFileError(detail=f"event patterns use codes not in the codebook: {unknown}")
        return cls(book, options or EventOptions())

    def find(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[EventMention]:
        by_sentence: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sent_index, []).append(mention)
        if not by_sentence:
            return []  # no actors, no events: skip the sentence walk entirely
        index = ActorIndex.build(mentions)
        events: list[EventMention] = []
        seen: set[tuple[object, ...]] = set()
        for sent_index, sent in enumerate(doc.sents):
            sentence_mentions = by_sentence.get(sent_index)
            if not sentence_mentions or sent.text.rstrip().endswith("?"):
                continue
            for candidate in self._candidates(sent, sent_index, index):
                for event in to_mentions(
                    candidate, sentence_mentions, infer_targets=self.options.infer_targets
                ):
                    if self._keep(event, seen):
                        events.append(event)
        return events

    def _keep(self, event: EventMention, seen: set[tuple[object, ...]]) -> bool:
        if event.confidence < self.options.min_confidence:
            return False
        if event.source is None and self.options.require_source:
            return False
        key = (event.sent_index, _key(event.source), _key(event.target), event.cameo)
        if key in seen:
            return False
        seen.add(key)
        return True

    def _candidates(self, sent: Span, sent_index: int, index: ActorIndex) -> list[Candidate]:
        found: list[Candidate] = []
        consumed: set[int] = set()
        for token in sent:
            if token.pos_ in ("VERB", "AUX") and token.dep_ == "ccomp":
                demand = self._reported_demand(token, sent_index, index)
                if demand is not None:
                    found.append(demand)
                    continue
            if token.pos_ == "VERB":
                candidate = self._verb(token, sent_index, index, consumed)
                if candidate is not None:
                    found.append(candidate)
        for token in sent:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed:
                modality = self._modality(token.head) if token.head.pos_ == "VERB" else None
                found.extend(noun_candidates(token, sent_index, self.book, index, modality))
        return found

    # -- verbs ------------------------------------------------------------------------

    def _verb(
        self, verb: Token, sent_index: int, index: ActorIndex, consumed: set[int]
    ) -> Candidate | None:
        framed_noun = self._framed_noun(verb, sent_index, index, consumed)
        if framed_noun is not None:
            return framed_noun
        rules = self.book.verbs.get(verb.lemma_.lower())
        if not rules or self._frames_a_child(verb):
            return None
        obj = _object(verb)
        rule = _match(verb, obj, rules)
        if rule is None:
            return None
        if rule.objects and obj is not None:
            # "held talks with X", "signed a treaty of cooperation": the nouns are this event
            consumed.update(t.i for t in obj.subtree)
        modality = self._modality(verb)
        if modality in ("negated", "unreal"):
            return None
        sources, targets = self._arguments(verb, rule, obj, index)
        candidate = Candidate(
            code=rule.code,
            sources=sources,
            targets=targets,
            trigger=(verb.i, verb.i + 1),
            sent_index=sent_index,
            confidence=VERB_CONFIDENCE,
            pattern=f"verb:{rule.lemma}" + (f"+{rule.prep}" if rule.prep else ""),
            reciprocal=rule.reciprocal,
        )
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.book.frame_verbs:
            return self._framed(candidate, verb.head, index)
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return None  # a purpose or plan ("sent aid to help X"), not a realised event
        if modality == "intent" and rule.code[:2] not in ("03", "13"):
            candidate.code = self.book.frame_code("intent", rule.code)
            candidate.confidence = FRAMED_CONFIDENCE
            candidate.pattern += "+will"
        return candidate

    def _reported_demand(self, verb: Token, sent_index: int, index: ActorIndex) -> Candidate | None:
        """ "X said that Y must withdraw" -> X demands of Y (10x, by the embedded verb's root)."""
        words = self.book.words
        speech = verb.head
        if speech.lemma_.lower() not in words["speech_verbs"] or not any(
            c.dep_ == "aux" and c.lower_ in words["demand_aux"] for c in verb.children
        ):
            return None
        if self._modality(speech) in ("negated", "unreal"):
            return None
        rules = self.book.verbs.get(verb.lemma_.lower(), ())
        rule = _match(verb, _object(verb), rules)
        return Candidate(
            code=self.book.frame_code("demand", rule.code if rule else "10"),
            sources=index.groups_under(inherited_subject(speech, words["pronouns"])),
            targets=index.groups_under(child(verb, ("nsubj", "nsubjpass"))),
            trigger=(verb.i, verb.i + 1),
            sent_index=sent_index,
            confidence=FRAMED_CONFIDENCE,
            pattern=f"demand:{speech.lemma_.lower()}+must",
        )

    def _framed_noun(
        self, verb: Token, sent_index: int, index: ActorIndex, consumed: set[int]
    ) -> Candidate | None:
        """ "demanded talks", "called on X to resume talks", "offered assistance to X"."""
        kind = self.book.frame_verbs.get(verb.lemma_.lower())
        if kind is None or kind in ("allege", "fact"):
            return None
        embedded = child(verb, ("xcomp",))
        holder = verb
        if embedded is not None and embedded.lemma_.lower() not in self.book.verbs:
            holder = embedded
        noun = child(holder, ("dobj",))
        rule = self.book.nouns.get(noun.lemma_.lower()) if noun is not None else None
        if noun is None or rule is None or self._modality(verb) in ("negated", "unreal"):
            return None
        consumed.update(t.i for t in noun.subtree)
        preps = self.book.words["target_preps"]
        targets = index.groups_after(noun, preps) or index.groups_after(holder, preps)
        addressee: list = []
        if holder is not verb:
            addressee = index.groups_under(child(verb, ("dobj",)))
            addressee = addressee or index.groups_after(verb, ("on", "upon"))
        if kind in ("appeal", "demand") and addressee:
            targets = addressee
        return Candidate(
            code=self.book.frame_code(kind, rule.code),
            sources=index.groups_under(inherited_subject(verb, self.book.words["pronouns"])),
            targets=targets,
            trigger=(verb.i, verb.i + 1),
            sent_index=sent_index,
            confidence=FRAMED_CONFIDENCE,
            pattern=f"frame:{verb.lemma_.lower()}+noun:{rule.lemma}",
        )

    def _frames_a_child(self, verb: Token) -> bool:
        """A frame verb ("agreed to meet") leaves the coding to its embedded verb."""
        if verb.lemma_.lower() not in self.book.frame_verbs:
            return False
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in self.book.verbs for c in verb.children)

    def _framed(self, candidate: Candidate, frame: Token, index: ActorIndex) -> Candidate | None:
        kind = self.book.frame_verbs[frame.lemma_.lower()]
        if kind == "allege" or self._modality(frame) in ("negated", "unreal"):
            return None
        candidate.code = self.book.frame_code(kind, candidate.code)
        candidate.trigger = (frame.i, candidate.trigger[1])
        candidate.confidence = FRAMED_CONFIDENCE
        candidate.pattern = f"frame:{frame.lemma_.lower()}+{candidate.pattern}"
        addressee = index.groups_under(child(frame, ("dobj",)))
        if kind in ("appeal", "demand") and addressee:
            candidate.targets = addressee
        return candidate

    def _arguments(
        self, verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex
    ) -> tuple[list, list]:
        pronouns = self.book.words["pronouns"]
        subject_groups = index.groups_under(inherited_subject(verb, pronouns))
        if not subject_groups and verb.dep_ == "ROOT" and child(verb, ("nsubj",)) is None:
            # The parser sometimes hangs a long fronted subject off an apposition ("..., a
            # group of Chinese doctors visited X"): take the noun right before the verb.
            before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
            if before is not None and before.pos_ in ("NOUN", "PROPN"):
                subject_groups = index.groups_under(before)
        if rule.inverse:
            giver = prep_object(verb, ("from",))
            if giver is None and obj is not None:
                giver = prep_object(obj, ("from",)) or _participle_agent(obj)
            return index.groups_under(giver), subject_groups
        between = prep_object(verb, ("between", "among"))
        if not subject_groups and between is not None:
            return index.groups_under(between), []
        return subject_groups, self._targets(verb, rule, obj, index)

    def _targets(self, verb: Token, rule: VerbRule, obj: Token | None, index: ActorIndex) -> list:
        if rule.prep:
            found = index.groups_after(verb, (rule.prep,))
            if found:
                return found
        if obj is not None and not rule.objects:
            found = index.groups_under(obj)
            if found:
                return found
        dative = child(verb, ("dative",))
        if dative is not None:
            found = index.groups_under(child(dative, ("pobj",)) or dative)
            if found:
                return found
        preps = self.book.words["target_preps"]
        found = index.groups_after(verb, preps)
        if not found and obj is not None and rule.objects:
            found = index.groups_after(obj, preps)
        embedded = child(verb, ("xcomp",))
        if not found and embedded is not None:
            # "threatened to shell X", "promised to continue aid to X"
            found = index.groups_after(embedded, preps)
            found = found or index.groups_under(child(embedded, _OBJECT_DEPS))
        return found

    def _modality(self, verb: Token) -> str | None:
        """``negated``, ``unreal`` (could/might, if-clauses), ``intent`` (will/would) or None."""
        words = self.book.words
        node, intent = verb, False
        for _ in range(3):
            for item in node.children:
                text = item.lower_
                if item.dep_ == "neg" or (item.dep_ == "advmod" and text == "never"):
                    return "negated" if node is verb else None
                if item.dep_ == "mark" and text in words["conditional_marks"]:
                    return "unreal"
                if item.dep_ == "advcl" and _has_mark(item, words["conditional_marks"]):
                    return "unreal"
                if item.dep_ == "aux" and node is verb:
                    if text in words["unreal_aux"]:
                        return "unreal"
                    intent = intent or text in words["intent_aux"]
            if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head is node:
                break
            node = node.head
        return "intent" if intent else None


def _has_mark(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _object(verb: Token) -> Token | None:
    """The thing acted on: direct object, passive subject, or the noun a participle modifies."""
    found = child(verb, _OBJECT_DEPS) or child(verb, ("nsubjpass",))
    if found is None and verb.dep_ == "acl":
        return verb.head  # "supplies sent by China", "the act signed between ..."
    return found


def _participle_agent(noun: Token) -> Token | None:
    for item in noun.children:
        if item.dep_ == "acl":
            agent = prep_object(item, ("by",))
            if agent is not None:
                return agent
    return None


def _match(verb: Token, obj: Token | None, rules: Sequence[VerbRule]) -> VerbRule | None:
    """The most specific rule whose object and preposition requirements the clause meets."""
    obj_lemmas = set()
    if obj is not None:
        obj_lemmas = {obj.lemma_.lower(), obj.lower_}
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "agent", "dative")}
    if obj is not None:
        particles |= {c.lower_ for c in obj.children if c.dep_ == "prep"}
    for rule in rules:
        if rule.objects and not (obj_lemmas & rule.objects):
            continue
        if rule.prep and rule.prep not in particles:
            continue
        return rule
    return None


def _key(mention: ActorMention | None) -> tuple[object, ...] | None:
    if mention is None:
        return None
    # The same actor named twice in a sentence is one actor ("China ... and China").
    return (mention.actor.code, mention.actor.country)
