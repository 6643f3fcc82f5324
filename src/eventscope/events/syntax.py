"""Syntax helpers for the event coder: actors under parse nodes, subjects, objects, modality.

All functions are cheap, bounded walks over a token's children or heads.

Example:
    >>> index = ActorIndex.build([])     # no actor mentions: every lookup is empty
    >>> index.groups_under(None)
    []
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import ActorMention
from ..nlp.docmemo import children_of, doc_words, heads_of
from ..nlp.syntax import (
    MODIFIER_DEPS,
    OWNER_PREPS,
    PASSIVE_DEPS,
    PREPOSITION_DEPS,
    SUBJECT_DEPS,
    VERBAL_POS,
    child,
    help_of,
    nearest_subject,
    predicate_of_noun_root,
    prep_argument,
    prep_object,
)
from ..nlp.syntax import NOUN_PHRASE_DEPS as _NP_DEPS
from ..nlp.syntax import SUBJECT_INHERIT_DEPS as _SUBJECT_INHERIT
from .compounds import (
    COMPANION_OPENERS,
    companion,
    conjuncts,
    countries,
    countryless,
    in_country_of,
)
from .means import subjects_gerund

if TYPE_CHECKING:
    from spacy.tokens import Token

Group = tuple[ActorMention, ...]
"""Mentions over the same tokens: one actor, or a collective ("the sides" -> AZE and CHN)."""

# prepositions from an argument's head down to the actor that names it ("the President of X")
_NP_PREPS = frozenset({"of", "by", "from"})
_MAX_UP = 4
_COORDINATED_DEPS = MODIFIER_DEPS | {"poss"}
# "each other", "one another": the object is the subjects themselves
_MUTUAL = frozenset({("each", "other"), ("one", "another")})
# prepositions that name both sides of a relation ("talks between X and Y")
PAIR_PREPS = ("between", "among")


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Actor mentions by token index, built once per document."""

    by_token: dict[int, Group]

    @classmethod
    def build(cls, mentions: Iterable[ActorMention]) -> ActorIndex:
        spans: dict[tuple[int, int], list[ActorMention]] = {}
        for mention in mentions:
            spans.setdefault((mention.start, mention.end), []).append(mention)
        by_token: dict[int, Group] = {}
        # Shorter spans last, so the most specific actor wins where spans nest.
        for (start, end), group in sorted(spans.items(), key=lambda item: item[0][0] - item[0][1]):
            for i in range(start, end):
                by_token[i] = tuple(group)
        return cls(by_token)

    def group_at(self, token: Token) -> Group | None:
        return self.by_token.get(token.i)

    def group_under(self, token: Token) -> Group | None:
        """The actor naming the noun phrase headed by ``token`` (itself, then its modifiers)."""
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        words, kids = doc_words(token.doc), children_of(token.doc)  # indices: no tokens made

        def np_children(i: int) -> list[int]:
            return [j for j in kids[i] if _np_label(words.dep[j], words.lower[j])]

        queue = np_children(token.i)
        for _ in range(12):
            if not queue:
                return None
            node = queue.pop(0)
            found = self.by_token.get(node)
            if found is not None:
                return found
            queue.extend(np_children(node))
        return None

    def groups_under(self, token: Token | None) -> list[Group]:
        """Actors of ``token`` and of its conjuncts ("Azerbaijan and China" -> two groups)."""
        if token is None:
            return []
        groups = []
        for head in conjuncts(token):
            group = self.group_under(head)
            owners = self._coordinated_owners(head)
            if group is not None and group not in groups and not (owners and countryless(group)):
                groups.append(group)  # not "officials" when "officials from France" is known
            extras = (*self._coordinated_modifiers(head), *owners, *self._companions(head))
            groups.extend(g for g in extras if g not in groups)
        return groups

    def _companions(self, head: Token) -> list[Group]:
        """ "France, **along with Germany**, condemned", "France **together with Germany**":
        the companions of an actor act with it. The phrase hangs on the noun or, before the
        verb of a subject, on the verb ("sent troops along with X" after it is not read)."""
        holders = [head]
        if head.dep_ == "nsubj" and head.head is not head:
            holders.append(head.head)
        found: list[Group] = []
        doc, kids, lower = head.doc, children_of(head.doc), doc_words(head.doc).lower
        for holder in holders:
            # Only "with", "along" and "together" can open the phrase: no token for the rest.
            for i in (i for i in kids[holder.i] if lower[i] in COMPANION_OPENERS):
                obj = companion(doc[i]) if holder is head or i < holder.i else None
                if obj is not None:
                    found.extend(g for g in map(self.group_under, conjuncts(obj)) if g)
        return found

    def _coordinated_owners(self, head: Token) -> list[Group]:
        """ "the ambassadors of France, Chad and Niger": each conjoined owner names an actor;
        "officials from France (and Italy)": a role with no country takes each owner's.

        A list only when the head names no actor of its own, or the one of its first owner
        ("the ambassadors of France" is one French mention); "Chad's envoy to France and Niger"
        is not read here (the "to" object is no owner).
        """
        first = prep_object(head, OWNER_PREPS)
        if first is None:
            return []
        chain = conjuncts(first)
        owners = [g for g in map(self.group_under, chain) if g is not None]
        own = self.by_token.get(head.i)
        if own is not None and countryless(own):
            return [in_country_of(g, own) for g in owners if not countryless(g)]
        if len(chain) < 2 or not owners:
            return []
        if own is None:
            return owners
        # the head stands for its first owner ("the ambassadors of France", "officials from
        # France" given France's country): the others are the rest of the list
        return owners[1:] if countries(own) == countries(owners[0]) else []

    def _coordinated_modifiers(self, head: Token) -> list[Group]:
        """ "Russian and Chinese warships", "Chad and Sudan's presidents": each conjoined
        modifier or possessor of the head names an actor."""
        found: list[Group] = []
        dep = doc_words(head.doc).dep  # labels as strings: a token only for a coordinated one
        for i in (i for i in children_of(head.doc)[head.i] if dep[i] in _COORDINATED_DEPS):
            chain = conjuncts(head.doc[i])
            if len(chain) < 2:
                continue
            found.extend(g for g in (self.by_token.get(t.i) for t in chain) if g is not None)
        return found

    def groups_after(self, token: Token | None, preps: Iterable[str]) -> list[Group]:
        """Actors of the first preposition child of ``token`` in ``preps`` that names one."""
        if token is None:
            return []
        wanted, words = set(preps), doc_words(token.doc)
        for i in children_of(token.doc)[token.i]:  # labels read as strings: no token each
            if words.dep[i] in PREPOSITION_DEPS and words.lower[i] in wanted:
                groups = self.groups_under(prep_argument(token.doc[i]))
                if groups:
                    return groups
        return []

    def owned_targets(self, noun: Token, preps: Iterable[str]) -> list[Group]:
        """The targets of the "of" noun under ``noun``: "a resumption of ties **with X**", or
        both of a pair, "the restoration of relations **between X and Y**"."""
        return self.groups_after(prep_object(noun, ("of",)), (*preps, *PAIR_PREPS))

    @staticmethod
    def mutual(obj: Token | None, subjects: list[Group]) -> list[Group]:
        """``subjects`` when the object is "each other" / "one another" and they are several
        ("Chad and Sudan accused each other": each accuses the other), else nothing."""
        if obj is None or obj.i == 0 or sum(len(g) for g in subjects) < 2:
            return []
        return subjects if (obj.doc[obj.i - 1].lower_, obj.lower_) in _MUTUAL else []

    def makers(self, noun: Token | None) -> list[Group]:
        """Actors named in the modifiers of ``noun``: who made the thing it names.

        "rejected an **Australian** ultimatum", "welcomed **Peru's** offer": with no other
        target, the author of the object is the one acted on. Only the noun's own modifiers
        (demonym, possessive, compound) count, not its prepositional objects ("the release
        of Iranian prisoners" is not made by Iran).
        """
        if noun is None:
            return []
        found: list[Group] = []
        for item in noun.children:
            if item.dep_ not in _MAKER_DEPS:
                continue
            for token in conjuncts(item):
                group = self.by_token.get(token.i) or (
                    self.group_under(token) if token.dep_ == "poss" else None
                )
                if group is not None and group not in found:
                    found.append(group)
        return found

    def enumeration(self, agent: Token) -> list[Group]:
        """Actors of the noun-phrase list after a passive "by" (``agent``), in order.

        "sent by Sichuan province, the city of Xi'an, the funds of Alibaba and Huawei": the
        parser often hangs the later items of a long list elsewhere (an apposition of the
        subject), so the list is read left to right up to the end of the clause (a verb, a
        subordinate clause, ";" or ":", a preposition other than "of") rather than through
        the tree.
        """
        found: list[Group] = []
        for token in agent.doc[agent.i + 1 : _next_clause_subject(agent)]:
            if token.pos_ in ("VERB", "AUX") or token.dep_ in _CLAUSE_DEPS or token.text in ";:":
                break
            if token.pos_ == "ADP" and token.lower_ != "of":
                break  # "sent by China to Azerbaijan": the list has ended
            group = self.by_token.get(token.i)
            if group is not None and group not in found:
                found.append(group)
        return found


def _next_clause_subject(agent: Token) -> int:
    """Where the subject of a later verb begins after ``agent`` (else the sentence's end).

    "Praising the aid provided by China, the minister said ...": a list after "by" ends
    where the next clause's subject begins; the minister did not provide the aid.
    """
    doc, end = agent.doc, agent.sent.end
    words, heads = doc_words(doc), heads_of(doc)
    for i in range(agent.i + 1, end):
        if words.dep[i] in ("nsubj", "nsubjpass") and heads[i] > i:
            return doc[i].left_edge.i
    return end


_CLAUSE_DEPS = frozenset({"mark", "relcl", "advcl", "acl"})
_MAKER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _np_label(dep: str, lower: str) -> bool:
    """A child with this label and word is inside its head's noun phrase."""
    return dep in _NP_DEPS or (dep == "prep" and lower in _NP_PREPS)


# Auxiliaries and conjunctions of a clause that has not happened: planned, possible,
# required or conditional ("will protest", "could attack", "if talks fail").
UNREAL_AUX = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must", "can"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# "No soldiers attacked": nobody did. Not "neither ... nor": on the PETRARCH check records it
# lost events, so it is left to the clause's own negation.
NEGATIVE_DETERMINERS = frozenset({"no"})


def is_unreal(token: Token) -> bool:
    """Whether ``token``'s clause is negated, planned, possible or conditional.

    Shared by the contentious and the domain coders: "did not attack", "will march" and
    "if the strike goes ahead" report no event.
    """
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in UNREAL_AUX)
        or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
        or denied_subject(c)
        for c in token.children
    )


def denied_subject(item: Token) -> bool:
    """ "**No** Chadian soldiers attacked Sudan": nobody did."""
    words = doc_words(item.doc)  # the children's strings: no token made for each
    return words.dep[item.i] in SUBJECT_DEPS and any(
        words.dep[c] in ("det", "preconj") and words.lower[c] in NEGATIVE_DETERMINERS
        for c in children_of(item.doc)[item.i]
    )


def is_passive(verb: Token) -> bool:
    dep = doc_words(verb.doc).dep
    return any(dep[c] in PASSIVE_DEPS for c in children_of(verb.doc)[verb.i])


def subject(verb: Token) -> Token | None:
    """The grammatical agent: ``nsubj``, or the object of the passive ``by``; of a weapon or
    envoy sent by someone ("was shelled by artillery **fired by X**"), that someone. An active
    verb's subject wins over a "by" the parser hung on it ("condemned the shelling by X")."""
    agent = child(verb, ("agent",))
    if agent is not None and child(verb, ("nsubj",)) is None:
        obj = child(agent, ("pobj",))
        return (_sender(obj) or obj) if obj is not None else None
    return nearest_subject(verb)


def _sender(obj: Token) -> Token | None:
    """The "by Y" of a participle modifying ``obj`` ("rockets fired by Y")."""
    for item in obj.children:
        inner = child(item, ("agent",)) if item.dep_ == "acl" else None
        if inner is not None:
            return child(inner, ("pobj",))
    return None


def stray_agent(verb: Token) -> Token | None:
    """The "by X" of a passive ``verb`` that the parser hung lower in its clause ("was accused
    of corruption **by** Ugandan officials": "by" under "corruption"), read left to right up
    to the next verb or clause."""
    if not is_passive(verb) or child(verb, ("agent",)) is not None:
        return None
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.dep_ in _CLAUSE_DEPS or token.text in ";:":
            return None
        if token.lower_ == "by" and token.dep_ in ("prep", "agent"):
            return child(token, ("pobj",))
    return None


def governing_verb(token: Token) -> Token | None:
    """The verb a noun depends on, climbing through nouns and prepositions ("talks with")."""
    doc = token.doc
    heads, pos = heads_of(doc), doc_words(doc).pos  # indices and strings: no token per step
    node = token.i
    for _ in range(_MAX_UP + 2):
        node = heads[node]  # a root is its own head: it is read again, as before
        if pos[node] in VERBAL_POS:
            return doc[node]
        if pos[node] not in ("NOUN", "PROPN", "ADP", "ADJ", "PRON", "SCONJ"):
            return None
    return None


def under_any(
    token: Token, lemmas: frozenset[str], *, levels: int = 4, pos: tuple[str, ...] = ()
) -> bool:
    """Whether a head of ``token`` (up to ``levels`` up) is in ``lemmas`` (and of ``pos``)."""
    heads, words = heads_of(token.doc), doc_words(token.doc)
    node = token.i
    for _ in range(levels):
        node = heads[node]  # a root is its own head (a root token reads its own lemma)
        if words.lemma[node] in lemmas and (not pos or words.pos[node] in pos):
            return True
    return False


def inherited_subject(verb: Token, pronouns: frozenset[str]) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from when it has none or a pronoun.

    "X visited Y to help" (advcl), "X agreed and signed" (conj) inherit X; "X said it would
    send aid" resolves "it" to X (ccomp); "X is poised to sign" takes the passive subject of
    the frame; "X accused Y of attacking Z" gives "attacking" none (pcomp: the accused is
    meant). A past verb hung from a noun root ("X's minister called on": acl) has that noun.
    """
    node, controlled, joined = verb, False, False
    # "X said it was ready to help mediate": a complement "help" adds a head on the way (five,
    # not four; five for every verb cost ACLED check precision); a purpose "to help" does not
    # ("willing to send material to help defend X": the defence is no act of its own)
    helper = help_of(verb)
    helped = helper is not None and helper.dep_ == "xcomp"
    for _ in range(_MAX_UP + int(helped)):
        # "X was indicted by Y and will resign": a coordinated verb shares X, not the agent
        found = (child(node, ("nsubjpass",)) if joined else None) or subject(node)
        if found is None and controlled:
            # "France is expected to sign", "was forced to withdraw": the frame's passive
            # subject does the embedded act
            found = child(node, ("nsubjpass",))
        if found is not None and found.lower_ not in pronouns:
            return found
        if found is None and predicate_of_noun_root(node):
            return node.head
        if found is None and subjects_gerund(node):
            node = node.head.head  # "after meeting Y, X said", "X retaliated by imposing"
            continue
        allowed = _SUBJECT_INHERIT if found is not None else _SUBJECT_INHERIT - {"ccomp"}
        if node.dep_ not in allowed or node.head is node:
            return found
        # only a conjunct with its own auxiliary is surely active ("were arrested and charged")
        joined = node.dep_ == "conj" and child(node, ("aux",)) is not None
        controlled = node.dep_ == "xcomp"
        node = node.head
    return None
