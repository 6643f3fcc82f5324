"""Which coded events to keep: no actor acting on itself, an anchor in the state system, one
event per sentence, dyad and code.

Both the event coder (per candidate) and the pipeline (after the rules, the classifier's fill
and the domain shapes have each added theirs) use these tests, so that an actor is the same
actor everywhere: its code and country (:func:`actor_key`).

Example:
    >>> one_per_dyad([])
    []
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Actor, ActorMention, EventMention
from .build import Candidate, actor_key
from .one_attack import one_attack

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How an actor got a country from outside its own words (``actors.context``).
GUESSED = frozenset({"place", "dateline", "article"})
# A country named where it is no agent ("in China", "a U.S. request"): the events stage may
# make it a party, but outside a domestic act not the same actor as a named one of its code.
CONTEXT = "context"
# Statements, appeals and consultations: what one says to unnamed reporters is said to everyone.
PRESS_CHANNEL_ROOTS = frozenset({"01", "02", "04"})
CONSULT = "04"
CLASSIFIER_PATTERN = "classifier:"  # the pattern of the trained classifier's events
VERB_PATTERN = "verb:"  # the pattern of an event a verb row coded
SPEECH_LEMMAS = frozenset(
    {"talk", "speak", "tell", "brief", "address", "meet", "say", "explain", "inform", "give"}
)


def one_per_dyad(mentions: Sequence[EventMention]) -> list[EventMention]:
    """One event per sentence, directed dyad and CAMEO code, and one per trigger word, dyad and
    CAMEO root: the most confident, in order.

    The rules, the classifier's fill and the domain shapes may each code the same clause
    ("clashes erupted between rebels and soldiers": the trigger "clashes" and the classifier
    on "erupted"); a reader expects one event.
    """
    kept = _best(mentions, lambda m: m.cameo)
    # "Kenya condemned the attack by X": the verb's criticism (111) and the speaker's accusation
    # (112) are one act of one word on one dyad; a second code of the same root counts it twice.
    once = [mention for mention in mentions if id(mention) in kept]
    kept = _best(once, lambda m: (m.trigger_start, m.cameo[:2]))
    # "carried out air strikes on a village, killing 30 people": one attack, one event
    return one_attack([mention for mention in once if id(mention) in kept])


def _best(mentions: Sequence[EventMention], code: Callable[[EventMention], object]) -> set[int]:
    """The ids of the most confident mention (the first on a tie) per sentence, dyad and
    ``code(mention)``."""
    best: dict[tuple[object, ...], EventMention] = {}
    for mention in mentions:
        source, target = actor_key(mention.source), actor_key(mention.target)
        key = (mention.sent_index, source, target, code(mention))
        if key not in best or mention.confidence > best[key].confidence:
            best[key] = mention
    return {id(mention) for mention in best.values()}


def self_dyad(event: EventMention, domestic_roots: frozenset[str]) -> bool:
    """One actor acting on itself: the same code under the same name ("Russia said Russia
    would ..."). Domestic roots (protest, arrest, investigate, yield: "workers struck" -> their
    own country) keep their country target; one country's different sectors (government ->
    opposition) or differently named bodies ("officials" -> "the Assembly") are two actors."""
    if event.source is None or event.target is None:
        return False
    source, target = event.source.actor, event.target.actor
    guessed = source.resolution in GUESSED or target.resolution in GUESSED
    # "the military government declared a state of siege in Haiti": a state's domestic act on
    # the country it names is kept though the place gave the government its country
    on_named_country = (
        event.cameo[:2] in domestic_roots and target.resolution == CONTEXT and bool(target.text)
    )
    if (
        guessed
        and not on_named_country
        and (source.code == target.code or _own_state(source, target))
    ):
        # "officials met Chinese officials": a side whose country only the article's context
        # gave ("officials" -> CHN) is not known to be the other side's own body
        return True
    named = bool(target.text)
    if named and source.code == target.code and event.pattern.startswith(CLASSIFIER_PATTERN):
        # the classifier's guess of a pair that turns out one body ("the U.S." and "the
        # government"): a rule names who acts on whom, a guess of one actor on itself is none
        return True
    if event.cameo[:2] in domestic_roots:
        return False  # "Sri Lanka imposed a curfew": the state acts on its own country
    if source.code == target.code and CONTEXT in (source.resolution, target.resolution):
        return True  # "a U.S. delegate to the talks": "U.S." names no second U.S. party
    return source.code == target.code and _name(source) == _name(target)


def _own_state(source: Actor, target: Actor) -> bool:
    """The target is the source's own country named by no words (``build.own_country``) and
    the source is that country's government: the state acting on its own country."""
    own = not target.text and target.sector is None and target.code == source.country
    return own and source.code == f"{source.country}GOV"


def anchored_event(event: EventMention, material_conflict: frozenset[str]) -> bool:
    """A state or organisation takes part, or two agents fight ("protesters clashed with police":
    material conflict is news even where no country is named)."""
    if _anchored(event.source) or _anchored(event.target):
        return True
    return event.target is not None and event.cameo[:2] in material_conflict


def _name(actor: Actor) -> str:
    return (actor.name or actor.text).lower()


def _anchored(mention: ActorMention | None) -> bool:
    """Has a country, or a code that is more than a bare sector (an IGO, an NGO, a company)."""
    if mention is None:
        return False
    actor = mention.actor
    return bool(actor.country) or actor.code != (actor.sector or "")


# Resolutions whose country the actor's own words give (a name, a title, a nationality, or a
# pronoun for one: "He told reporters after meeting with President Suharto").
_NAMED = frozenset({"dictionary", "title", "modifier", "coreference"})


def own_unit(event: EventMention) -> EventMention:
    """The event without a target that is the source's own unit: a role located by a town
    (resolution ``located``) with the source's code is no second party ("the Bangladeshi army
    deployed troops in Dhaka": 154 with no target, not the army acting on itself). A meeting
    of one body's members ("the energy minister met President Suharto": IDNGOV and IDNGOV) is
    a consultation with no second party either: CAMEO codes actors, not persons."""
    source, target = event.source, event.target
    if source is None or target is None or target.actor.code != source.actor.code:
        return event
    # only where the words name both countries: a pair the self-dyad test drops anyway stays to
    # be dropped, and a side whose country was guessed ("King Abdullah" -> USA) may be foreign
    named = {source.actor.resolution, target.actor.resolution} <= _NAMED
    inside = target.actor.resolution == "located" or (
        event.cameo[:2] == CONSULT and named and not self_dyad(event, frozenset())
    )
    return replace(event, target=None) if inside else event


def press_channel(doc: Doc, event: EventMention) -> EventMention | None:
    """The event with reporters as the channel, not a party: "told reporters that ..." is a
    statement with no target, and "talking to journalists" or "met reporters" is no
    consultation (``None``), nor is the classifier's guess of a pair with the press a speech
    verb addresses; "sources told Reuters rebels occupied X": Reuters is no target of the
    occupation. Journalists as victims ("police detained journalists") and named media acted
    on stay targets."""
    target = event.target
    if target is None or target.actor.sector != "MED" or target.end <= target.start:
        return event  # (a target with no words is the source's own state: no press)
    addressed = _addressed(doc[target.start : target.end].root)
    if not addressed and not _unnamed_press(target.actor):
        return event
    if event.pattern.startswith(CLASSIFIER_PATTERN):
        return None if addressed else event
    if event.cameo[:2] == CONSULT:
        return None
    if addressed or event.cameo[:2] in PRESS_CHANNEL_ROOTS:
        return replace(event, target=None)
    return event


def _unnamed_press(actor: Actor) -> bool:
    """Reporters named by their role alone ("journalists"): the code is country + sector."""
    return actor.name is None and actor.code == f"{actor.country or ''}{actor.sector}"


def _addressed(head: Token) -> bool:
    """ "told reporters", "briefed journalists", "talking to reporters": a speech verb's
    addressee (its object, or the object of its "to"/"with")."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in ("to", "with"):
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SPEECH_LEMMAS


STATE_SECTOR = "GOV"  # the sector of a state named alone when it acts
# Possessive pronouns whose owner is the clause's own subject ("urged their citizens").
OWN_PRONOUNS = frozenset({"its", "their"})


def own_possessions(doc: Doc, candidate: Candidate) -> list[Candidate]:
    """ "Germany and Italy urged their citizens to leave Libya": a role owned by "its"/"their"
    whose country is unknown, or was only guessed from the sentence (``GUESSED``) and is one of
    the sources' own, belongs to each source in turn: DEU -> DEUCVL and ITA -> ITACVL, one
    candidate per source, not DEU -> ITACVL (the nearest country's citizens). A role so owned
    that is the one source's own body (:func:`_own_body`) is no target: the candidate without
    one. Otherwise ``[candidate]``."""
    if len(candidate.targets) != 1 or len(candidate.targets[0]) != 1 or not candidate.sources:
        return [candidate]
    target = candidate.targets[0][0]
    if _own_body(doc, candidate.sources, target):
        # "Ethiopia expelled its diplomats": whose, the sentence does not say; not Ethiopia's
        return [replace(candidate, targets=[], unnamed_target=True)]
    countries = {m.actor.country for group in candidate.sources for m in group}
    unknown = target.actor.country is None and target.actor.code == target.actor.sector
    guessed = target.actor.resolution in GUESSED and target.actor.country in countries
    head = doc[target.end - 1]
    owners = {c.lower_ for c in head.children if c.dep_ == "poss"}
    if not (
        target.actor.sector and (unknown or guessed or _first_owner(target, owners, countries))
    ):
        return [candidate]
    if not owners & OWN_PRONOUNS:
        return [candidate]
    split: list[Candidate] = []
    for group in candidate.sources:
        country = group[0].actor.country
        if not country:
            return [candidate]
        actor = replace(target.actor, country=country, code=country + (target.actor.sector or ""))
        own = replace(target, actor=replace(actor, resolution="modifier"))
        extra = [] if split else candidate.extra  # further clauses once, with the first
        if _own_body(doc, [group], own):  # "Japan and Korea recalled their ambassadors"
            split.append(
                replace(candidate, sources=[group], targets=[], extra=extra, unnamed_target=True)
            )
            continue
        split.append(replace(candidate, sources=[group], targets=[(own,)], extra=extra))
    return split


def _first_owner(target: ActorMention, owners: set[str], countries: set[str | None]) -> bool:
    """ "Germany and France warned **their** citizens": the actors stage gave the role the
    country of the compound's first subject (the owner it reads "their" as); with several
    source countries, each owns its own."""
    return (
        "their" in owners
        and len(countries) > 1
        and target.actor.resolution == "modifier"
        and target.actor.country in countries
    )


def _own_body(doc: Doc, sources: Sequence[Sequence[ActorMention]], target: ActorMention) -> bool:
    """``target`` is a role of the government (GOV) owned by "its"/"their" of the country of
    the one source, itself the government or a state named alone ("Ethiopia expelled its
    diplomats": the state's own diplomats; "the US imposed sanctions on its officials"): an
    event of one body on itself. Another sector of the country ("criticised its own police")
    and people ("the families demanded their children be returned") are second parties."""
    if len(sources) != 1 or len(sources[0]) != 1 or target.actor.name is not None:
        return False
    source = sources[0][0].actor
    if source.country is None or target.actor.country not in (None, source.country):
        return False  # (no country yet: the domestic target rule would give the source's)
    if _body_sector(source) != STATE_SECTOR or _body_sector(target.actor) != STATE_SECTOR:
        return False  # "the families demanded their children be returned": other people
    head = doc[target.end - 1]
    return any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in head.children)


def _body_sector(actor: Actor) -> str | None:
    """The actor's sector; a state named alone ("Ethiopia") acts as its government."""
    return STATE_SECTOR if actor.code == actor.country else actor.sector
