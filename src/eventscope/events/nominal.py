"""Event nouns: "the meeting with X", "a provocation by Y", "aid to X", "talks between X and Y".

A noun from ``data/events/nouns.tsv`` becomes a :class:`Candidate` when it has actors:
source = "by X", "X's" (unless the noun's possessor is its target, as in "X's sovereignty"), an
actor adjective ("Armenian attack") or the agent of a participle ("support provided by X");
target = the object of a target preposition ("to/with/against/on/for X"); "between X and Y"
names both (reciprocal). Cooperative nouns without a source take the subject of their governing
verb ("X held the meeting with Y"), and so does an act its author owns up to ("X claimed
responsibility for the attack": X's attack, :func:`claimed_act`). A hostile noun with a source
and no target takes the speaker of the governing verb as target, and a speech verb adds the
speaker's accusation (112):
"X described the attack as a provocation by Y" -> Y->X 180 and X->Y 112.

Example:
    >>> NOMINAL_CONFIDENCE
    0.65
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS as _SOURCE_MODIFIERS
from ..nlp.syntax import SUBJECT_DEPS, VERBAL_POS
from ..nlp.syntax import child as first_child
from .act_agents import by_agent
from .build import Candidate
from .patterns import NounRule, PatternBook
from .state_strikes import military_strike_code
from .syntax import (
    PAIR_PREPS,
    ActorIndex,
    Group,
    governing_verb,
    inherited_subject,
    prep_object,
    under_any,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Doc, Token

    from ..models import EventMention

NOMINAL_CONFIDENCE = 0.65
# Verbs of people harmed and the prepositions of the act that harmed them ("were killed in an
# attack", "died in a raid", "were wounded by an air strike"): harmed_in.
HARMED_VERBS = frozenset({"kill", "wound", "injure", "hurt", "die", "maim", "murder"})
HARMED_IN_PREPS = frozenset({"in", "during", "by"})
# CAMEO "claim responsibility"
CLAIM_CODE = "015"
# Verbs through which an act draws others' reaction ("drew criticism from X")
REACTION_VERBS = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "earn", "attract"})
INHERITED_CONFIDENCE = 0.55
# The pattern prefix of the speaker's accusation derived from a hostile noun (``embedded`` keeps
# the noun's own event beside it: the accusation and the act are both coded on purpose).
ACCUSATION_PATTERN = "accuse:"


def noun_candidates(
    token: Token, sent_index: int, book: PatternBook, index: ActorIndex, modality: str | None
) -> list[Candidate]:
    """Candidates for an event noun (empty when it is not one, or names no actor)."""
    rule = book.noun_rule(token)
    if rule is None or token.dep_ == "compound" or modality in ("negated", "unreal", "conditional"):
        return []
    words = book.words
    if any(c.dep_ in ("det", "neg") and c.lower_ in words["negations"] for c in token.children):
        return []
    if rule.needs_cue and not _has_cue(token, words["cue_lemmas"]):
        return []
    if any(c.dep_ == "amod" and c.lemma_.lower() in words["hypothetical"] for c in token.children):
        return []  # "possible sanctions": not (yet) an event
    sources, targets, reciprocal = _arguments(token, rule, book, index)
    reaction = _reaction(token, book, index)
    if reaction is not None:
        (sources, targets), reciprocal = reaction, False
    confidence = NOMINAL_CONFIDENCE
    verb = governing_verb(token)
    if under_any(token, words["nonfactive"], pos=("VERB",)) or under_any(
        token, words["nonfactive_nouns"], pos=("NOUN",)
    ):
        return []  # "rejected calls for talks": the verb codes it, the talks did not happen
    speaker: list[Group] = []
    if verb is not None and token.dep_ not in SUBJECT_DEPS:
        speaker = index.groups_under(inherited_subject(verb, words["pronouns"]))
    lemma = verb.lemma_.lower() if verb is not None else ""
    stance = _refers_only(token, lemma, words)
    if not sources and rule.subject_source and speaker and not stance:
        # not "X condemned the sanctions" -> X imposed them
        sources, confidence = speaker, INHERITED_CONFIDENCE
    elif not sources and speaker and claimed_act(token, book):
        sources = speaker  # "X claimed responsibility for the attack": X's attack
    if not sources:
        return []
    main = Candidate(
        code=military_strike_code(token, sources) or rule.code,  # "the Russian strikes": 190
        sources=sources,
        targets=targets,
        trigger=(token.i, token.i + 1),
        sent_index=sent_index,
        confidence=confidence,
        pattern=f"noun:{rule.lemma}",
        reciprocal=reciprocal,
        unnamed_target=reaction is not None and not targets,  # "the vote drew praise from X"
    )
    if not (rule.hostile and not targets and speaker and verb is not None):
        return [main]
    return _hostile(main, speaker, verb, book, _placed(token, index))


# The verbs and nouns of owning up to an act ("claimed responsibility for", "admitted
# responsibility for"): the verb's subject is the act's author.
_OWNING_VERBS = frozenset({"claim", "accept", "assume", "admit", "acknowledge"})
# Verbs whose direct object is the act owned up to ("X claimed the bombing", "admitted the
# killing"); not "accepted the attack" (endured it) or "acknowledged the attack" (noted it).
_CLAIMING_VERBS = frozenset({"claim", "admit"})


def claimed_act(token: Token, book: PatternBook) -> bool:
    """``token`` is a hostile act (a ``hostile`` noun row) whose author owns up to it: "X
    **claimed** responsibility **for** the attack" (the noun under "for" under "responsibility",
    the object of a verb of owning), or "X **claimed** the bombing" (the object of "claim").

    Example:
        >>> claimed_act.__name__
        'claimed_act'
    """
    if token.dep_ == "dobj":
        owned = token.head.lemma_.lower() in _CLAIMING_VERBS
    elif token.dep_ == "pobj" and token.head.lower_ == "for":
        noun = token.head.head
        owned = noun.lemma_.lower() == "responsibility" and noun.dep_ == "dobj"
        owned = owned and noun.head.lemma_.lower() in _OWNING_VERBS
    else:
        return False  # (the shapes first: the noun rule is looked up for few words)
    rule = book.noun_rule(token) if owned else None
    return rule is not None and rule.hostile


def owns_claimed_act(doc: Doc, events: Sequence[EventMention], book: PatternBook) -> bool:
    """Whether ``events`` (one sentence's) hold a claim of responsibility (015) and the act it
    claims (:func:`claimed_act`): the two are read together, the claim a statement and the act
    its author's, and the classifier's class for the sentence should not rank one below the
    other.

    Example:
        >>> owns_claimed_act.__name__
        'owns_claimed_act'
    """
    if not any(e.cameo == CLAIM_CODE for e in events):
        return False
    return any(
        e.pattern.startswith("noun:") and claimed_act(doc[e.trigger_start], book) for e in events
    )


def _placed(token: Token, index: ActorIndex) -> list[Group]:
    """The country a hostile noun happened in: "an attack in Niger", or "an attack by militants
    in Niger" (the parser hangs the place on the attackers as often as on the attack)."""
    places = ("in", "inside")
    return index.groups_after(token, places) or index.groups_after(
        prep_object(token, ("by",)), places
    )


def _hostile(
    main: Candidate, speaker: list[Group], verb: Token, book: PatternBook, placed: list[Group]
) -> list:
    """A hostile noun with no target: the country it happened in is the target ("condemned an
    attack by X in Niger": the speaker was not attacked), else the speaker; a speaker may
    accuse the source."""
    speaker = [g for g in speaker if not _shares_country(g, main.sources)]
    if not speaker and not placed:
        return [main]
    if placed:
        main.targets = [g for g in placed if not _shares_country(g, main.sources)]
    else:
        main.targets, main.confidence = speaker, INHERITED_CONFIDENCE
    found = [main]
    if speaker and verb.lemma_.lower() in book.words["speech_verbs"]:
        found.append(
            Candidate(
                code="112",
                sources=speaker,
                targets=main.sources,
                trigger=(verb.i, verb.i + 1),
                sent_index=main.sent_index,
                confidence=INHERITED_CONFIDENCE,
                pattern=f"{ACCUSATION_PATTERN}{verb.lemma_.lower()}+{main.pattern.removeprefix('noun:')}",
            )
        )
    return found


def _refers_only(token: Token, lemma: str, words: Mapping[str, frozenset[str]]) -> bool:
    """The subject of the noun's verb ``lemma`` does not carry the act out: it takes a stance
    on it ("X condemned the sanctions"), refers to it, or draws a reaction ("X's raid drew
    condemnation": X is condemned, and who condemns is not named)."""
    stance = lemma in words["stance_verbs"] or lemma in words.get("referring_verbs", ())
    return stance or _drawn(token)


def _drawn(token: Token) -> bool:
    """``token`` is the object of a verb of drawing a reaction ("drew **condemnation**")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in REACTION_VERBS


def _reaction(
    token: Token, book: PatternBook, index: ActorIndex
) -> tuple[list[Group], list[Group]] | None:
    """ "X's raid drew condemnation **from Y**", "..., drawing criticism from Y": Y reacts to
    X (the drawing verb's subject), not X to Y."""
    verb = token.head
    if not _drawn(token):
        return None
    sources = index.groups_after(token, ("from",)) or index.groups_after(verb, ("from",))
    if not sources:
        return None
    # "the arrest of X by Y drew criticism from Z": Z reacts to Y, who arrested, not to X
    act = inherited_subject(verb, book.words["pronouns"])
    acts = book.noun_heads
    agent = by_agent(act, acts) if act is not None and index.group_at(act) is None else None
    return sources, index.groups_under(agent) or index.groups_under(act)


def _arguments(
    token: Token, rule: NounRule, book: PatternBook, index: ActorIndex
) -> tuple[list[Group], list[Group], bool]:
    between = prep_object(token, PAIR_PREPS)
    if between is not None:
        return index.groups_under(between), [], True
    sources: list[Group] = []
    targets = index.groups_after(token, book.words["target_preps"])
    harm = harm_verb(token, book.words["harm_cues"])
    if harm is not None:  # "Israeli air strikes killed 12 people": the harmed are the target
        targets = index.groups_under(first_child(harm, ("dobj",))) or targets
    # "two soldiers were killed in a PKK attack": those killed, not the place named after it
    targets = index.groups_under(harmed_in(token)) or targets
    possessor = next((c for c in token.children if c.dep_ == "poss"), None)
    of_noun = prep_object(token, ("of",))
    owner = possessor or of_noun
    if rule.of_object:  # "X's suspension of flights to Y": Y is acted on, X acts
        targets = targets or index.groups_under(of_noun)
    if rule.possessor_target and possessor is not None and of_noun is not None:
        # "Turkey's arrest of the mayor": the possessor acts on the "of" object
        targets, sources = index.groups_under(of_noun), index.groups_under(possessor)
    elif rule.possessor_target:
        targets = targets or index.groups_under(owner)
    elif possessor is not None:
        sources = index.groups_under(possessor)
    # "the arrest of X by Y": the parser hangs the "by" on the noun's object as often
    sources = sources or index.groups_under(by_agent(token, book.noun_heads))
    if not rule.possessor_target and not rule.hostile and not rule.of_object:
        sources = sources or index.groups_under(prep_object(token, ("of",)))
    for child in token.children:
        if sources:
            break
        if child.dep_ in _SOURCE_MODIFIERS and index.group_at(child) is not None:
            sources = index.groups_under(child)
        elif child.dep_ == "acl":
            agent = prep_object(child, ("by",))
            sources = index.groups_under(agent)
    return sources, targets, rule.reciprocal


def harm_verb(token: Token, harms: frozenset[str]) -> Token | None:
    """The harm verb the event noun is the subject of ("air strikes killed 12 people"), also
    where the parser reads the clause as a reduced relative (an ``acl`` with an object) or a
    relative clause ("a strike that killed a commander")."""
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in harms:
        return token.head
    return next(
        (
            c
            for c in token.children
            if c.dep_ in ("acl", "relcl")
            and c.lemma_.lower() in harms
            and first_child(c, ("dobj",))
        ),
        None,
    )


def harmed_in(token: Token) -> Token | None:
    """The subject harmed in or by the event noun ``token``: "two soldiers **were killed in**
    a PKK attack", "six soldiers **died in** a raid", "were wounded by an air strike"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in HARMED_IN_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in VERBAL_POS or verb.lemma_.lower() not in HARMED_VERBS:
        return None
    return first_child(verb, ("nsubjpass", "nsubj"))


def _has_cue(token: Token, cues: frozenset[str]) -> bool:
    node = token
    for _ in range(4):
        if node.lemma_.lower() in cues and node is not token:
            return True
        if node.head is node:
            return False
        node = node.head
    return node.lemma_.lower() in cues


def _shares_country(group: Group, others: list[Group]) -> bool:
    countries = {m.actor.country for other in others for m in other}
    return any(m.actor.country in countries for m in group)
