"""Events reported as observed or as happening, with no actor: monitors' notes and news briefs.

CONTRACT:

    lemma = event_lemma(token)            # "shoot-outs" -> "shoot-out"
    observed(noun, verbs) -> bool         # "observed a total of 12 explosions" -> True
    event_slot(noun, light_verbs)         # "violence erupted", "staged protests" -> True
    in_setting(noun)                      # "said at a protest" -> True
    in_scene(noun)                        # "said after a rally" -> False
    in_story(token, said)                 # "he said after a rally" -> False
    told_of_participants(token)           # "met students who had marched" -> True
    occurred(noun, nouns)                 # "the attack occurred on Tuesday" -> True
    people_act(verb, needs_agent, crowd)  # "disaster struck" -> False
    object_lemmas(verb)                   # "threw petrol bombs" -> {"petrol", "bomb"}

Monitoring missions and local briefs report fighting by what was seen or heard ("the mission
observed 12 explosions near X", "explosions were recorded", "a shoot-out took place in X")
rather than by who fought. The contentious coder codes such a noun with an unidentified actor
of the place's country; these helpers tell it the noun's lemma and whether it is the thing an
observation verb reports (then no further sign of violence is needed: a monitor counts
explosions of fighting, not of gas mains). The other helpers read where an event word stands:
a noun in an event's slot or setting, and the object words of a verb.

Example:
    >>> "pobj" in OBJECT_PATH  # "a total of 12 explosions": through the preposition's object
    True
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

HYPHEN = "-"
# Prepositions after which a bare event noun is one event ("during clashes", "in protest").
EVENT_PREPS = frozenset(
    {"in", "during", "amid", "after", "following", "since", "at", "before", "on"}
)
# Of those, the ones that date a clause by another event without placing it there.
ANCHOR_PREPS = frozenset({"after", "following", "since", "before"})
# Verbs of saying: an event noun after an anchor preposition of one only dates the words.
DATING_SPEECH = frozenset(
    {"say", "tell", "add", "state", "write", "argue", "insist", "comment", "remark", "explain"}
)
# Verbs of happening ("occurred", "took place", "broke out"), with the word each needs.
HAPPENING = {"occur": None, "happen": None, "unfold": None, "erupt": None, "take": "place",
             "break": "out"}  # fmt: skip
# Dependencies an observed noun climbs through to its verb ("a total of 12 explosions").
OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "conj", "appos", "nsubjpass", "nmod"})


def event_lemma(token: Token) -> str:
    """The token's lemma, joined to a hyphenated first part the tokenizer split off
    ("shoot-outs" -> "shoot-out", "sit-ins" -> "sit-in")."""
    lemma = token.lemma_.lower()
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == HYPHEN and doc[i - 1].whitespace_ == "":
        first = doc[i - 2]
        if first.whitespace_ == "" and first.is_alpha:
            return f"{first.lower_}-{lemma}"
    return lemma


def compound_key(token: Token, lemma: str, table: Collection[str]) -> str:
    """The two-word key ("drone strike") of a noun whose compound modifier makes it another
    event than the bare noun (a labour strike), when ``table`` has that key; else ``lemma``."""
    for item in token.children:
        if item.dep_ == "compound" and (key := f"{item.lemma_.lower()} {lemma}") in table:
            return key
    return lemma


def observed(noun: Token, verbs: frozenset[str]) -> bool:
    """Whether ``noun`` is what an observation verb reports: its object, through a quantity
    ("observed a total of 12 explosions"), or its passive subject ("explosions were heard")."""
    head = noun
    for _ in range(5):
        if head.dep_ not in OBJECT_PATH:
            return False
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_.lower() in verbs
    return False


def witnessed(noun: Token, seeing: frozenset[str], impact: frozenset[str]) -> bool:
    """Observed (:func:`observed`), or the subject of an impact verb ("shells fell in X", "an
    artillery shell hit a house", "a bomb was dropped")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in impact:
        return True
    return observed(noun, seeing)


def acl_agents(noun: Token) -> list[Token]:
    """The "by" agents of a participle on the noun ("shells fired by X": X)."""
    return [
        obj
        for verb in noun.children
        if verb.dep_ == "acl"
        for agent in verb.children
        if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by")
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def between(noun: Token) -> list[Token]:
    """The sides of "clashes took place between A and B" (on the noun or on its verb): A, B."""
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        holders.append(noun.head)  # the parser hangs "between" on "took place"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                sides = [c for c in prep.children if c.dep_ == "pobj"]
                return sorted({t.i: t for s in sides for t in (s, *s.conjuncts)}.values())
    return []


def of_objects(noun: Token) -> set[str]:
    """Lemmas after the noun's "of" ("bursts of fire" -> fire)."""
    return {
        obj.lemma_.lower()
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    }


def in_setting(token: Token) -> bool:
    """An event noun after a preposition of time or place: "at a protest", "during the strike"."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in EVENT_PREPS


def in_scene(token: Token) -> bool:
    """:func:`in_setting`, but not after a preposition that only anchors a time: "said *at* a
    protest", "spoke *during* the strike" place the speaker at the event, but "said *after* a
    rally", "argued *before* the shootings", "has said so *since* the attacks" date the words by
    an event the reader is taken to know (told as news on its own, not in the statement)."""
    return in_setting(token) and token.head.lower_ not in ANCHOR_PREPS


def dates_words(token: Token) -> bool:
    """An event noun after an anchor preposition of a verb of saying: "he said after a rally
    in Durban", "she told reporters following the protests" date the words by an event told
    as news of its own, whether or not the words are coded."""
    prep = _anchor(token) if token.pos_ == "NOUN" else None
    return prep is not None and prep.head.lemma_.lower() in DATING_SPEECH


def _anchor(noun: Token) -> Token | None:
    """The anchor preposition whose object is ``noun`` or the noun an "of" phrase of it hangs
    on: the parser reads "after a Congress of Trade Unions rally" as "after a Congress (of a
    rally)"."""
    node = noun
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        if prep.lower_ in ANCHOR_PREPS:
            return prep
        if prep.lower_ != "of":
            return None
        node = prep.head
    return None


def in_story(token: Token, said: Collection[int]) -> bool:
    """The trigger is an event the sentence tells: it dates no words (:func:`dates_words`),
    and where statements are coded (their trigger indexes ``said``) it is the scene they were
    made at, a past act of the people told of, or the protest that voiced them."""
    if dates_words(token):
        return False
    return not said or in_scene(token) or told_of_participants(token) or voiced_at(token, said)


def occurred(noun: Token, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` is the subject of a past verb of happening ("the attack occurred",
    "clashes broke out", "the attack took place"): the sentence says that one event happened."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if event_lemma(noun) not in nouns or verb.lemma_.lower() not in HAPPENING:
        return False
    needed = HAPPENING[verb.lemma_.lower()]
    return needed is None or any(c.lower_ == needed for c in verb.children)


def people_act(verb: Token, needs_agent: frozenset[str], crowd: frozenset[str]) -> bool:
    """A ``needs_agent`` verb ("strike") with no actor as subject has people as subject: one of
    ``crowd`` ("they", "thousands") or a number ("disaster struck": no); other triggers pass."""
    if verb.pos_ != "VERB" or event_lemma(verb) not in needs_agent:
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lower_ in crowd or s.like_num or s.pos_ == "NUM" for s in subjects)


def told_of_participants(token: Token) -> bool:
    """The trigger is what the people a relative clause describes did ("met students who had
    marched", "workers who went on strike", "residents who blocked the road"): a past act of
    its own, not the topic of the sentence's main event. The clause's subject is the relative
    pronoun and its verb is past ("who marched", "who had marched"), not "who plan to march"."""
    verb = token
    if token.pos_ == "NOUN":  # "went on strike", "joined the march": the light verb's clause
        verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)


def voiced_at(token: Token, said: Collection[int]) -> bool:
    """A statement (its trigger's index in ``said``) is the participle or purpose clause of the
    trigger's clause ("held a sit-in, denouncing X", "blocked the road to demand Y"): what the
    protest voiced, so the protest is the event (CAMEO 1042: demands in the form of protests
    are 14)."""
    verb = token
    if token.pos_ == "NOUN":  # "held a sit-in", "went on strike": the light verb's clause
        verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by":
        verb = verb.head.head  # "closed the road by burning tyres, denouncing X": the means
    if any(c.i in said and c.dep_ in ("advcl", "xcomp") for c in verb.children):
        return True
    # "burned tyres in rejection of the vote": the claim named by the noun of "in"
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.i in said for o in c.children)
        for c in verb.children
    )


def event_slot(noun: Token, light: frozenset[str]) -> bool:
    """A bare noun reports an event only as a subject ("violence erupted"), the object of a light
    verb ("staged protests") or after a preposition of time or place ("during clashes")."""
    if noun.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in light
    return noun.dep_ == "pobj" and noun.head.lower_ in EVENT_PREPS


def object_lemmas(verb: Token) -> set[str]:
    """Lemmas of the verb's object words ("threw petrol bombs" -> petrol, bomb; passive subject)
    and of its particles and predicates ("set alight")."""
    lemmas: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(
                c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod")
            )
            lemmas.update(c.lemma_.lower() for c in child.conjuncts)
        if child.dep_ in ("prt", "oprd", "acomp", "advmod", "xcomp", "dative"):
            lemmas.add(child.lower_)  # "set alight", "set ablaze"
    return lemmas


def stated_purposes(verb: Token) -> set[str]:
    """Lemmas of what ``verb``'s clause was done for: its infinitive purpose clauses ("gathered
    to demand X": demand) and the participles that voice it ("gathered at the gate, demanding
    X"; not a participle of time or manner after "while", "by"). The parser often hangs that
    participle on the place after a comma ("gathered at the gate, demanding X")."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    for prep in verb.children:
        if prep.dep_ == "prep":
            places = [c for c in prep.children if c.dep_ == "pobj"]
            clauses += [
                c for p in places for c in p.children if c.dep_ == "acl" and _after_comma(c)
            ]
    return {
        clause.lemma_.lower()
        for clause in clauses
        if to_infinitive(clause) or (clause.tag_ == "VBG" and not _marked(clause))
    }


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _marked(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "prep") or c.tag_ == "IN" for c in clause.children)
