"""Turn a coded clause (a :class:`Candidate`) into event mentions: compounds, collectives, targets.

Rules for several actors on one side (documented in ``data/events/README.md``):

* every source x every target ("Azerbaijan and China sent aid to Iran" -> AZE->IRN, CHN->IRN);
* no target, reciprocal verb ("met", "signed an agreement", "the sides exchanged views") and two
  or more source actors (a compound subject or a collective such as "the sides"): the first actor
  with each other one, in both directions ("Russia, Iran and Turkey met" -> RUS<->IRN,
  RUS<->TUR; not every ordered pair). A dictionary entry naming several actors at once (the
  Shire = FRO, BIL, SAM) acts as one: each of its members with each other actor, never with
  each other;
* no target otherwise: each source with no target (or the sentence's single other country, when
  ``infer_targets`` is on, at lower confidence; never a co-subject of a one-way act: one_way).

Example:
    >>> Candidate(code="040", sources=[], targets=[], trigger=(3, 4), sent_index=0,
    ...           confidence=0.9, pattern="verb:meet").code
    '040'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import product

from ..models import ActorMention, EventMention
from .bombings import by_state_forces
from .one_way import inferable_targets, sentence_target
from .patients import FORCE_ROOT
from .state_sector import MILITARY_ROOTS, with_state_sector
from .syntax import Group

MAX_EVENTS_PER_CLAUSE = 12
Pair = tuple[ActorMention | None, ActorMention | None]
INFERRED_TARGET_PENALTY = 0.2
# How far below another event one ranked "just below" it is (the classifier's disputes,
# a protest's policing): one step of confidence, never a tie.
RANK_STEP = 0.01


@dataclass(slots=True)
class Candidate:
    """One matched clause before it is split into (source, target) events."""

    code: str
    sources: list[Group]
    targets: list[Group]
    trigger: tuple[int, int]
    sent_index: int
    confidence: float
    pattern: str
    reciprocal: bool = False
    extra: list[Candidate] = field(default_factory=list)
    # the target is a party the text names but no actor ("urged Gulf states to ..."): none
    # is guessed from the sentence
    unnamed_target: bool = False


# CAMEO 062 usage note: "joint military games and maneuvers" are military cooperation.
JOINT_MILITARY = "062"


def jointly(candidate: Candidate, show_of_force: frozenset[str]) -> Candidate:
    """A show of force (``show_of_force`` codes: exercises, war games) by several countries
    together ("French and Egyptian warships launched war games") is military cooperation
    among them (062, reciprocal), not a posture aimed at a target."""
    if candidate.code not in show_of_force:
        return candidate
    countries = {m.actor.country for m in _members(candidate.sources) if m.actor.country}
    if len(countries) >= 2:
        candidate.code, candidate.reciprocal, candidate.targets = JOINT_MILITARY, True, []
    return candidate


def _members(groups: list[Group]) -> list[ActorMention]:
    found: list[ActorMention] = []
    for group in groups:
        found.extend(mention for mention in group if mention not in found)
    return found


def actor_key(mention: ActorMention | None) -> tuple[str | None, str | None] | None:
    """The actor's identity for deduplication: its code and country (``None``: no actor).
    The same actor named twice in a sentence is one actor ("China ... and China")."""
    if mention is None:
        return None
    return (mention.actor.code, mention.actor.country)


def pairs(candidate: Candidate) -> list[Pair]:
    """The (source, target) pairs a candidate codes, by the rules in the module docstring."""
    sources, targets = _members(candidate.sources), _members(candidate.targets)
    found: list[Pair] = []
    if targets:
        givers: list[ActorMention | None] = [*sources] or [None]
        found = [
            (s, t)
            for s in givers
            for t in targets
            if not _same(s, t) and not _own_side(s, t, sources)
        ]
        return found[:MAX_EVENTS_PER_CLAUSE]
    units = _units(candidate.sources)
    if candidate.reciprocal and len(units) >= 2:
        others = [other for unit in units[1:] for other in unit]
        for first, other in product(units[0], others):
            if not _same(first, other):
                found += [(first, other), (other, first)]
        return found[:MAX_EVENTS_PER_CLAUSE]
    found = [(s, None) for s in sources]
    return found[:MAX_EVENTS_PER_CLAUSE]


def _units(groups: list[Group]) -> list[list[ActorMention]]:
    """The groups' actors (once each, in order: :func:`_members`) as the units that act
    together: each actor of a collective ("the sides" -> AZE, CHN) is a unit, as they may act
    on each other; the actors of one dictionary entry naming several (the Shire -> FRO, BIL,
    SAM) are one unit."""
    seen: list[ActorMention] = []
    units: list[list[ActorMention]] = []
    for group in groups:
        fresh = [mention for mention in dict.fromkeys(group) if mention not in seen]
        seen.extend(fresh)
        if len(fresh) > 1 and not is_collective(group):
            units.append(fresh)
        else:
            units.extend([mention] for mention in fresh)
    return units


def is_collective(group: Group) -> bool:
    """Several actors over the same tokens found by coreference ("the sides"), not one
    dictionary entry's several codes (whose mentions keep the entry's own resolution)."""
    return len(group) > 1 and any(m.actor.resolution == "collective" for m in group)


def _own_side(
    source: ActorMention | None, target: ActorMention, sources: list[ActorMention]
) -> bool:
    """In a compound source, a member of the target's own country is not the one acting on it.

    "Indian and Pakistani troops exchanged fire, killing two Indian soldiers": PAK->IND, not
    IND->IND. A single source may still act on its own country ("police arrested protesters"),
    and allies on their own country's civilians ("the Malian army and Russian mercenaries
    killed dozens of civilians": the two sides of a fight are armed, an unarmed target is
    no side).
    """
    country = target.actor.country
    if source is None or country is None or source.actor.country != country:
        return False
    if target.actor.sector in UNARMED_SECTORS:
        return False
    return any(other.actor.country not in (None, country) for other in sources)


def _same(source: ActorMention | None, target: ActorMention | None) -> bool:
    if source is None or target is None:
        return False
    if source is target or (source.start, source.end) == (target.start, target.end):
        return source.actor.country == target.actor.country
    return False


def to_mentions(
    candidate: Candidate,
    sentence_mentions: list[ActorMention],
    *,
    infer_targets: bool,
    state_sectors: bool = True,
    domestic_roots: frozenset[str] | None = None,
) -> list[EventMention]:
    """Expand a candidate into :class:`EventMention` objects (one per pair). ``domestic_roots``:
    when given and the sentence names at most one country, actors are made
    domestic by :func:`domestic_target` (these roots' missing targets become the source's own
    country) and :func:`domestic_source`; ``None`` leaves them alone.
    """
    events = []
    # Domestic rules only where one country at most is named ("the president" may be either's)
    countries = {m.actor.country for m in sentence_mentions if m.actor.country}
    # A guessed referent ("the sides") costs confidence; a dictionary's compound does not.
    collective = any(is_collective(group) for group in candidate.sources + candidate.targets)
    base = candidate.confidence - (0.05 if collective else 0.0)
    co_sources = [] if collective or candidate.reciprocal else _members(candidate.sources)
    inferable = inferable_targets(co_sources, candidate.code, sentence_mentions)
    for source, target in pairs(candidate):
        confidence = base if target is not None else base - 0.1
        if target is None and source is not None and infer_targets and not candidate.unnamed_target:
            target = sentence_target(source, inferable, candidate.trigger[1])
            if target is not None:
                confidence = base - INFERRED_TARGET_PENALTY
        if domestic_roots is not None and len(countries) <= 1:
            if not (candidate.unnamed_target and candidate.code[:2] >= FORCE_ROOT):
                # a person acted on by force is the domain stage's civilian, not the state
                target = domestic_target(source, target, candidate.code, domestic_roots)
            source = domestic_source(source, target)
        if state_sectors:
            lemma = pattern_lemma(candidate.pattern)
            source = with_state_sector(source, candidate.code, source=True, lemma=lemma)
            target = _state_target(source, target, candidate.code, mutual=candidate.reciprocal)
        events.append(
            EventMention(
                source=source,
                target=target,
                cameo=on_civilians(candidate.code, candidate.pattern, source, target),
                trigger_start=candidate.trigger[0],
                trigger_end=candidate.trigger[1],
                sent_index=candidate.sent_index,
                confidence=round(max(0.05, min(1.0, confidence)), 3),
                pattern=candidate.pattern,
            )
        )
    return events


# CAMEO 180 "unconventional violence ... terrorist attacks, if not further specified": an attack
# by irregular armed men or a mob (not a state's forces, not rebels, which the codebook's 190
# "organized armed groups" covers) on people who do not fight (civilians, refugees). Killings
# stay 190 ("killings of any kind when the weapons used are not specified").
IRREGULAR_SECTORS = frozenset({"UAF", "CRM", "CVL"})
# The state's own agents: their yielding (08: withdraw, ease) with no named target falls on
# the country at large.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
YIELD_ROOT = "08"
IRREGULAR_CODES = ("IMG",)
UNARMED_SECTORS = frozenset({"CVL", "REF"})
CONVENTIONAL_FORCE = "190"
UNCONVENTIONAL_VIOLENCE = "180"
ATTACK_LEMMA = "attack"


def on_civilians(
    code: str, pattern: str, source: ActorMention | None, target: ActorMention | None
) -> str:
    """ "Militiamen attacked a camp for refugees", "gunmen attacked villagers": 180, not the
    bare 190; soldiers or rebels attacking, killings, and specific codes are kept. A state's
    forces bombing is 195, not the non-military 183 (:func:`.bombings.by_state_forces`)."""
    lemma = pattern_lemma(pattern)
    code = by_state_forces(code, lemma, source)
    if code != CONVENTIONAL_FORCE or source is None or target is None:
        return code
    if lemma != ATTACK_LEMMA:
        return code
    actor = source.actor
    irregular = actor.sector in IRREGULAR_SECTORS or (actor.code or "").startswith(IRREGULAR_CODES)
    unarmed = target.actor.sector in UNARMED_SECTORS
    return UNCONVENTIONAL_VIOLENCE if irregular and unarmed else code


def pattern_lemma(pattern: str) -> str:
    """The verb or noun lemma of an event's ``pattern`` ("verb:attack+on" -> "attack").

    >>> pattern_lemma("verb:hang"), pattern_lemma("noun:strike+on")
    ('hang', 'strike')
    """
    return pattern.rsplit(":", 1)[-1].split("+")[0]


def _state_target(
    source: ActorMention | None, target: ActorMention | None, code: str, *, mutual: bool
) -> ActorMention | None:
    """:func:`with_state_sector` for the target, except that the own country a domestic act
    of a state falls on (:func:`own_country`: "the government lifted the curfew", "Kenya
    went to the polls") stays the country at large: its government would be the source
    itself (KENGOV -> KENGOV), while the country (KENGOV -> KEN) is what CAMEO codes. So
    does the state's forces' or police's yielding (08): "Ethiopian troops withdrew from
    Tigray" is ETHMIL -> ETH, not the government of a region (ETHGOV); their other domestic
    acts ("police opened an investigation") keep the state (GOV) the story is about. In a
    ``mutual`` use of force ("India and Pakistan exchanged fire") each side's forces act."""
    if mutual and code[:2] in MILITARY_ROOTS:
        return with_state_sector(target, code, source=True)
    filled = with_state_sector(target, code, source=False)
    if filled is None or target is None or source is None:
        return filled
    if filled is not target and filled.actor.code == source.actor.code:
        return target  # "the junta extended the emergency in Myanmar": MMRGOV -> MMR
    if target.actor.text:
        return filled
    yields = code[:2] == YIELD_ROOT and source.actor.sector in STATE_SECTORS
    own_state = yields and source.actor.country == target.actor.code
    return target if own_state or filled.actor.code == source.actor.code else filled


def domestic_target(
    source: ActorMention | None,
    target: ActorMention | None,
    code: str,
    domestic_roots: frozenset[str],
) -> ActorMention | None:
    """A target with no country of its own is domestic: it takes the source's country.

    CAMEO codes an agent named without a country ("police arrested **the journalist**",
    "the opposition denounced **the government**") in the country of the story. So a target
    with a sector but no country ("the government": ``GOV``) gets the source's country, and a
    missing target of a domestic root ("Kenyan police opened an investigation", "the
    government lifted the curfew": ``domestic_roots``) becomes the source's country itself.
    Sources without a country, and IGO-like targets (code not the bare sector), are unchanged.

    Example:
        >>> domestic_target(None, None, "173", frozenset({"17"})) is None
        True
    """
    country = source.actor.country if source is not None else None
    if source is None or not country:
        return target
    if target is None:
        return own_country(source) if code[:2] in domestic_roots else None
    if target.actor.country or target.actor.code != (target.actor.sector or ""):
        return target
    sector = target.actor.sector or ""
    if target.actor.resolution == "title" and target.actor.name and sector == source.actor.sector:
        # "the German government welcomed President Reagan's statement": a named official no
        # dictionary knows may be of any country, and the source's would make a self-dyad
        # (DEUGOV -> DEUGOV). "Rwandan rebels demanded that President Kagame ..." (REB ->
        # GOV) stays domestic.
        return target
    actor = replace(target.actor, country=country, code=country + sector)
    return replace(target, actor=actor)


def own_country(source: ActorMention) -> ActorMention:
    """The state of ``source``'s country, filled in from it (resolution ``context``).

    The text names no such actor, so it has no words: an empty ``text`` at the start of the
    source (a reader, or the role scorer, must not take the source's phrase for the target's).
    The token span stays the source's, where the event's words are looked up.

    Example:
        >>> from eventscope.models import Actor
        >>> police = Actor(text="Kenyan police", start=4, end=17, country="KEN", sector="COP",
        ...                code="KENCOP")
        >>> state = own_country(ActorMention(actor=police, start=1, end=3, sent_index=0)).actor
        >>> state.code, state.text, state.start, state.end, state.resolution
        ('KEN', '', 4, 4, 'context')
    """
    actor = replace(
        source.actor,
        text="",
        end=source.actor.start,
        sector=None,
        code=source.actor.country or source.actor.code,
        name=None,
        resolution="context",
    )
    return replace(source, actor=actor)


def domestic_source(
    source: ActorMention | None, target: ActorMention | None
) -> ActorMention | None:
    """A source agent with no country acting on a country's actor is of that country.

    "Students demanded reforms from **the Indonesian government**", "the president threatened
    to ban **Ugandan** opposition candidates": the agent named without a country (``EDU``,
    ``GOV``) is domestic. Sources with a country or a fixed code (IGOs, NGOs) are unchanged.

    Example:
        >>> domestic_source(None, None) is None
        True
    """
    if source is None or target is None or not target.actor.country:
        return source
    if source.actor.country or source.actor.code != (source.actor.sector or ""):
        return source
    country = target.actor.country
    code = country + (source.actor.sector or "")
    if code == target.actor.code:
        # "officials met Chinese officials": one body acting on itself is no domestic event
        return source
    actor = replace(source.actor, country=country, code=code)
    return replace(source, actor=actor)
