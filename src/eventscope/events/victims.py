"""Who acts and who suffers around a domain trigger, read by word order (``events.domain``).

A passive harm verb's subject is its victim: "two farmers were killed in an attack", "a soldier
was shot dead by gunmen". The "by" actor, where there is one, is the source; without one the
victim is no source at all (the caller codes an unnamed attacker of the place's country), also
for a trigger noun that hangs from the passive verb ("killed in an attack", "wounded in a
shooting").

Example:
    >>> sorted(VICTIM_PREPS)  # "fired at a village": the village is acted on
    ['against', 'at', 'on']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words, heads_of
from ..nlp.syntax import SUBJECT_DEPS
from .reported import compound_key

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from ..models import ActorMention, EventMention

# Entity types of a fronted date the parser may read as a passive subject ("On 5 May, ...").
TIME_ENTS = frozenset({"DATE", "TIME"})
PERSON_RELATIVE = "who"
# Verbs whose subject may be an attack noun and whose object the attack struck.
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "hit", "destroy", "damage"})


def word_order_arguments(
    token: Token,
    actors: list[ActorMention],
    symmetric: bool,
    harms: Collection[str],
    things: Collection[str] = (),
) -> tuple[ActorMention | None, ActorMention | None]:
    """Source and target by word order; a passive's "by" actor is the source, and the passive
    subject without one is only a victim (no source: ``None, None``); ``harms`` are the lemmas
    of the harm verbs whose passive subject is a victim of a trigger noun they govern."""
    before = [m for m in actors if m.end <= token.i]
    after = [m for m in actors if m.start > token.i]
    if token.dep_ == "relcl":
        # "rebels who attacked the town were repelled by troops": the relative clause ends
        # where its subtree does; the actors after it are the main clause's
        after = [m for m in after if m.start <= token.right_edge.i]
    # "killed in a clash with X": the other side of a fight did the harm, as a "by" agent
    agent = next((m for m in after if _after_by(token.doc, m, symmetric)), None)
    victim = victim_subject(token, harms)
    if agent is not None and victim is not None:
        suffered = next((m for m in reversed(before) if m is not agent), None)
        return agent, suffered
    if victim is not None and any(m.start <= victim.i < m.end for m in before):
        return None, None  # "two nationals were killed in an attack": who did it is unnamed
    if symmetric and not before and len(after) >= 2:
        return after[0], _other(after[1:], after[0])  # "clashes between A and B"
    if symmetric and len(before) >= 2 and not after:
        return before[-2], before[-1]  # "A and B clashed"
    source = next((m for m in reversed(before) if _may_act(token.doc, m, things)), None)
    target = _other(after, source) if source is not None else None
    return source, target


def _may_act(doc: Doc, mention: ActorMention, things: Collection[str]) -> bool:
    """An actor phrase that ends in a thing ("a police checkpoint", "an army convoy", "a
    military base") names what was hit or where, not who acted: "a bomb exploded near a police
    checkpoint, killing five" names no attacker."""
    words, heads = doc_words(doc), heads_of(doc)
    i = mention.end - 1
    # "a QSD military vehicle": a name modifying the thing is part of the thing's phrase
    while words.dep[i] in ("compound", "amod", "nmod") and heads[i] > i:
        i = heads[i]
    return words.lemma[i] not in things


def victim_subject(token: Token, harms: Collection[str]) -> Token | None:
    """The passive subject of ``token`` or, for a noun a passive harm verb governs through a
    preposition ("were killed in an attack"; not "were involved in clashes"), of that verb."""
    victim = passive_subject(token)
    if victim is not None or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return victim
    verb = token.head.head
    return passive_subject(verb) if verb.lemma_.lower() in harms else None


def passive_subject(token: Token) -> Token | None:
    """The subject of a passive verb; the nearest one when a fronted date was parsed as one too,
    else the subject the parser hung on a fronted place (:func:`stranded_subject`)."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    subjects = [
        c
        for c in token.children
        if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in TIME_ENTS
    ]
    return subjects[-1] if subjects else stranded_subject(token)


def stranded_subject(verb: Token) -> Token | None:
    """ "On 5 May, in Bacayopa, Sinaloa, a man and a woman were found dead": the parser reads
    the subject as an apposition of the fronted place (and the date as the subject). The noun
    phrase that ends right before the verb's auxiliaries, an apposition, is the subject."""
    auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if not auxes or min(auxes) == 0:
        return None
    doc, word = verb.doc, verb.doc[min(auxes) - 1]
    end = word.i
    found = None
    while word.i != verb.i and word.head.i != word.i and word.right_edge.i == end:
        if word.dep_ == "appos" and word.pos_ == "NOUN":
            found = word  # the outermost apposition that ends there
        word = word.head
    return found if found is not None and doc[end].pos_ != "PUNCT" else None


def _other(candidates: list[ActorMention], source: ActorMention | None) -> ActorMention | None:
    for mention in candidates:
        if source is None or (mention.start, mention.end) != (source.start, source.end):
            return mention
    return None


def _after_by(doc: Doc, mention: ActorMention, symmetric: bool = False) -> bool:
    """ "by two armed men": the word before the actor, past its numbers and modifiers, is "by"
    (or, for a ``symmetric`` trigger, "with": "in clashes with the army")."""
    i = mention.start - 1
    while i > 0 and doc[i].pos_ in ("NUM", "DET", "ADJ"):
        i -= 1
    return i >= 0 and (doc[i].lower_ == "by" or (symmetric and doc[i].lower_ == "with"))


# Prepositions whose object a violent act is done to ("fired at a village").
VICTIM_PREPS = frozenset({"against", "at", "on"})


def person_victim(trigger: Token, victims: Collection[str]) -> Token | None:
    """The person the violence or coercion of ``trigger`` is done to: a noun of ``victims``
    ("killing a woman", "a man was shot") or a noun a "who" clause describes ("detained a
    rapper who had backed the protests")."""
    return next(
        (n for n in victim_places(trigger) if n.lemma_.lower() in victims or described_person(n)),
        None,
    )


def described_person(noun: Token) -> bool:
    """A relative clause opened by "who" describes ``noun``: it is a person."""
    return any(
        clause.dep_ == "relcl"
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ == PERSON_RELATIVE for c in clause.children)
        for clause in noun.children
    )


def victim_places(trigger: Token) -> Iterator[Token]:
    """Where a victim may stand, in the trigger's child order: its object or passive subject,
    or the object of a victim preposition ("a drive-by shooting against a man", "fired at a
    village"); with none of its own, those of a verb joined to it ("shot and killed a
    civilian": the two verbs share the object; not "killing five officers and injuring 22
    people", where each verb has its own)."""
    own = list(_own_victim_places(trigger))
    yield from own
    if own:
        return
    for child in trigger.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            yield from _own_victim_places(child)


def _own_victim_places(trigger: Token) -> Iterator[Token]:
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
        elif child.dep_ == "prep" and child.lower_ in VICTIM_PREPS:
            # "on 6 March" is when, not whom
            yield from (
                noun
                for noun in child.children
                if noun.dep_ == "pobj" and noun.ent_type_ not in TIME_ENTS
            )


def sectored_victim(trigger: Token, mentions: Sequence[ActorMention]) -> tuple[Token, str] | None:
    """A victim the actor stage knows by its sector alone ("a soldier was shot": MIL), with
    that sector; the country is the caller's (the place's)."""
    for token in victim_places(trigger):
        for mention in mentions:
            actor = mention.actor
            if mention.start <= token.i < mention.end and actor.sector and not actor.country:
                return token, actor.sector
    return None


# Nouns after "with" that show a found body was harmed ("the bodies of two men with gunshot
# wounds were found", "a body bearing signs of torture").
WOUND_NOUNS = frozenset({"wound", "injury", "sign", "mark", "bruise", "bullet"})


def wounded(verb: Token) -> bool:
    """The passive subject of ``verb`` carries a "with" of wounds in its own phrase ("the
    bodies of 2 civilians with gunshot wounds were found")."""
    found = passive_subject(verb)
    if found is None:
        return False
    for word in found.subtree:
        if word.lower_ == "with" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in WOUND_NOUNS for c in word.children
        ):
            return True
    return False


# Sectors of people who bear no arms by their role (CAMEO agent codes): civilians, protesters,
# workers, students, farmers, clergy, medics, traders, refugees, journalists, party members.
UNARMED_ROLES = frozenset(
    {"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "HLH", "MED", "BUS", "REF", "JRN", "PTY"}
)


# Sectors of armed organisations: a fight with one of them is military force on its side.
ARMED_ORGANISATIONS = frozenset({"MIL", "REB", "INS", "UAF", "SPY", "IMG", "SEP"})


OCCUPATION = "192"  # "occupy, seize control of a territory using armed forces"
SIT_IN = "144"  # "protest by blocking entry and/or exit into building or area"


# Words that name people by their protest: their violence is a violent protest (CAMEO 145).
PROTEST_ROLES = frozenset(
    {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
     "rioter", "rioters", "marcher", "marchers"}
)  # fmt: skip


def unarmed_force(event: EventMention) -> EventMention:
    """Force by people who bear no arms by their role. Protesters, demonstrators or rioters
    who attack, beat or clash ("rioters injured a police officer") protest violently: CAMEO
    145 "protest violently, riot". CAMEO 190 is "use conventional military force", the force of
    armed organisations; another crowd of an unarmed role that clashes or attacks ("a mob
    attacked police", "villagers clashed with herders") uses unconventional violence: 180. An
    actor the coder only implied (a clash with no named side) keeps its code, and so does a
    fight with an armed organisation ("clashes between herders and soldiers"). An occupation
    by such people is no armed seizure of territory (CAMEO 192 "using armed forces") but a
    protest that blocks a building or area: 144."""
    source, target = event.source, event.target
    if source is None or event.cameo[:2] not in ("18", "19"):
        return event
    actor = source.actor
    if actor.sector not in UNARMED_ROLES or actor.resolution == "implied" or not actor.text:
        return event
    if event.cameo == OCCUPATION:  # "students occupied the rector's office": a sit-in
        return replace(event, cameo=SIT_IN, pattern=event.pattern + "+sit-in")
    if target is not None and target.actor.sector in ARMED_ORGANISATIONS and not _harm(event):
        return event  # a fight with soldiers; wounding one ("villagers injured a soldier") is not
    if PROTEST_ROLES.intersection(actor.text.lower().split()):  # "rioters in Lagos"
        return replace(event, cameo="145", pattern=event.pattern + "+protest")
    if event.cameo != "190":
        return event
    return replace(event, cameo="180", pattern=event.pattern + "+unarmed")


# Verb rows of one-sided harm: the victim does not fight back, whatever its role.
HARM_LEMMAS = frozenset({"injure", "wound"})


def _harm(event: EventMention) -> bool:
    """``event`` was coded from a verb of wounding ("verb:injure")."""
    return event.pattern.removeprefix("verb:").split("+")[0] in HARM_LEMMAS


def harmed_object(token: Token) -> Token | None:
    """The object of the harm verb the attack noun ``token`` is the subject of: "a drone
    strike killed **a Hezbollah commander**" names the strike's target."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in HARM_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


# Modifiers of a gathering noun that name who gathered (CAMEO agent codes): "an **opposition**
# rally", "a **student** protest", "a **teachers'** strike".
GATHERED_SECTORS = MappingProxyType({
    "opposition": "OPP", "student": "EDU", "teacher": "EDU", "union": "LAB", "worker": "LAB",
    "labour": "LAB", "labor": "LAB", "farmer": "AGR", "doctor": "MED", "nurse": "MED",
    "lawyer": "JUD", "refugee": "REF", "journalist": "MED",
})  # fmt: skip
PROTEST_ROOT = "14"
GATHERING_MODIFIERS = frozenset({"compound", "amod", "poss"})


def gathered(trigger: Token, gatherings: Mapping[str, tuple[str, str]]) -> tuple[Token, str] | None:
    """The people of a gathering that coercion or force is done to, with their sector: "police
    broke up **an opposition rally**" (OPP), "banned a student protest" (EDU); a gathering
    named by no modifier of :data:`GATHERED_SECTORS` takes the gathering noun's own sector
    (``gatherings``: lemma -> (CAMEO code, sector), the contentious coder's nouns)."""
    for noun in victim_places(trigger):
        # "air strikes" are no gathering: the two-word key of the table first
        key = compound_key(noun, noun.lemma_.lower(), gatherings)
        code, sector = gatherings.get(key, ("", ""))
        if code[:2] != PROTEST_ROOT:
            continue
        modifiers = (c.lemma_.lower() for c in noun.children if c.dep_ in GATHERING_MODIFIERS)
        return noun, next((GATHERED_SECTORS[m] for m in modifiers if m in GATHERED_SECTORS), sector)
    return None


def suffered(token: Token, event: EventMention) -> bool:
    """The event's source is the subject of the passive trigger with no "by": who suffered it.

    Alone in its sentence ("two protesters were killed in X") such a record is the news; beside
    another event of the sentence it is a detail of that event, and never its own attacker."""
    passive = passive_subject(token)
    source = event.source
    if passive is None or source is None or any(c.dep_ == "agent" for c in token.children):
        return False
    return source.start <= passive.i < source.end
