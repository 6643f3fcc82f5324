"""Where the trained classifier (:mod:`~eventscope.events.classifier`) meets the rules.

Two uses, each with thresholds tuned on the tune parts of the dev sets
(:class:`ClassifierOptions`):

* **fill**: a sentence names two different actors (or one, when the classifier is sure of
  a PentaClass other than material conflict), no pattern matched, and the classifier is
  confident that the sentence reports an event: code it with the classifier's root (its base
  code, "190" for 19) at a low confidence. Source = the actor of the main verb's subject (else
  the first actor), target = the actor of its object or a target preposition (else the next
  different actor). Negated, unreal and conditional main clauses are left alone. A protest
  root (14) for a state or armed source becomes the next most probable root of its class
  (CAMEO 14 is civilian dissent; an army's material conflict is 18-20).
* **veto**: rule events in a sentence the classifier is confident reports no event are
  dropped ("no pattern is always right"; the classifier saw what ordinary news looks like).

Example:
    >>> ClassifierOptions().fill_event >= 0.5
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import ActorMention
from .build import Candidate
from .classifier import EventClassifier, Prediction
from .frames import modality, not_real, object_of
from .keep import actor_key
from .patterns import PatternBook
from .syntax import ActorIndex, Group, inherited_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Sectors (CAMEO agent codes) of states and armed groups: government, military, police,
# intelligence, rebels, insurgents, unidentified armed forces.
STATE_OR_ARMED = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ClassifierOptions:
    """Thresholds for the classifier's two uses (``enabled=False`` turns both off).

    ``fill_event``/``fill_root``: minimum P(event) and P(root) for a fill event
    (``fill_root_conflict`` for material conflict, PentaClass 4; tuned on the tune parts of
    plover_gsr_dev and glocon_dev, #15); ``fill_confidence``: the confidence it gets;
    ``veto_event``: rule events in a sentence with P(event) below this are dropped (0 disables
    the veto); ``fill_one_sided``: minimum P(PentaClass) for a fill event with one actor
    and no target (material conflict: never; above 1: never. The tune part of plover_gsr_dev
    held, its check part gained, #15).
    """

    enabled: bool = True
    fill: bool = True
    fill_event: float = 0.8
    fill_root: float = 0.3
    fill_root_conflict: float = 0.5
    fill_confidence: float = 0.45
    veto_event: float = 0.1
    fill_one_sided: float = 0.5


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
    if guess.event < options.fill_event or guess.root_prob < _min_root(guess, options):
        return None
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX") or modality(verb, book) in (
        "negated",
        "unreal",
        "conditional",
    ):
        return None
    if not_real(book, verb, object_of(verb)):
        return None  # "no restrictions", a naming, "in the 1950s": as for the rules
    if guess.root[:2] >= "14" and verb.lemma_ in book.words["speech_verbs"]:
        return None  # "X briefed Y on the fighting": a report of force; X and Y do not fight
    ordered = sorted(mentions, key=lambda m: m.start)
    sources = index.groups_under(inherited_subject(verb, book.words["pronouns"]))
    source = sources[0][0] if sources else ordered[0]
    targets = [g for g in _object_groups(verb, index, book) if _distinct(source, g[0])]
    target = targets[0][0] if targets else next((m for m in ordered if _distinct(source, m)), None)
    if target is None and not _one_sided(guess, options):
        return None
    root = _fill_root(guess, source)
    code = root + "0" if len(root) == 2 else root
    return Candidate(
        code=code,
        sources=[(source,)],
        targets=[(target,)] if target is not None else [],
        trigger=(verb.i, verb.i + 1),
        sent_index=sent_index,
        confidence=options.fill_confidence,
        pattern=f"classifier:{root}",
    )


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


def _object_groups(verb: Token, index: ActorIndex, book: PatternBook) -> list[Group]:
    """Actors of the verb's object, then of its target prepositions."""
    found: list[Group] = []
    for item in verb.children:
        if item.dep_ in ("dobj", "attr", "nsubjpass", "dative"):
            found += index.groups_under(item)
    return found + index.groups_after(verb, book.words["target_preps"])


def load_classifier(options: ClassifierOptions) -> EventClassifier | None:
    """The shipped classifier when ``options`` enable it."""
    return EventClassifier.load() if options.enabled else None
