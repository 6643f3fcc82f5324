"""The English syntax the stages read: dependency labels and part-of-speech sets, in one place.

Labels are those of spaCy's English models (ClearNLP dependencies, Universal POS tags). The
actor, event, date and place stages import these sets instead of spelling labels out, so a
model with another label scheme (another language) changes this module, not thirteen.

Example:
    >>> "nsubjpass" in SUBJECT_DEPS and "PROPN" in NOMINAL_POS
    True
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING

from .docmemo import children_of, doc_words, heads_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# -- dependency labels ---------------------------------------------------------------------

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""Subjects, active and passive."""
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "agent"})
"""Any of these under a verb marks it passive."""
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
"""Objects and predicatives of a verb."""
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
"""Adjectival, compound and nominal modifiers of a noun ("Chinese", "border", "UN")."""
PREPOSITION_DEPS = frozenset({"prep", "dative", "agent"})
"""Heads of prepositional arguments ("with", "to", "by")."""
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
OWNER_PREPS = frozenset({"of", "from"})
"""Prepositions naming whose a role is ("officials from France", "the ambassadors of Chad")."""
NOUN_PHRASE_DEPS = frozenset({"poss", "compound", "amod", "nmod", "pobj", "appos", "npadvmod"})
"""Relations inside a noun phrase, walked to find the actor under its head."""
SUBJECT_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "acomp"})
"""A verb without a subject takes the one of the clause it hangs from by these."""
SUBCLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj"})
# Prepositions that put a gerund's act before or after another ("after meeting Putin, ...").
SEQUENCE_PREPS = frozenset({"after", "before", "following"})
"""Relations that open a clause of its own under another."""
CLAUSE_HEAD_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis", "pcomp"}
)
"""Relations of a token that heads a clause (with the root)."""
NOMINAL_CLIMB_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "compound", "appos", "oprd"})
"""A nominal trigger ("attack") climbs to the verb it is the object of over these."""
ACTOR_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "ROOT"})
"""Where a person's name acts as a subject (or stands alone)."""

# -- part-of-speech tags -------------------------------------------------------------------

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
VERBAL_POS = frozenset({"VERB", "AUX"})
NAME_POS = frozenset({"PROPN"})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
"""What may modify a noun inside an actor phrase."""


# -- reading the tree ----------------------------------------------------------------------


def child(token: Token, deps: Collection[str]) -> Token | None:
    """The first child of ``token`` with one of the dependency labels ``deps``."""
    doc = token.doc
    labels = doc_words(doc).dep  # strings read once: no token made for a child passed over
    for i in children_of(doc)[token.i]:  # a loop, not next() over a generator: asked often
        if labels[i] in deps:
            return doc[i]
    return None


TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL"})


def predicate_of_noun_root(verb: Token) -> bool:
    """``verb`` is the sentence's predicate that the parser hung from a noun root as a clause
    of that noun: "Indonesia's foreign minister called on X" parsed with root "minister" and
    "called" its ``acl``. A past tense (VBD, not a participle, VBN: "the man called John")
    under the root is such a predicate; the noun is its subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT"


def nearest_subject(verb: Token) -> Token | None:
    """The ``nsubj`` of ``verb``; of two, the one nearest before it that is no date: "Kyiv,
    Sept. 14 - Russia launched drones at Ukraine" (a dateline the parser read as a second
    subject: Russia); "X on February 1, 2021 urged Y" (the year is no subject: X)."""
    doc = verb.doc
    labels = doc_words(doc).dep
    found = [i for i in children_of(doc)[verb.i] if labels[i] == "nsubj"]
    if not found and _progressive_attr(verb):  # "Qatar is mediating between X and Y"
        return nearest_subject(verb.head)
    if len(found) < 2:
        return doc[found[0]] if found else None
    # "X on February 1, 2021 urged": a year read as a subject is no rival
    named = [i for i in found if doc[i].ent_type_ not in TIME_ENTITIES] or found
    before = [i for i in named if i < verb.i]
    return doc[(before or named)[-1]]


def _progressive_attr(verb: Token) -> bool:
    """``verb`` is a gerund the parser made the attribute of "be": "Qatar is mediating between
    X and Y" read as "Qatar is [mediating]", a progressive verb whose subject is the copula's."""
    return verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be"


def prep_argument(prep: Token) -> Token | None:
    """The noun a preposition governs: its object, or the subject of the gerund clause the
    parser hangs on it ("fired tear gas **at** protesters marching on parliament": ``pcomp``
    "marching" with ``nsubj`` "protesters", who were fired at; not the parliament)."""
    found = child(prep, PREP_OBJECT_DEPS)
    if found is None:
        return _gerund_subject_after(prep)
    if found.dep_ != "pcomp" or found.tag_ != "VBG":
        return found
    return child(found, ("nsubj",)) or found


def _gerund_subject_after(prep: Token) -> Token | None:
    """ "fired tear gas **at** opposition supporters marching through Nairobi": the parser may
    leave the preposition with no object and make the noun phrase right after it the subject
    of the gerund; that noun is what the preposition governs."""
    doc = prep.doc
    for token in doc[prep.i + 1 : min(prep.i + 6, prep.sent.end)]:
        if token.dep_ == "nsubj" and token.left_edge.i == prep.i + 1:
            head = token.head
            return token if head.tag_ == "VBG" and head.i > token.i else None
    return None


def modifies_noun(span: Span, exempt: Callable[[Token], bool]) -> bool:
    """The last word of ``span`` modifies a later common noun that ``exempt`` does not let
    through: "the **US** dollar", "**Molotov** cocktails" (a place noun such as "area" or
    "district" is exempt where a place stays a place)."""
    doc, last = span.doc, span.end - 1
    words, head = doc_words(doc), heads_of(doc)[last]  # strings and indices: no tokens
    return (
        words.dep[last] in MODIFIER_DEPS
        and head >= span.end
        and words.pos[head] == "NOUN"
        and not exempt(doc[head])
    )


def possesses_noun(span: Span, exempt: Callable[[Token], bool]) -> bool:
    """The last word of ``span`` is the possessor of a later noun that ``exempt`` does not let
    through: "**China**'s firm position", "**China**'s Ambassador Guo Min" name a stance and a
    person ("Beirut's Hamra district" is exempt where a place stays a place)."""
    doc, last = span.doc, span.end - 1
    words, head = doc_words(doc), heads_of(doc)[last]
    return (
        words.dep[last] == "poss"
        and head >= span.end
        and words.pos[head] in NOMINAL_POS
        and not exempt(doc[head])
    )


def subtree_indices(token: Token) -> set[int]:
    """``{t.i for t in token.subtree}``, read from the parse's indices: ``subtree`` makes a
    token for every word below ``token``.

    Example:
        >>> import spacy
        >>> subtree_indices(spacy.blank("en")("no parse")[1])  # each word is its own root
        {1}
    """
    kids = children_of(token.doc)
    found, below = set(), [token.i]
    while below:
        i = below.pop()
        found.add(i)
        below.extend(kids[i])
    return found


def to_infinitive(verb: Token) -> bool:
    """``verb`` has the infinitive marker "to" ("sent troops **to** protect", "to march")."""
    doc = verb.doc
    dep = doc_words(doc).dep  # indices: a token only for an auxiliary, to read its tag
    return any(dep[i] == "aux" and doc[i].tag_ == "TO" for i in children_of(doc)[verb.i])


def prep_object(token: Token, preps: Iterable[str]) -> Token | None:
    """The object of the first preposition child of ``token`` spelt like one of ``preps``."""
    wanted = set(preps)
    for item in _preposition_children(token):
        if item.lower_ in wanted:
            obj = child(item, PREP_OBJECT_DEPS)
            if obj is not None:
                return obj
    return None


def _preposition_children(token: Token) -> Iterator[Token]:
    """The children of ``token`` that head a prepositional argument (no token is made for the
    others)."""
    doc = token.doc
    labels = doc_words(doc).dep
    yield from (doc[i] for i in children_of(doc)[token.i] if labels[i] in PREPOSITION_DEPS)


def compound_lemmas(token: Token) -> set[str]:
    """The lowercased lemmas of ``token``'s compound modifiers, nested ones too: a name's
    titles ("Qatar's Emir Sheikh Tamim bin Hamad": emir, sheikh, tamim, bin)."""
    words, kids = doc_words(token.doc), children_of(token.doc)  # indices: no token per word
    dep = words.dep
    found: set[str] = set()
    stack = [i for i in kids[token.i] if dep[i] == "compound"]
    while stack:
        item = stack.pop()
        found.add(words.lemma[item])
        stack.extend(i for i in kids[item] if dep[i] == "compound")
    return found


def verb_particles(verb: Token, obj: Token | None) -> set[str]:
    """The prepositions and particles of ``verb`` (and the prepositions of its object ``obj``)
    that a verb pattern may require ("handed over", "called on").

    "called Erdogan on Monday" is not "called on Erdogan": a preposition of time is no
    particle. "handed over 15 prisoners": the parser reads an "over" right after the verb and
    before a number as "more than" (a ``quantmod`` of the number); it is the verb's particle."""
    doc = verb.doc
    words, kids = doc_words(doc), children_of(doc)  # strings: a token only for a preposition
    lower, dep = words.lower, words.dep
    particles = {
        lower[i] for i in kids[verb.i] if dep[i] in _PARTICLE_DEPS and not _of_time(doc[i])
    }
    if obj is not None:
        particles |= {lower[i] for i in kids[obj.i] if dep[i] == "prep"}
    after = verb.i + 1
    if after < len(lower) and lower[after] == "over" and dep[after] == "quantmod":
        particles.add("over")
    # "pushed back the rebels": the parser may read the particle right after the verb as an
    # adverb; before the object it is the verb's particle all the same
    if after in kids[verb.i] and dep[after] == "advmod" and lower[after] in _ADVERB_PARTICLES:
        particles.add(lower[after])
    return particles


_PARTICLE_DEPS = ("prep", "prt", "agent", "dative")
_ADVERB_PARTICLES = frozenset({"back", "off", "out", "down", "up", "away"})


def _of_time(prep: Token) -> bool:
    obj = child(prep, ("pobj",))
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


# Prepositions of the circumstances of an act, not of its target: "under a deal", "amid talks".
CIRCUMSTANCE_PREPS = frozenset({"under", "amid", "despite", "after", "following", "during"})
HYPHEN_MAKER_DEPS = frozenset({"npadvmod", "compound", "nmod"})


def maker_in_passing(token: Token) -> bool:
    """ "Cuba freed 553 prisoners under a deal **brokered by the Vatican**" (or "under a
    **Vatican**-brokered deal"): ``token`` is the "by" agent of a participle on a preposition's
    object (or the name joined to such a participle), the maker of a thing the sentence
    names in passing, under a preposition of circumstance (``CIRCUMSTANCE_PREPS``); it is no
    party to the sentence's act (no target is guessed from it, and it does not make the story
    its country's). The agent of a participle on the verb's object stays one ("rejected the
    resolution drafted by France": France is the one rejected), and so does one on the object
    of another preposition ("an investigation into crimes committed by Russian forces")."""
    if token.dep_ in HYPHEN_MAKER_DEPS and token.head.tag_ == "VBN" and token.head.dep_ == "amod":
        participle = token.head  # "withdrew under a **US**-brokered deal"
    elif token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.dep_ == "acl":
        participle = token.head.head
    else:
        return False
    thing = participle.head
    return thing.dep_ == "pobj" and thing.head.lower_ in CIRCUMSTANCE_PREPS


HELP = "help"


def help_of(verb: Token) -> Token | None:
    """The "help" whose bare complement ``verb`` is ("help mediate", "helped end"), else
    ``None``."""
    helper = verb.head
    if verb.dep_ != "xcomp" or helper.i == verb.i or helper.lemma_.lower() != HELP:
        return None
    return helper


def sequenced_gerund(doc: Doc, i: int) -> bool:
    """Token ``i`` of ``doc`` is the gerund of "after", "before" or "following" ("**after
    meeting** Putin in Moscow, Orban travelled to Beijing"): an act of its own, told in turn."""
    words, heads = doc_words(doc), heads_of(doc)
    return words.dep[i] == "pcomp" and words.lower[heads[i]] in SEQUENCE_PREPS
