"""Clause readings behind codebook distinctions of the rules and the classifier fill (#15).

* A that-clause in the indicative states a view: "agreed with X that there was a need for
  talks" is CAMEO 019 (express accord); a modal makes it a commitment (030).
* "walked out of the talks": the object of a preposition's own "of" names what is left.
* Accord weighs as verbal cooperation against the classifier's PentaClass.
* A predicate adjective of stance ("is skeptical of X") is coded like a verb.
* Leaving a place is no event between the traveller and the place left.
* The second half of a hyphenated word ("inflation-targeting") is no clause verb.
* A copula that describes its subject ("X is the biggest importer") or a quantity's change
  ("output rose to 13,000 tonnes") reports no act.
* A threat or demand made "if/unless ..." is made all the same; "will V unless Y ..."
  threatens Y with V whatever V is ("will withdraw its troops unless", CAMEO 1311).
* "failed to V": the act V did not happen, the model fills no event for it (the rules code
  only a failed agreement, CAMEO 164, frames.toml [codes.fail]).
* "ordered X to leave (the country)" expels X (CAMEO 161/166/174, by what X is).
* "engaged/took part in X": X is what is done, as a light verb's object.
* "urged X to", "called on X to", "appealed to X to": X is asked (the appeal's target).
* "insisted on its demand that X ...": the clause of the noun says who is asked or accused.
* The model's PentaClass does not outvote a framed event nor a phone call to a person, and
  material cooperation does not outvote violence nor a show of force (roots 18-20, 150:
  "lynched a thief" is no 08).

Example:
    >>> penta_of("019"), penta_of("190")
    (1, 4)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from ..nlp.docmemo import children_of, doc_words
from ..nlp.syntax import SUBJECT_DEPS, child, prep_object, to_infinitive
from .cameo import SHOW_OF_FORCE, VIOLENCE_ROOTS
from .classifier import PENTA_OF_ROOT
from .hazards import against_hazard
from .impacts import armed_rows
from .participles import attributive_participle
from .syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..models import EventMention
    from .build import Candidate
    from .patterns import PatternBook, VerbRule
    from .syntax import ActorIndex

ACCORD_CODES = frozenset({"019"})
# PentaClass of material cooperation (aid, yielding: CAMEO 06-08), which no clause of violence
# (cameo.VIOLENCE_ROOTS) can be.
MATERIAL_COOPERATION = 2
# Intent (03) and support (05): a pledge or a praise the model may read as the act it names
SPOKEN_COOPERATION = frozenset({"03", "05"})
# CAMEO 173 "arrest, detain, or charge with legal action" by a court's verbs of sentencing
IMPRISON = "173"
SENTENCING_LEMMAS = frozenset({"sentence", "jail", "imprison", "convict"})
# The frame kind of the acts that are conditional by nature, by root. (Not appeals: "asked if
# X would ..." is an embedded question, not a condition.)
CONDITIONAL_ROOTS = (("10", "demand"), ("13", "threat"))
PLACE_ENTS = frozenset({"GPE", "LOC"})
# The prepositions of who is asked when a frame verb has no object ("called on X to V").
ADDRESSEE_PREPS = ("on", "upon", "to")
# Verbs whose "in" object is the act done ("engaged in ethnic cleansing", "participated in the
# talks"), like a light verb's direct object.
ENGAGE_IN = frozenset({"engage", "participate", "partake"})
TRIP_PREPS = ("from", "to", "for")
# Prefixes of three letters or more that make a verb of a verb ("counter-attacked", "pre-empt").
VERB_PREFIXES = frozenset({"pre", "counter", "cross", "over", "under", "out", "post", "inter"})
# Named-entity labels of figures ("12 pct", "32,000 tonnes", "47 mln dlrs").
FIGURE_ENTS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


def codes_as_verb(token: Token, book: PatternBook) -> bool:
    """``token`` heads a clause a verb row may code: a verb, or a predicate adjective of
    stance ("X said it is skeptical of Y", CAMEO 012; "is confident that", 013), which acts
    as the verb of its copula (subject, negation and mood are the copula's). A verb that
    fights a hazard or is a hazard's strike (:func:`~eventscope.events.hazards.against_hazard`),
    is the second half of a hyphenated word (:func:`hyphen_half`) or a participle describing a
    name (:func:`~eventscope.events.participles.attributive_participle`), codes nothing."""
    if token.pos_ == "VERB":  # "fought the flames": no one is fought
        # "told visiting X": the participle describes X (events/participles.py)
        return not (against_hazard(token) or hyphen_half(token) or attributive_participle(token))
    stance = book.words.get("predicate_adjectives", frozenset())
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lemma_.lower() in stance


def hyphen_half(token: Token) -> bool:
    """``token`` is written as the second half of a hyphenated word ("inflation-targeting",
    "cost-cutting"): a noun compound the parser read as a verb, not a clause of its own."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in ("-", "‐"):
        return False
    first = doc[token.i - 2]
    if len(first.text) < 3 or first.lower_ in VERB_PREFIXES:
        return False  # "co-host", "re-open", "counter-attack": a prefixed verb
    return not first.whitespace_ and not doc[token.i - 1].whitespace_


def states_a_view(verb: Token) -> bool:
    """``verb`` has a that-clause in the indicative: a view held ("agreed that there was a
    need for talks", CAMEO 019), not a commitment, which a modal makes of it ("agreed that
    their countries should cooperate", 030)."""
    clause = child(verb, ("ccomp",))
    return clause is not None and not any(c.tag_ == "MD" for c in clause.children)


def outvotable(event: EventMention, penta: int, sent: Span, book: PatternBook) -> bool:
    """Whether the model, sure of the PentaClass ``penta`` for ``sent``, may outvote the rule
    event ``event``: one of another class, unless framed ("asked X to release": an appeal, not
    the asked act the model reads) or a phone call to a person ("Putin called Biden": CAMEO
    041; the model reads "called" as the appeal of "called for" or "called on").

    Example:
        >>> from types import SimpleNamespace as E
        >>> outvotable(E(cameo="020", pattern="frame:appeal"), 1, None, None)
        False
    """
    if penta_of(event.cameo) == penta or "frame:" in event.pattern:
        return False
    if _alleges(event, sent, book):
        return False
    if penta == MATERIAL_COOPERATION and (
        event.cameo[:2] in VIOLENCE_ROOTS or event.cameo == SHOW_OF_FORCE or _sentenced(event, sent)
    ):
        # "vigilantes lynched a thief", "coast guard ships intruded into Japanese waters": an
        # assault or a show of force yields or gives nothing (a deployment, 154, may be aid);
        # nor does a court's sentence ("a court sentenced X to five years in prison")
        return False
    if penta == MATERIAL_COOPERATION and event.cameo[:2] in SPOKEN_COOPERATION:
        # "thanked Mexico for returning the artifacts", "troops who ambushed rebels were
        # praised": the model reads the act praised; "pledged to send aid": intent (033).
        # A meeting (04) stays outvotable: "met and decided to send aid" reports the aid
        return False
    return not _phone_call(event, sent, book)


def _alleges(event: EventMention, sent: Span, book: PatternBook) -> bool:
    """``event`` is coded by a verb of allegation or denial ("accused X of shelling", "denied
    supporting the rebels": 112, 016): the model reads the act alleged or denied, which did
    not happen by this sentence's word."""
    lemma = sent.doc[event.trigger_start].lemma_.lower()
    return book.frame_verbs.get(lemma) == "allege"


def _sentenced(event: EventMention, sent: Span) -> bool:
    """``event`` is an imprisonment (173) by a verb of sentencing ("sentenced", "jailed"):
    no release, whatever prison words the model reads. Arrests and detentions stay
    outvotable ("freed X, who had been detained": the release is the news)."""
    if event.cameo != IMPRISON or sent is None:
        return False
    return sent.doc[event.trigger_start].lemma_.lower() in SENTENCING_LEMMAS


def _phone_call(event: EventMention, sent: Span, book: PatternBook) -> bool:
    """``event`` is a consultation (04) by a call verb ("called", "phoned") whose direct
    object is a person: a name or a word for an office holder ("called his counterpart")."""
    if event.cameo[:2] != "04" or event.target is None:
        return False
    verb = sent.doc[event.trigger_start]
    if verb.lemma_.lower() not in book.words.get("call_verbs", ()):
        return False
    obj = child(verb, ("dobj",))
    if obj is None:
        return False
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in book.words.get("call_objects", ())


def inner_prep_object(verb: Token, prep: str, obj: Token | None = None) -> Token | None:
    """The object of ``verb``'s ``prep`` (or of its object ``obj``'s: the parser hangs "of his
    citizenship" on "stripped the leader" as often), or of that word's own "of"/"from"
    ("walked out of the talks", "away from the border")."""
    found = prep_object(verb, (prep,))
    if found is None and obj is not None:
        found = prep_object(obj, (prep,))
    if found is not None:
        return found
    word = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == prep), None)
    return None if word is None else prep_object(word, ("of", "from"))


def penta_of(code: str) -> int | None:
    """The PentaClass of a rule's code for weighing it against the model's: by root, except
    that accord (019: "agreed that there was a need for talks") is verbal cooperation like an
    agreement (03), whose Goldstein weight it shares, not a bare statement the model may
    outvote with a guessed 03. (Condolences, 018, the model reads as statements, class 0.)"""
    return 1 if code in ACCORD_CODES else PENTA_OF_ROOT.get(code[:2])


def a_trip(verb: Token, obj: Token | None, motion_verbs: Collection[str]) -> bool:
    """``verb`` leaves a place and does no more ("the minister left Uganda"): a person or a
    delegation, no object ``obj`` but the place ("left two dead", "left the talks" do something)."""
    if verb.lemma_ not in motion_verbs:
        return False
    doer = subject(verb)
    if doer is not None and doer.ent_type_ in PLACE_ENTS:
        return False  # "Ethiopia departed from Libya": a state that leaves withdraws (16x)
    places = [obj, *(prep_object(verb, (prep,)) for prep in TRIP_PREPS)]
    if obj is not None and obj.ent_type_ not in PLACE_ENTS:
        return False
    return any(p is not None and p.ent_type_ in PLACE_ENTS for p in places)


def states_no_act(verb: Token, book: PatternBook) -> bool:
    """``verb`` describes (:func:`a_description`) or gives a figure (:func:`a_statistic`)."""
    words = book.words
    quantities = words.get("quantity_nouns", ())
    return a_description(verb) or a_statistic(verb, words.get("change_verbs", ()), quantities)


def failed_act(verb: Token, book: PatternBook) -> bool:
    """``verb`` is a frame of failure over an open complement ("Russia failed to capture
    Kyiv"): what the complement names did not happen.

    Example (parsed): "Police failed to arrest him" -> True for "failed"; "talks failed" ->
    False (no complement: the failure is the news).
    """
    if book.frame_verbs.get(verb.lemma_.lower()) != "fail":
        return False
    return any(c.dep_ == "xcomp" for c in verb.children)


def a_statistic(
    verb: Token, change_verbs: Collection[str], quantity_nouns: Collection[str] = ()
) -> bool:
    """``verb`` is a change of a quantity to, by or from a number ("cocoa output rose to 32,000
    tonnes", "exports fell 12 pct"): its subject names no one (no named entity, no pronoun) and
    a number follows the verb, or the subject is a word for a quantity (``quantity_nouns``:
    "Indian exports to China rose sharply"). A figure or a trend is a report, not an act
    between actors.

    Example (parsed): "Production in Indonesia increased to 32,378 tonnes" -> True;
    "Troops increased patrols" -> False (no figure).
    """
    if verb.lemma_.lower() not in change_verbs:
        return False
    doer = subject(verb)
    if doer is None or doer.ent_type_ or doer.pos_ in ("PRON", "PROPN"):
        return False
    if doer.lemma_.lower() in quantity_nouns:
        return True
    return any(
        t.like_num or t.ent_type_ in FIGURE_ENTS for right in verb.rights for t in right.subtree
    )


def a_description(verb: Token) -> bool:
    """``verb`` is a copula that says what its subject is or is like ("the Netherlands is the
    biggest importer", "four states are members of OPEC", "the market was weak"): a
    description, no act. A copula or predicate with a clause or a verb of its own ("is ready
    to sign", "is that ...", "are guilty of violating X") may still name one: no description."""
    if verb.lemma_ != "be" or verb.pos_ != "AUX":
        return False
    said = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if not said or any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False
    # "are guilty of violating the ceasefire": a verb inside the predicate names an act
    return not any(t.pos_ == "VERB" for word in said for t in word.subtree)


def conditional_kind(code: str) -> str | None:
    """The frame kind of an act that is conditional by nature: a threat or demand made
    "if/unless ..." is made all the same ("threatened X with sanctions if Y visited Z")."""
    return next((kind for root, kind in CONDITIONAL_ROOTS if code.startswith(root)), None)


def conditional_frame(
    book: PatternBook, verb: Token, code: str, cooperative: Collection[str]
) -> str | None:
    """The frame a condition puts ``verb``'s event (``code``) in: none for a threat or demand
    (made all the same), a threat for "unless" or a conflictual act, else an offer."""
    if conditional_kind(code):
        return None
    unless = under_unless(verb, book.words.get("threat_marks", ()))
    return "intent" if code[:2] in cooperative and not unless else "threat"


def under_unless(verb: Token, marks: Collection[str]) -> bool:
    """``verb`` (or the clause it is the complement of: "said it will V unless ...") has an
    adverbial clause marked by one of ``marks`` ("unless"): a penalty set on a condition."""
    kids, table = children_of(verb.doc), doc_words(verb.doc)
    nodes = [verb.i] + ([verb.head.i] if verb.dep_ in ("xcomp", "ccomp", "conj") else [])
    return any(
        table.dep[c] == "advcl" and any(table.lower[m] in marks for m in kids[c])
        for node in nodes
        for c in kids[node]
    )


def verb_rules(book: PatternBook, verb: Token, obj: Token | None) -> tuple[VerbRule, ...]:
    """The rows for ``verb``: its own, or those of "expel" when it orders its object out
    ("ordered the ambassador to leave the country": 161; "... the UN mission to leave": 166)."""
    lemma = verb.lemma_.lower()
    words = book.words
    if obj is not None and lemma in words.get("order_out_verbs", ()):
        # the parser may hang "to leave" on the object ("ordered the mission to leave")
        leave = child(verb, ("xcomp", "advcl")) or child(obj, ("relcl", "acl"))
        if (
            leave is not None
            and to_infinitive(leave)
            and leave.lemma_.lower() in words.get("leave_verbs", ())
        ):
            return book.verbs.get("expel", ())
    return armed_rows(words, verb, book.verbs.get(lemma, ()))  # "jets hit", not "a storm hit"


def engaged_in(verb: Token) -> Token | None:
    """The object of "in" of an ``ENGAGE_IN`` verb: the act its subject does."""
    return prep_object(verb, ("in",)) if verb.lemma_.lower() in ENGAGE_IN else None


def addressee_of(frame: Token, index: ActorIndex) -> list:
    """The actor groups a frame verb asks: its object, else "on/upon/to X"."""
    asked = index.groups_under(child(frame, ("dobj",)))
    return asked or index.groups_after(frame, ADDRESSEE_PREPS)


def unnamed_addressee(frame: Token, code: str, words: Mapping[str, frozenset[str]]) -> bool:
    """The frame asks a party that names no actor ("urged Gulf states to expel US forces":
    its object is a noun), and the embedded event ``code`` rallies no support for a third
    party ("urged countries to back Y", ``rally_codes``): the appeal has no named target."""
    asked = child(frame, ("dobj",))
    if asked is None or asked.pos_ not in ("NOUN", "PROPN"):
        return False
    return code not in words.get("rally_codes", frozenset())


def purpose_target(candidate: Candidate, verb: Token, index: ActorIndex) -> Candidate:
    """A purpose clause with no target of its own is aimed at the actor its verb acted on:
    "summoned the German ambassador to protest against the arms deliveries to X" protests to
    Germany (the ambassador's country), not to X, which no preposition of the clause names."""
    if candidate.targets or verb.dep_ not in ("advcl", "xcomp") or not to_infinitive(verb):
        return candidate
    candidate.targets = index.groups_under(child(verb.head, ("dobj",)))
    return candidate


def object_complement(verb: Token, obj: Token) -> Token | None:
    """ "took X hostage", "held X captive": the word right after the object, on the verb."""
    token = verb.doc[min(obj.right_edge.i + 1, len(verb.doc) - 1)]  # at the end: obj itself
    return token if token.head.i == verb.i and token.pos_ in ("NOUN", "VERB", "ADJ") else None


def stative_holder(book: PatternBook, verb: Token) -> Token | None:
    """Who holds the state a passive names ("X is committed to ..."), for ``stative_passives``."""
    if verb.lemma_.lower() not in book.words.get("stative_passives", frozenset()):
        return None
    holder = child(verb, ("nsubjpass",))
    aux = child(verb, ("auxpass",))
    if holder is None and aux is not None:
        holder = child(aux, SUBJECT_DEPS)  # the parser may hang the subject on "is"
    return holder


def said_clause(verb: Token, obj: Token | None) -> Token | None:
    """The that-clause of what ``verb`` names ("reiterated its demand that X withdraw",
    "insisted on its demands that X grant ..."): it names who is asked, as "demanded that X"."""
    noun = obj if obj is not None else prep_object(verb, ("on", "upon"))
    if noun is None:
        return None
    clause = child(noun, ("acl", "ccomp"))
    return clause if clause is not None and child(clause, ("mark",)) is not None else None


def trip_purpose(verb: Token, code: str, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether the purpose clause ``verb`` ("to V") is an event of its own: every root in
    ``purpose_roots`` ("rallied to protest against X"), and a consultation (``trip_purpose_roots``)
    for which a journey was made ("crossed into X to meet Y", "flew to X to hold talks"): the
    trip is done, and CAMEO codes the meeting it was made for; crowd control
    (``done_purpose_codes``) done by a past act ("fired shots in the air to disperse them")."""
    if code[:2] in words["purpose_roots"]:
        return True
    head = verb.head
    if code in words.get("done_purpose_codes", frozenset()) and verb.dep_ in ("advcl", "xcomp"):
        return head.tag_ == "VBD"  # "used tear gas to disperse them": they were dispersed
    if code[:2] not in words.get("trip_purpose_roots", frozenset()) or head is verb:
        return False
    trips = words.get("trip_verbs", frozenset())
    return verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in trips
