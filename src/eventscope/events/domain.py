"""Event shapes of local conflict and protest news, coded after the main coder.

CONTRACT:

    coder = DomainCoder.load()
    extra: list[EventMention] = coder.find(doc, mentions, found, places=places)

``found`` are the events the main :class:`~eventscope.events.EventCoder` coded; ``extra`` are
further events for trigger words it left without one (rules in ``data/events/domain.toml``):

* one-sided events: "protesters rallied" -> source only; "a protest against X" targets X;
* symmetric clashes: "clashes between A and B", "A and B clashed" -> one event A -> B;
* events with a victim: "gunmen killed a farmer", "a farmer was killed by gunmen" (passive);
* unknown perpetrators: "a man was found dead", "a woman was shot", "a roadside bomb killed
  three soldiers" (:mod:`.weapons`) with no named attacker -> an unidentified armed actor (UAF,
  resolution ``implied``) of the place's country acts on a civilian (CVL) victim; "a civilian
  was killed", "two soldiers were wounded" with no cue word too when the story has no other
  event (the victim's role is one of armed conflict);
* an unarmed crowd that fights ("a mob attacked police") uses unconventional violence (180),
  protesters who do protest violently (145): :func:`~eventscope.events.victims.unarmed_force`.
The sentences are often parsed badly ("On 9 May 2020, in X, Y, protesters ..."): the rules read
word order around the trigger, not the parse.

Example:
    >>> DomainCoder.load().book.one_sided["protest"]
    '141'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..actors.context import context_country
from ..models import ActorMention, EventMention, PlaceMention, Resolution
from ..nlp.docmemo import doc_words, sentences
from .answers import answered_targets
from .armed_throws import armed_throws
from .ceased import ceased
from .common import covering, implied_actor, read_table, usable
from .contentious import ContentiousCoder
from .foes import own_kind
from .found_dead import cued, found_code
from .hazards import against_hazard
from .hosts import hosted_visit, left_place
from .intervened import intervened_protests
from .living_victims import living_victim, suffering_actor
from .stories import objectless_protest
from .struck_things import civilian_things, intercepted, merchant_vessel
from .syntax import is_unreal
from .two_way import unnamed_foe
from .victims import gathered, person_victim, sectored_victim, suffered, unarmed_force
from .victims import passive_subject as _passive_subject
from .victims import word_order_arguments as _arguments
from .weapons import clause_agent, named_agent, struck_victim, weapon_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DOMAIN_CONFIDENCE = 0.6
IMPLIED_CONFIDENCE = 0.5
AIR_WORDS = frozenset({"air", "drone", "aerial"})
# A gerund that stands as a noun ("fighting broke out", "amid fighting"), not a participle.
GERUND_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
# Sectors that do not fight in the streets: a violent trigger with such a source is not this shape.
CALM_SECTORS = frozenset({"GOV", "BUS", "MED", "JUD", "LEG", "EDU", "HLH", "NGO", "IGO"})


@dataclass(frozen=True, slots=True)
class DomainBook:
    """The trigger tables of ``data/events/domain.toml``."""

    one_sided: Mapping[str, str]
    two_sided: Mapping[str, str]
    symmetric: frozenset[str]
    victims: frozenset[str]
    found: frozenset[str]
    states: frozenset[str]
    violence: Mapping[str, str]
    cues: frozenset[str] = frozenset()
    marks: frozenset[str] = frozenset()
    needs_cue: frozenset[str] = frozenset()
    combatants: frozenset[str] = frozenset()
    civilian_objects: frozenset[str] = frozenset()
    inanimate_heads: frozenset[str] = frozenset()
    accidents: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    noun_preps: frozenset[str] = frozenset()
    gerund_only: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> DomainBook:
        return read_table("domain.toml", cls.from_table, "bad event-shape table")

    @classmethod
    def from_table(cls, data: dict[str, Any]) -> DomainBook:
        unknown = data["unknown_perpetrator"]
        return cls(
            one_sided=dict(data["one_sided"]),
            two_sided=dict(data["two_sided"]),
            symmetric=frozenset(data["symmetric"]["lemmas"]),
            victims=frozenset(unknown["victims"]),
            found=frozenset(unknown["found"]),
            states=frozenset(unknown["states"]),
            violence=dict(unknown["codes"]),
            cues=frozenset(unknown["cues"]),
            marks=frozenset(unknown.get("marks", ())),
            needs_cue=frozenset(unknown["needs_cue"]),
            combatants=frozenset(unknown.get("combatants", ())),
            civilian_objects=frozenset(unknown.get("civilian_objects", ())),
            inanimate_heads=frozenset(unknown.get("inanimate_heads", ())),
            accidents=frozenset(unknown.get("accidents", ())),
            light_verbs=frozenset(data["nouns"]["light_verbs"]),
            occurrence_verbs=frozenset(data["nouns"]["occurrence_verbs"]),
            noun_preps=frozenset(data["nouns"]["prepositions"]),
            gerund_only=frozenset(data["nouns"].get("gerund_only", ())),
        )

    @property
    def triggers(self) -> frozenset[str]:
        """Every lemma that may trigger a one- or two-sided event."""
        return frozenset(self.one_sided) | frozenset(self.two_sided) | {"strike"}

    def reports_event(self, noun: Token) -> bool:
        """ "held a protest", "clashes erupted", "in a demonstration": the noun is the event."""
        head = noun.head
        lemma = head.lemma_.lower()
        if noun.dep_ in ("dobj", "attr") and lemma in self.light_verbs:
            return True
        if noun.dep_ in ("nsubj", "nsubjpass") and lemma in self.occurrence_verbs:
            return True
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.noun_preps:
            return True
        return noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "go"

    def code_of(self, token: Token) -> str | None:
        """The CAMEO code a trigger token stands for ("air strike" is aerial, 195)."""
        if token.pos_ == "VERB" and token.dep_ in ("amod", "compound"):
            return None  # "the detained leader": a participle describing someone
        if token.pos_ == "NOUN" and not self.reports_event(token):
            return None
        lemma = token.lemma_.lower()
        if lemma in self.gerund_only and (token.tag_ != "VBG" or token.dep_ not in GERUND_DEPS):
            return None  # "fighting broke out", not "the fight against" or "rebels fighting"
        if lemma == "strike" and any(c.lower_ in AIR_WORDS for c in token.children):
            return "195"
        return self.one_sided.get(lemma) or self.two_sided.get(lemma)


class DomainCoder:
    """Codes the event shapes of the module docstring; immutable after :meth:`load`."""

    def __init__(self, book: DomainBook, contentious: ContentiousCoder | None = None) -> None:
        self.book = book
        self.contentious = contentious
        self._triggers = book.triggers
        self._gatherings = contentious.book.nouns if contentious is not None else {}

    @classmethod
    def load(cls) -> DomainCoder:
        return cls(DomainBook.load(), ContentiousCoder.load())

    def may_imply(self, doc: Doc) -> bool:
        """Whether ``doc`` has a word that may report an event with no named actor (cheap): a
        victim ("a man was found dead") or a protest ("stones were thrown")."""
        violence = self.book.violence
        if any(lemma in violence for lemma in doc_words(doc).lemmas):
            return True
        return self.contentious is not None and self.contentious.may_code(doc)

    def find(
        self,
        doc: Doc,
        mentions: Sequence[ActorMention],
        found: Sequence[EventMention],
        *,
        places: Sequence[PlaceMention] = (),
    ) -> list[EventMention]:
        """Events for the triggers ``found`` left uncoded (see the module docstring)."""
        covered = {i for e in found for i in range(e.trigger_start, e.trigger_end)}
        busy = {e.sent_index for e in found}
        by_sentence: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            if usable(mention, sectorless=False):
                by_sentence.setdefault(mention.sent_index, []).append(mention)
        triggers, lemmas = self._triggers, doc_words(doc).lemma
        extra: list[EventMention] = []
        for sent_index, sent in enumerate(sentences(doc)):
            actors = by_sentence.get(sent_index, [])
            # The cheap lemma test first: most words are no trigger (no token is made for them).
            for i in (i for i in range(sent.start, sent.end) if lemmas[i] in triggers):
                token = doc[i]
                if i in covered or is_unreal(token) or ceased(token) or against_hazard(token):
                    continue
                event = self._shape(token, sent_index, actors)
                if event is not None and sent_index in busy and suffered(token, event):
                    continue  # "complained over raids in which 20 people were killed"
                if event is not None and (sent_index in busy or event.source is not None):
                    extra.append(event)
                    busy.add(sent_index)
            if sent_index not in busy:
                lone = not found and not extra  # no other event: the harm is the news
                implied = self._unknown_perpetrator(doc, (sent, sent_index), mentions, places, lone)
                extra.extend(implied)
        if self.contentious is not None:
            extra += self.contentious.find(doc, mentions, [*found, *extra], places=places)
        return extra

    def with_targets(
        self,
        doc: Doc,
        events: Sequence[EventMention],
        mentions: Sequence[ActorMention],
        *,
        places: Sequence[PlaceMention] = (),
    ) -> list[EventMention]:
        """Targets left unnamed: a material conflict's (17-20) victim or place; a visit's host.

        "pro-Houthi forces fired shells at a village, killing a woman" -> a civilian victim;
        "forces shelled positions near Donetsk" -> Ukraine (where it happened), as CAMEO codes
        an attack on a place.
        """
        done = []
        events = answered_targets(doc, events)  # "X accused Y ... Y dismissed the accusations"
        # "a mob attacked police": 180, not 190; "gunmen threw a grenade": 183, not 145
        for event in map(unarmed_force, armed_throws(doc, events)):
            if objectless_protest(doc, event):
                done.append(replace(event, target=None))
                continue
            if event.target is not None or event.source is None or event.cameo[:2] < "17":
                done.append(left_place(doc, hosted_visit(doc, event, mentions, places), places))
                continue
            trigger = doc[event.trigger_start]
            where = context_country(event.sent_index, trigger.idx, mentions, places, doc)
            if where is None or intercepted(trigger) or merchant_vessel(trigger):
                done.append(event)
                continue
            target = self._implied_target(trigger, event, mentions, where)
            done.append(replace(event, target=target))
        return intervened_protests(doc, done, mentions)  # "Police intervened": faced them

    def _implied_target(
        self,
        trigger: Token,
        event: EventMention,
        mentions: Sequence[ActorMention],
        where: tuple[str, Resolution],
    ) -> ActorMention:
        """The target of a violent ``trigger`` that names none, in the country ``where``: its
        victim by sector ("a soldier was shot": MIL), a person noun (CVL), the source's own kind
        in a fight among one kind (:func:`~.foes.own_kind`), a civilian thing, camp or settlement
        (:func:`~.struck_things.civilian_things`: its civilians, unless civilians did it), else
        the country (in a fight or fire both ways, the foe: :func:`~.two_way.unnamed_foe`)."""
        country, why = where
        sent_index = event.sent_index
        known = sectored_victim(trigger, mentions) or gathered(trigger, self._gatherings)
        known = known or suffering_actor(trigger, event, mentions, self.book.violence)
        if known is not None:
            return implied_actor(known[0], known[1], country, sent_index, why=why)
        victim = self._victim(trigger) or living_victim(trigger, event, mentions)
        if victim is not None:
            return implied_actor(victim, "CVL", country, sent_index, why=why)
        if own := own_kind(trigger, event):  # "two mobs clashed": one kind on both sides
            return implied_actor(trigger, own, country, sent_index)
        things = civilian_things(trigger, event.cameo, self.book.civilian_objects)
        by_civilians = event.source is None or event.source.actor.sector == "CVL"
        if things and not by_civilians and covering(mentions, things[0], phrase=False) is None:
            return implied_actor(trigger, "CVL", country, sent_index)
        armed = None if by_civilians or event.source is None else event.source.actor.sector
        foe = "" if things else unnamed_foe(event.cameo, armed, trigger)
        return implied_actor(trigger, foe, country, sent_index)

    def ranked(self, doc: Doc, events: Sequence[EventMention]) -> list[EventMention]:
        """``events`` fit for the story's kind (crime, sport: see ``contentious``)."""
        return (
            self.contentious.ranked(doc, events) if self.contentious is not None else list(events)
        )

    def _victim(self, trigger: Token) -> Token | None:
        """A person noun the violence is done to ("killing a woman", "a man was shot")."""
        return person_victim(trigger, self.book.victims)

    def _shape(
        self, token: Token, sent_index: int, actors: list[ActorMention]
    ) -> EventMention | None:
        code = self.book.code_of(token) if token.pos_ in ("VERB", "NOUN") else None
        if code is None:
            return None
        lemma = token.lemma_.lower()
        symmetric = lemma in self.book.symmetric
        book = self.book
        source, target = _arguments(token, actors, symmetric, book.violence, book.inanimate_heads)
        if source is None:
            return None
        if lemma in self.book.two_sided and (source.actor.sector or "") in CALM_SECTORS | {""}:
            return None  # "the company beat forecasts", "Mexico beat Senegal"
        if lemma in self.book.one_sided:
            target = _against(token, actors)
        victim = _passive_subject(token)
        unnamed = victim is not None and victim.lemma_.lower() in self.book.victims
        if target is None and victim is not None and unnamed and source.actor.country:
            # "a man was killed by gunmen": the unnamed victim is a civilian of that country
            why = source.actor.resolution
            country = source.actor.country
            target = implied_actor(victim, "CVL", country, sent_index, why=why)
        return _event(source, target, code, token, sent_index, DOMAIN_CONFIDENCE, "domain")

    def _unknown_perpetrator(
        self,
        doc: Doc,
        sentence: tuple[Span, int],
        mentions: Sequence[ActorMention],
        places: Sequence[PlaceMention],
        lone: bool,
    ) -> list[EventMention]:
        """An unnamed attacker's event on the passive victim of a harm verb of ``sentence`` (the
        span and its index); ``lone``: the document has no other event (so far)."""
        sent, sent_index = sentence
        lemmas, violence = doc_words(doc).lemma, self.book.violence
        for token in (doc[i] for i in range(sent.start, sent.end) if lemmas[i] in violence):
            code = weapon_code(token) or found_code(token, self.book)
            victim = struck_victim(token) if code is not None else None
            if code is None or victim is None or ceased(token):
                continue
            named = [
                m for m in mentions if m.sent_index == sent_index and usable(m, sectorless=False)
            ]
            # an actor named as the victim ("two French nationals were killed") counts too when
            # the sentence names no one else (who may be the attacker)
            target = covering(named, victim, phrase=False)
            alone = target is not None and all(m.actor == target.actor for m in named)
            if not alone and victim.lemma_.lower() not in self.book.victims:
                continue
            needs_cue = token.lemma_.lower() in self.book.needs_cue
            if needs_cue and not cued(self.book, sent, token, victim if lone else None):
                continue  # "killed when three cars collided": no sign of an attacker
            if named_agent(token, self.book.victims, named):
                return []  # "killed by X": X is named; the main coder's business
            where = context_country(sent_index, token.idx, mentions, places, doc)
            if where is None:
                return []
            country, why = where
            attacker = clause_agent(token, named) or implied_actor(
                token, "UAF", country, sent_index
            )
            target = target or implied_actor(victim, "CVL", country, sent_index, why=why)
            event = _event(attacker, target, code, token, sent_index, IMPLIED_CONFIDENCE, "implied")
            return [event]
        return []


def _against(token: Token, actors: list[ActorMention]) -> ActorMention | None:
    """The target of a one-sided event: an actor under "against" in the trigger's subtree."""
    against = [t for t in token.subtree if t.lower_ == "against"]
    for prep in against:
        inside = {t.i for t in prep.subtree}
        hit = next((m for m in actors if m.start in inside or m.end - 1 in inside), None)
        if hit is not None:
            return hit
    return None


def _event(
    source: ActorMention,
    target: ActorMention | None,
    code: str,
    token: Token,
    sent_index: int,
    confidence: float,
    pattern: str,
) -> EventMention:
    penalty = 0.1 if target is None else 0.0
    return EventMention(
        source=source,
        target=target,
        cameo=code,
        trigger_start=token.i,
        trigger_end=token.i + 1,
        sent_index=sent_index,
        confidence=confidence - penalty,
        pattern=f"{pattern}:{token.lemma_.lower()}",
    )
