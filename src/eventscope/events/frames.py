"""Frames and modality for the event coder: what turns a clause into intent, threat, demand, none.

* :func:`modality`: ``negated`` ("did not meet"), ``unreal`` ("could meet"), ``conditional``
  ("if/unless ..."), ``intent`` ("will meet") or ``None`` (a plain fact).
* :func:`apply_frame`: "plans to visit X" 036, "threatened to attack X" 138x, "urged X to go" 02x.
* :func:`framed_noun`: "demanded talks with X" -> 106, "called on X to resume talks" -> 026.
* :func:`reported_demand`: "X said that Y must withdraw" -> X->Y 10x.

Example:
    >>> from eventscope.events.patterns import PatternBook
    >>> PatternBook.load().frame_code("refuse", "042")
    '125'
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..nlp.docmemo import children_of, doc_words, heads_of
from ..nlp.syntax import OBJECT_DEPS, SUBJECT_DEPS, compound_lemmas, to_infinitive, verb_particles
from .build import Candidate
from .clauses import (
    addressee_of,
    engaged_in,
    inner_prep_object,
    object_complement,
    states_a_view,
    unnamed_addressee,
)
from .dated import dated_to_past
from .figurative import martial_lemmas
from .labels import a_mere_naming, label_lemmas
from .letting import let_in
from .patterns import PatternBook, VerbRule
from .syntax import (
    ActorIndex,
    Group,
    child,
    denied_subject,
    inherited_subject,
    prep_object,
    under_any,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

FRAMED_CONFIDENCE = 0.8
DROP = ("negated", "unreal", "conditional")
QUANTITY_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
# Frames whose embedded event is not coded: an allegation, a prediction ("is likely to meet").
NOT_EVENTS = ("allege", "hypothetical")
# A frame code that codes nothing ([codes.fail] "*": "failed to arrest him" arrests no one).
NO_CODE = "-"


def modality(verb: Token, words: dict[str, frozenset[str]] | PatternBook) -> str | None:
    """How real the clause of ``verb`` is (see the module docstring)."""
    table = words.words if isinstance(words, PatternBook) else words
    node, intent, own = verb, False, True
    for _ in range(3):
        found = _clause_modality(node, table, own=own)
        if found == "intent":
            intent = True
        elif found is not None:
            return None if found == "negated" and not own else found
        # "X is likely to meet Y if ...": the condition hangs on the copula above "likely"
        if node.dep_ not in ("conj", "xcomp", "ccomp", "acomp") or node.head is node:
            break
        # an adjective's copula is its own clause ("is **not** about to", "is not ready to")
        own = own and node.dep_ == "acomp"
        node = node.head
    return "intent" if intent else None


def _clause_modality(node: Token, words, *, own: bool) -> str | None:
    intent = False
    doc, kids, table = node.doc, children_of(node.doc), doc_words(node.doc)
    lower, labels = table.lower, table.dep  # strings: a token only for a subject or a clause
    for i in kids[node.i]:
        text, dep = lower[i], labels[i]
        denied = dep in SUBJECT_DEPS and denied_subject(doc[i])
        if dep == "neg" or (dep == "advmod" and text == "never") or denied:
            return "negated"
        if dep == "mark" and text in words["conditional_marks"]:
            return "conditional"
        if dep == "advcl" and any(
            labels[c] == "mark" and lower[c] in words["conditional_marks"] for c in kids[i]
        ):
            return "conditional"
        if own and dep == "aux" and text in words["unreal_aux"]:
            return "unreal"
        if dep == "advcl" and habitual(node, doc[i], words.get("habitual_marks", ())):
            return "unreal"  # "police arrest them when they find them": a habit, no event
        intent = intent or (own and dep == "aux" and text in words["intent_aux"])
    return "intent" if intent else None


def habitual(verb: Token, clause: Token, marks: Collection[str]) -> bool:
    """``clause`` is a present "when(ever)" clause of a present ``verb``: a habit, no event."""
    present = ("VBP", "VBZ")
    return (
        clause.dep_ == "advcl"
        and verb.tag_ in present
        and clause.tag_ in present
        and any(c.dep_ == "advmod" and c.lower_ in marks for c in clause.children)
    )


def object_of(verb: Token) -> Token | None:
    """The thing acted on: direct object, passive subject, or the noun a participle modifies."""
    found = child(verb, OBJECT_DEPS)
    if found is None or (found.dep_ == "oprd" and found.pos_ == "ADJ"):
        # "was shot dead", "shot dead a smuggler": the state the act leaves one in is no object
        # "X were engaged in ethnic cleansing": the act X is in, not X
        found = child(verb, ("dobj",)) or engaged_in(verb) or child(verb, ("nsubjpass",)) or found
    if found is None and verb.dep_ == "acl":
        return verb.head  # "supplies sent by China", "the act signed between ..."
    found = found if found is not None else _stray_name(verb) or let_in(verb)
    return _measured(found) if found is not None else None


# Entity types of a noun phrase that may modify a verb as a bare noun: "met **Monday**",
# "rose **5 percent**".
_ADVERBIAL_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _stray_name(verb: Token) -> Token | None:
    """A proper name right after a verb with no object, which the parser left as a bare-noun
    modifier: "police detained opposition leader Maria Corina **Machado**" (``npadvmod``)."""
    if verb.pos_ != "VERB":
        return None
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in _ADVERBIAL_ENTS
        ),
        None,
    )


def _measured(obj: Token) -> Token:
    """ "70 million dollars of aid", "hundreds of targets": the thing measured is the object."""
    if obj.ent_type_ not in QUANTITY_ENTS:
        return obj
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = child(of, ("pobj",)) if of is not None else None
    return thing if thing is not None else obj


# Nouns that take their meaning from a compound modifier when they are a rule's object.
_LIGHT_NOUNS = frozenset({"effort", "efforts", "process", "mission", "programme", "program"})


def own_rule(book: PatternBook, verb: Token, obj: Token | None = None) -> VerbRule | None:
    """The row of ``verb``'s own lemma that its clause meets with the object ``obj`` (by
    default its object as :func:`object_of` reads it: the act a reported clause names)."""
    obj = obj if obj is not None else object_of(verb)
    return match_rule(verb, obj, book.verbs.get(verb.lemma_.lower(), ()), book.naming)


def match_rule(
    verb: Token, obj: Token | None, rules: Sequence[VerbRule], naming: Collection[str] = ()
) -> VerbRule | None:
    """The most specific rule whose object and preposition requirements the clause meets
    (``naming``: the naming verbs, whose label counts as an object: :mod:`.labels`)."""
    obj_lemmas = set()
    if obj is not None:
        obj_lemmas = {obj.lemma_.lower(), obj.lower_}
        # "declared a state of emergency", "imposed a package of sanctions": the "of" noun
        # names what the act is about
        of_noun = prep_object(obj, ("of",))
        if of_noun is not None:
            obj_lemmas |= {of_noun.lemma_.lower(), of_noun.lower_}
        if obj.lemma_.lower() in _LIGHT_NOUNS or obj.pos_ == "PROPN":
            # "ended its mediation efforts"; a name's title: "banned the newspaper Cumhuriyet"
            obj_lemmas |= compound_lemmas(obj)
        obj_lemmas |= _lemmas(object_complement(verb, obj)) | label_lemmas(verb, naming)
        obj_lemmas = martial_lemmas(obj_lemmas, obj)  # "waged a trade war" is no act of force
    particles = verb_particles(verb, obj)
    for rule in rules:
        lemmas = obj_lemmas
        if rule.prep and (obj is None or rule.prep_object):  # "remained on alert", "from office"
            lemmas = _lemmas(inner_prep_object(verb, rule.prep, obj))
        if rule.objects and not (lemmas & rule.objects):
            continue
        if rule.needs_object and obj is None:
            continue
        if rule.needs_clause and not states_a_view(verb):
            continue
        if rule.prep and rule.prep not in particles:
            continue
        return rule
    return None


def _lemmas(token: Token | None) -> set[str]:
    return set() if token is None else {token.lemma_.lower(), token.lower_}


_COMPLEMENT_DEPS = ("xcomp", "advcl")  # the labels :func:`is_complement` accepts


def is_complement(token: Token, book: PatternBook) -> bool:
    """``token`` is the infinitive a frame verb embeds: an ``xcomp``, or an ``advcl`` with "to"
    under a frame verb (the parser's reading when a date intervenes: "offered on Monday to
    mediate"). A frame verb with an object has a purpose clause instead ("began a hunger strike
    to protest", "offered its troops to help")."""
    doc = token.doc
    words = doc_words(doc)  # strings and indices: asked for every child of a frame verb
    dep = words.dep
    if dep[token.i] == "xcomp":  # "agreed to a truce to allow X": the truce's purpose
        return not _own_row(book, token.head, prep_object(token.head, ("to", "on")))
    head = heads_of(doc)[token.i]
    return (
        dep[token.i] == "advcl"
        and words.lemma[head] in book.frame_verbs
        and to_infinitive(token)
        and not any(dep[i] in OBJECT_DEPS for i in children_of(doc)[head])
    )


def complement(verb: Token, book: PatternBook) -> Token | None:
    """The first child of ``verb`` that :func:`is_complement` accepts."""
    doc = verb.doc
    dep = doc_words(doc).dep  # only an xcomp or advcl can be one: no token for the others
    kids = (doc[i] for i in children_of(doc)[verb.i] if dep[i] in _COMPLEMENT_DEPS)
    return next((c for c in kids if is_complement(c, book)), None)


def frames_a_child(book: PatternBook, verb: Token) -> bool:
    """A frame verb ("agreed to meet") leaves the coding to its embedded verb; an allegation
    or a denial codes itself ("denied supporting the rebels" is 016, the support no event)."""
    if book.frame_verbs.get(verb.lemma_.lower()) in (None, "allege"):
        return False
    return any(is_complement(c, book) and c.lemma_.lower() in book.verbs for c in verb.children)


def apply_frame(
    book: PatternBook, candidate: Candidate, frame: Token, index: ActorIndex
) -> Candidate | None:
    """Recode ``candidate`` (the embedded verb's event) by the frame verb above it."""
    kind = book.frame_verbs[frame.lemma_.lower()]
    if kind in NOT_EVENTS or modality(frame, book) in DROP:
        return None
    embedded = candidate.code
    if (code := book.frame_code(kind, embedded)) == NO_CODE:
        return None  # "failed to arrest him": the act did not happen
    candidate.code = code
    candidate.trigger = (frame.i, candidate.trigger[1])
    candidate.confidence = FRAMED_CONFIDENCE
    candidate.pattern = f"frame:{frame.lemma_.lower()}+{candidate.pattern}"
    addressee = addressee_of(frame, index)  # "urged X to", "called on X to"
    if kind in ("appeal", "demand") and addressee and not _rallied(book, candidate):
        if candidate.code in book.words.get("rally_codes", ()):
            candidate.code = book.frame_code(kind, embedded[:2])  # asked for oneself: 022
        candidate.targets = addressee
    elif kind in ("appeal", "demand") and unnamed_addressee(frame, candidate.code, book.words):
        candidate.targets, candidate.unnamed_target = [], True  # "urged Gulf states to ..."
    return candidate


def _rallied(book: PatternBook, candidate: Candidate) -> bool:
    """Support rallied for a third party ("urged X to back Y"), not for oneself ("its bid")."""
    if candidate.code not in book.words.get("rally_codes", ()):
        return False
    own = {m.actor.country for group in candidate.sources for m in group}
    return any(m.actor.country not in own for group in candidate.targets for m in group)


def framed_noun(
    book: PatternBook, verb: Token, sent_index: int, index: ActorIndex, consumed: set[int]
) -> Candidate | None:
    """ "demanded talks", "called on X to resume talks", "offered assistance to X"."""
    kind = book.frame_verbs.get(verb.lemma_.lower())
    if kind is None or kind in (*NOT_EVENTS, "fact", "fail") or _phrasal_or_purpose(verb):
        return None
    embedded = complement(verb, book)
    holder = verb
    if embedded is not None and embedded.lemma_.lower() not in book.verbs:
        holder = embedded
    noun = child(holder, ("dobj",))
    rule = book.noun_rule(noun) if noun is not None else None
    if noun is None or rule is None or modality(verb, book) in DROP:
        return None
    if not_real(book, verb, noun):
        return None  # "calling the accusations baseless": a naming, no appeal
    if holder is verb and _own_row(book, verb, noun):
        return None  # "sought aid from X": the verb's row for that object (023), no frame
    consumed.update(t.i for t in noun.subtree)
    preps = book.words["target_preps"]
    targets = index.groups_after(noun, preps) or index.groups_after(holder, preps)
    targets = targets or index.makers(noun)  # "rejected an Australian ultimatum" -> AUS
    addressee: list[Group] = []
    if holder is not verb:
        addressee = addressee_of(verb, index)
    if kind in ("appeal", "demand") and addressee:
        targets = addressee
    return Candidate(
        code=book.frame_code(kind, rule.code),
        sources=index.groups_under(inherited_subject(verb, book.words["pronouns"])),
        targets=targets,
        trigger=(verb.i, verb.i + 1),
        sent_index=sent_index,
        confidence=FRAMED_CONFIDENCE,
        pattern=f"frame:{verb.lemma_.lower()}+noun:{rule.lemma}",
    )


def _own_row(book: PatternBook, verb: Token, noun: Token | None) -> bool:
    """The verb has a row for this very object (:func:`match_rule`), more specific than a
    frame over the noun."""
    if noun is None:
        return False
    rule = own_rule(book, verb, noun)
    return rule is not None and bool(rule.objects)


def _phrasal_or_purpose(verb: Token) -> bool:
    """ "called off a strike" (a phrasal verb) or "to seek support" (a purpose clause)."""
    return any(c.dep_ == "prt" or (c.dep_ == "aux" and c.tag_ == "TO") for c in verb.children)


def not_a_fact(book: PatternBook, verb: Token) -> bool:
    """The clause is what someone demands or proposes ("demanded that X withdraw")."""
    words = book.words
    if verb.dep_ == "ccomp" and book.frame_verbs.get(verb.head.lemma_.lower()) in (
        "demand",
        "appeal",
        "allege",  # "alleged that X armed the rebels": only the allegation is an event
    ):
        return True
    return under_any(verb, words["nonfactive_nouns"], levels=2, pos=("NOUN",))


def not_real(book: PatternBook, verb: Token, obj: Token | None) -> bool:
    """The clause codes no event: a negated object ("would impose **no** restrictions"), a
    naming ("what X **called** 'hostile statements'") or historical background ("met him **in
    the 1950s**", "fought there **twenty years ago**")."""
    words = doc_words(verb.doc)
    if obj is not None and any(
        words.dep[i] == "det" and words.lower[i] == "no" for i in children_of(verb.doc)[obj.i]
    ):
        return True
    if a_mere_naming(book, verb):
        return True
    return dated_to_past(verb)


def reported_demand(
    book: PatternBook, verb: Token, sent_index: int, index: ActorIndex
) -> Candidate | None:
    """ "X said that Y must withdraw" -> X demands of Y (10x, by the embedded verb's root)."""
    words = book.words
    speech = verb.head
    if speech.lemma_.lower() not in words["speech_verbs"] or not any(
        c.dep_ == "aux" and c.lower_ in words["demand_aux"] for c in verb.children
    ):
        return None
    if modality(speech, book) in DROP:
        return None
    targets = index.groups_under(child(verb, SUBJECT_DEPS))
    if not targets:
        return None  # "X said market conditions must improve": nobody is asked
    rule = own_rule(book, verb)
    return Candidate(
        code=book.frame_code("demand", rule.code if rule else "10"),
        sources=index.groups_under(inherited_subject(speech, words["pronouns"])),
        targets=targets,
        trigger=(verb.i, verb.i + 1),
        sent_index=sent_index,
        confidence=FRAMED_CONFIDENCE,
        pattern=f"demand:{speech.lemma_.lower()}+must",
    )


def participle_agent(noun: Token) -> Token | None:
    """The "by X" of a participle modifying ``noun`` ("supplies sent by X")."""
    for item in noun.children:
        if item.dep_ == "acl":
            agent = prep_object(item, ("by",))
            if agent is not None:
                return agent
    return None


def framed_recode(candidate: Candidate, code: str, suffix: str) -> Candidate:
    """``candidate`` recoded by a frame ("will meet": intent) at the framed confidence."""
    candidate.code = code
    candidate.confidence = FRAMED_CONFIDENCE
    candidate.pattern += suffix
    return candidate


def has_intent_aux(verb: Token, intent_aux: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in intent_aux for c in verb.children)
