"""Contentious politics with no known actor: protests, strikes, riots and political violence.

CONTRACT:

    coder = ContentiousCoder.load()
    extra: list[EventMention] = coder.find(doc, mentions, found, places=places)

Protest news often reports the act without an actor the actor stage knows ("stones were
thrown", "residents barricaded roads with burning tyres", "workers downed tools") or reports
the event as a noun ("the strike entered its third day", "violent protests erupted", "during
Tuesday's clashes"). For a sentence in which no event was coded, a trigger of
``data/events/contentious.toml`` that reports a real event codes one event:

* source: the clause's own actor (the verb's subject, a "by" agent, the noun's possessor or the
  subject of a light verb: "miners embarked on a strike") with its country from context when it
  has none; else a generic actor of the trigger's sector (OPP protesters, LAB strikers, CVL
  crowds, UAF attackers) in the country of the sentence's place, the dateline or the article,
  or a sector alone when no country is known (resolution ``implied``);
* target: an actor after "against"/"with"/"on" in the trigger's phrase, or the object of the harm
  verb an attack noun is the subject of ("a drone strike killed X"); a protest with no object,
  none; one with an object and no named target, its own state.

Negated, modal, conditional, intended ("vowed to march") and planned ("a planned strike",
"called for a strike") triggers code nothing, nor do generic mentions ("condemn all violence"),
charges ("charged with public violence") or market words ("shares rallied").

Example:
    >>> ContentiousCoder.load().book.nouns["strike"]
    ('143', 'LAB')
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..actors.context import context_country
from ..models import ActorMention, EventMention, PlaceMention
from ..nlp.docmemo import doc_words, is_question, sentences
from ..nlp.syntax import to_infinitive
from . import stories
from .arson import rioted
from .ceased import ceased
from .common import covering, implied_actor, read_table, usable
from .crowds import object_fits
from .origins import fired_from
from .protest_crowds import protesting_subject
from .reported import (
    acl_agents,
    between,
    compound_key,
    event_lemma,
    event_slot,
    in_story,
    occurred,
    of_objects,
    people_act,
    stated_purposes,
    witnessed,
)
from .stories import CONTENTIOUS_ROOTS, against_own_state, quoted
from .syntax import is_unreal
from .victims import harmed_object

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VERB_CONFIDENCE = 0.6
NOUN_CONFIDENCE = 0.55
# Security forces do not protest: "police blocked the road" is no protest event.
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
# The event goes on whatever the auxiliary: "the strike will continue" reports an ongoing strike.
ONGOING = frozenset({"continue", "enter", "drag", "persist", "spread", "intensify"})
TARGET_PREPS = frozenset({"against", "with", "on", "at"})


@dataclass(frozen=True, slots=True)
class ContentiousBook:
    """The trigger tables of ``data/events/contentious.toml``."""

    nouns: Mapping[str, tuple[str, str]]
    verbs: Mapping[str, tuple[str, str]]
    objects: Mapping[str, frozenset[str]]
    needs_cue: frozenset[str]
    cues: frozenset[str]
    unreal_modifiers: frozenset[str]
    unreal_heads: frozenset[str]
    intent_verbs: frozenset[str]
    light_verbs: frozenset[str]
    market_sensitive: frozenset[str]
    markets: frozenset[str]
    contention: frozenset[str] = frozenset()
    story_kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    min_story_words: Mapping[str, int] = field(default_factory=dict)
    observed_nouns: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    observation_verbs: frozenset[str] = frozenset()
    impact_verbs: frozenset[str] = frozenset()
    intransitive: frozenset[str] = frozenset()
    purposes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    needs_agent: frozenset[str] = frozenset()
    occurred: frozenset[str] = frozenset()
    crowd: frozenset[str] = frozenset()
    riot: frozenset[str] = frozenset()
    cause_verbs: frozenset[str] = frozenset()

    @classmethod
    @lru_cache(maxsize=1)  # one copy per process: the coder's and events/voiced.py's
    def load(cls) -> ContentiousBook:
        return read_table("contentious.toml", cls.from_table, "bad trigger table")

    @classmethod
    def from_table(cls, data: dict[str, Any]) -> ContentiousBook:
        cues, stories = data["cues"], data["documents"]
        return cls(
            nouns={k: (str(v[0]), str(v[1])) for k, v in data["nouns"].items()},
            verbs={k: (str(v[0]), str(v[1])) for k, v in data["verbs"].items()},
            objects={k: frozenset(v) for k, v in data["objects"].items()},
            needs_cue=frozenset(cues["needs_cue"]),
            cues=frozenset(cues["violence"]),
            unreal_modifiers=frozenset(cues["unreal_modifiers"]),
            unreal_heads=frozenset(cues["unreal_heads"]),
            intent_verbs=frozenset(cues["intent_verbs"]),
            light_verbs=frozenset(cues["light_verbs"]),
            cause_verbs=frozenset(cues.get("cause_verbs", ())),
            market_sensitive=frozenset(cues["market_sensitive"]),
            markets=frozenset(cues["markets"]),
            contention=frozenset(stories["contention"]),
            story_kinds={k: frozenset(stories[k]) for k in stories["min_words"]},
            min_story_words={k: int(v) for k, v in stories["min_words"].items()},
            observed_nouns={k: (str(v[0]), str(v[1])) for k, v in data["observed"].items()},
            observation_verbs=frozenset(cues["observation_verbs"]),
            impact_verbs=frozenset(cues["impact_verbs"]),
            intransitive=frozenset(cues["intransitive"]),
            purposes={k: frozenset(v) for k, v in data.get("purposes", {}).items()},
            needs_agent=frozenset(cues.get("needs_agent", ())),
            occurred=frozenset(cues.get("occurred", ())),
            crowd=frozenset(cues.get("crowd_subjects", ())),
            riot=frozenset(cues.get("riot", ())),
        )

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.nouns) | frozenset(self.verbs) | frozenset(self.observed_nouns)


class ContentiousCoder:
    """Codes the shapes of the module docstring; immutable after :meth:`load`."""

    def __init__(self, book: ContentiousBook) -> None:
        self.book = book
        self._words = book.words
        # The cheap first test: a trigger word or what follows a hyphen in one ("sit-in")
        tails = frozenset(w[i + 1 :] for w in self._words for i, c in enumerate(w) if c == "-")
        self._first = self._words | tails

    @classmethod
    def load(cls) -> ContentiousCoder:
        return cls(ContentiousBook.load())

    def may_code(self, doc: Doc) -> bool:
        """Whether ``doc`` has a trigger word at all (cheap)."""
        return any(self._trigger_word(token) for token in self._possible_triggers(doc, doc[:]))

    def _possible_triggers(self, doc: Doc, sent: Span) -> list[Token]:
        """The tokens of ``sent`` that pass the first test of :meth:`_trigger_word` (a token is
        made only for them: most words of a sentence are no trigger)."""
        lemmas, first = doc_words(doc).lemma, self._first
        return [doc[i] for i in range(sent.start, sent.end) if lemmas[i] in first]

    def _trigger_word(self, token: Token) -> bool:
        """``event_lemma(token)`` is a trigger word (most tokens fail the first, cheap test)."""
        return token.lemma_.lower() in self._first and event_lemma(token) in self._words

    def find(
        self,
        doc: Doc,
        mentions: Sequence[ActorMention],
        found: Sequence[EventMention],
        *,
        places: Sequence[PlaceMention] = (),
    ) -> list[EventMention]:
        """One event per sentence with a real trigger and no event coded yet."""
        # A sentence with conflict coded already reports it. In one with statements only, a
        # trigger is their topic ("demanded an end to the strike"), but the protest they were
        # made at is an event too: "said on Friday at a protest outside the court".
        conflict = {e.sent_index for e in found if e.cameo[:2] in CONTENTIOUS_ROOTS}
        extra: list[EventMention] = []
        for sent_index, sent in enumerate(sentences(doc)):
            if sent_index in conflict or is_question(sent):
                continue
            spoken = frozenset(e.trigger_start for e in found if e.sent_index == sent_index)
            event = self._sentence(doc, sent, sent_index, (mentions, places), spoken)
            if event is not None:
                extra.append(event)
        return extra

    def _sentence(
        self,
        doc: Doc,
        sent: Span,
        sent_index: int,
        context: tuple[Sequence[ActorMention], Sequence[PlaceMention]],
        said: frozenset[int],
    ) -> EventMention | None:
        mentions, places = context
        table = doc_words(doc)
        words = set(table.lower[sent.start : sent.end])
        market = bool(words & self.book.markets)
        for token in self._possible_triggers(doc, sent):
            if not in_story(token, said):
                continue
            shape = self._trigger(token, words, market)
            if shape is None:
                continue
            code, sector, confidence = rioted(shape, words, self.book.riot)
            actors = [m for m in mentions if m.sent_index == sent_index and usable(m)]
            source = _source(token, actors, self.book.light_verbs)
            if source is not None and code[:2] == "14" and source.actor.sector in FORCE_SECTORS:
                continue  # "police blocked the road": no protest
            if source is None and not people_act(token, self.book.needs_agent, self.book.crowd):
                continue  # "disaster struck", "the blackout that struck": nobody strikes
            where = context_country(sent_index, token.idx, mentions, places, doc)
            source = _with_country(source, where) if source is not None else None
            country = where[0] if where is not None else None
            source = source or implied_actor(token, sector, country, sent_index)
            target = _target(token, actors, source) or against_own_state(token, code, source)
            return EventMention(
                source=source,
                target=target,
                cameo=code,
                trigger_start=token.i,
                trigger_end=token.i + 1,
                sent_index=sent_index,
                confidence=confidence,
                pattern=f"contentious:{event_lemma(token)}",
            )
        return None

    def _trigger(
        self, token: Token, words: set[str], market: bool
    ) -> tuple[str, str, float] | None:
        """(code, generic sector, confidence) when ``token`` reports a contentious event."""
        book = self.book
        lemma = event_lemma(token) if self._trigger_word(token) else None
        if lemma is None or (market and lemma in book.market_sensitive):
            return None
        # A monitor's count ("observed 12 explosions") is fighting without a further cue.
        seen = token.pos_ == "NOUN" and witnessed(token, book.observation_verbs, book.impact_verbs)
        if lemma in book.needs_cue and not (
            words & book.cues or seen or between(token) or occurred(token, book.occurred)
        ):
            return None
        if seen and lemma in book.observed_nouns and self._noun_event(token):
            if lemma in book.objects and not of_objects(token) & book.objects[lemma]:
                return None  # "a burst of demand": only "bursts of fire" are fighting
            code, sector = book.observed_nouns[lemma]
            return code, sector, NOUN_CONFIDENCE
        if token.pos_ == "VERB" and lemma in book.verbs and self._verb_event(token, lemma):
            code, sector = book.verbs[lemma]
            return code, sector, VERB_CONFIDENCE
        if token.pos_ == "NOUN" and lemma in book.nouns and self._noun_event(token):
            code, sector = book.nouns[compound_key(token, lemma, book.nouns)]  # "drone strike"
            return code, sector, NOUN_CONFIDENCE
        return None

    def ranked(self, doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
        """``events`` fit for the story (:func:`~eventscope.events.stories.ranked`)."""
        return stories.ranked(doc, events, self.book)

    def story_kind(self, doc: Doc) -> str | None:
        """The story's kind when it is no contentious politics (crime, sport, accident, market)."""
        return stories.story_kind(doc, self.book)

    def _verb_event(self, verb: Token, lemma: str) -> bool:
        """The verb reports the act: its required object, and a real (not intended) clause."""
        if not object_fits(verb, self.book.objects.get(lemma)):
            return False  # "burning tyres" (a thing described), "struck a deal", "threw a party"
        purposes = self.book.purposes.get(lemma)
        if purposes and not (stated_purposes(verb) & purposes or protesting_subject(verb)):
            return False  # "crowds gathered to watch": only "gathered (to) demand(ing) X" protest
        return self._real_clause(verb)

    def _real_clause(self, verb: Token) -> bool:
        """Not negated, modal, conditional or intended ("vowed to march"), up a chain of heads."""
        for _ in range(4):
            if is_unreal(verb) and verb.lemma_.lower() not in ONGOING:
                return False
            if verb.dep_ in ("csubj", "csubjpass") and to_infinitive(verb):
                return False  # "to march without a permit is illegal": an act in general
            head = verb.head
            if verb.dep_ in ("xcomp", "ccomp", "advcl") and head.lemma_.lower() in (
                self.book.intent_verbs
            ):
                return False
            if verb.dep_ in ("acl", "relcl") and head.lemma_.lower() in self.book.unreal_heads:
                return False  # "the threat to strike", "plans to march"
            if verb.dep_ not in ("conj", "xcomp") or head is verb:
                return True
            if verb.dep_ == "conj" and verb.tag_ == "VBD" and to_infinitive(head):
                head = head.head  # "refused to disperse and threw stones": the past verb is
                # coordinated with "refused", whatever the parser hung it on
            verb = head
        return True

    def _noun_event(self, noun: Token) -> bool:
        """The noun names one real event: not planned, generic, a charge or a modifier."""
        book = self.book
        if noun.dep_ in ("amod", "compound") and noun.head.lemma_.lower() != "action":
            return False  # "strike committee", "protest note"
        if quoted(noun):
            return False  # 'saw the request as an "attack"': a word the speaker uses, no event
        if ceased(noun):
            return False  # "halted their shelling": stopped, not done (events/ceased.py)
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "det")}
        if modifiers & book.unreal_modifiers:
            return False
        specific = any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod") for c in noun.children
        )
        # "the delay sparked protests": what a cause set off happened (no doer named)
        if not specific and not event_slot(noun, book.light_verbs | book.cause_verbs):
            return False  # "condemned violence", "a chance for rape, killings": in general
        head = noun
        for _ in range(5):
            if head.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "attr", "nsubjpass"):
                break
            head = head.head
            if head.lemma_.lower() in book.unreal_heads:
                return False
            if head.pos_ in ("VERB", "AUX"):
                break
        if head.pos_ in ("VERB", "AUX") and head is not noun:
            return self._real_clause(head)
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return self._real_clause(noun.head)
        return True


def _source(
    token: Token, actors: Sequence[ActorMention], light: frozenset[str]
) -> ActorMention | None:
    """The clause's own actor: subject, "by" agent, possessor, or a light verb's subject."""
    if not actors:
        return None
    agents: list[Token] = []
    for child in token.children:
        # "Saudi-led coalition airstrikes", "the army's shelling": a modifier may be the agent
        if child.dep_ in ("nsubj", "poss", "compound", "amod", "nmod"):
            agents.append(child)
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
    agents.extend(between(token)[:1])  # "clashes between A and B": A
    agents.extend(acl_agents(token))  # "shells fired by X"
    head = token.head.head if token.dep_ == "pobj" else token.head
    if token.pos_ != "VERB" and head.lemma_.lower() in light and token.dep_ != "nsubj":
        agents.extend(c for c in head.children if c.dep_ == "nsubj")
    for agent in agents:
        found = covering(actors, agent)
        if found is not None:
            return found
    return fired_from(token, actors)  # "shells were fired from an army checkpoint"


def _target(
    token: Token, actors: Sequence[ActorMention], source: ActorMention
) -> ActorMention | None:
    """An actor after "against"/"with"/"on"/"at" in the trigger's own phrase."""
    for place in _target_places(token):
        found = covering(actors, place)
        if found is not None and (found.start, found.end) != (source.start, source.end):
            return found
    return None


def _target_places(token: Token) -> Iterator[Token]:
    """Where a target may stand, best first: objects of the target prepositions, then the
    later sides of "between" (read only when no preposition gave one, as it is dearer)."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")
    yield from between(token)[1:]
    yield from (t for t in (harmed_object(token),) if t is not None)  # "a strike killed X"


def _with_country(mention: ActorMention, where: tuple[str, str] | None) -> ActorMention:
    """A generic actor named without a country takes the context's ("miners" in Rustenburg)."""
    actor = mention.actor
    if actor.country or where is None or actor.code != (actor.sector or ""):
        return mention
    country, why = where
    sector = actor.sector or ""
    filled = replace(actor, country=country, code=country + sector, resolution=why)  # type: ignore[arg-type]
    return replace(mention, actor=filled)
