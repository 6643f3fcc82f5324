"""Syntax helpers for the event coder: actors under parse nodes, subjects, objects, modality.

All functions are cheap walks over a token's children or heads (bounded depth), so the event
stage stays a small fraction of parsing time.

Example:
    >>> index = ActorIndex.build([])     # no actor mentions: every lookup is empty
    >>> index.groups_under(None)
    []
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import ActorMention
from ..nlp.syntax import MODIFIER_DEPS, PASSIVE_DEPS, PREP_OBJECT_DEPS, PREPOSITION_DEPS, VERBAL_POS
from ..nlp.syntax import NOUN_PHRASE_DEPS as _NP_DEPS
from ..nlp.syntax import SUBJECT_INHERIT_DEPS as _SUBJECT_INHERIT

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Group = tuple[ActorMention, ...]
"""Mentions over the same tokens: one actor, or a collective ("the sides" -> AZE and CHN)."""

# Dependencies to follow from an argument's head down to the actor that names it
# ("the President of Azerbaijan", "China's ambassador", "Armenian forces").
_NP_PREPS = frozenset({"of", "by", "from"})
_MAX_UP = 4


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
        queue = [child for child in token.children if _np_child(child)]
        for _ in range(12):
            if not queue:
                return None
            node = queue.pop(0)
            found = self.by_token.get(node.i)
            if found is not None:
                return found
            queue.extend(child for child in node.children if _np_child(child))
        return None

    def groups_under(self, token: Token | None) -> list[Group]:
        """Actors of ``token`` and of its conjuncts ("Azerbaijan and China" -> two groups)."""
        if token is None:
            return []
        groups = []
        for head in conjuncts(token):
            group = self.group_under(head)
            if group is not None and group not in groups:
                groups.append(group)
            for extra in self._coordinated_modifiers(head):
                if extra not in groups:
                    groups.append(extra)
        return groups

    def _coordinated_modifiers(self, head: Token) -> list[Group]:
        """ "Russian and Chinese warships": each conjoined modifier of the head names an actor."""
        found: list[Group] = []
        for item in head.children:
            if item.dep_ not in MODIFIER_DEPS:
                continue
            chain = conjuncts(item)
            if len(chain) < 2:
                continue
            found.extend(g for g in (self.by_token.get(t.i) for t in chain) if g is not None)
        return found

    def groups_after(self, token: Token | None, preps: Iterable[str]) -> list[Group]:
        """Actors of the first preposition child of ``token`` in ``preps`` that names one."""
        if token is None:
            return []
        wanted = set(preps)
        for item in token.children:
            if item.dep_ in PREPOSITION_DEPS and item.lower_ in wanted:
                groups = self.groups_under(child(item, PREP_OBJECT_DEPS))
                if groups:
                    return groups
        return []

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
        for token in agent.doc[agent.i + 1 : agent.sent.end]:
            if token.pos_ in ("VERB", "AUX") or token.dep_ in _CLAUSE_DEPS or token.text in ";:":
                break
            if token.pos_ == "ADP" and token.lower_ != "of":
                break  # "sent by China to Azerbaijan": the list has ended
            group = self.by_token.get(token.i)
            if group is not None and group not in found:
                found.append(group)
        return found


_CLAUSE_DEPS = frozenset({"mark", "relcl", "advcl", "acl"})
_MAKER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _np_child(token: Token) -> bool:
    return token.dep_ in _NP_DEPS or (token.dep_ == "prep" and token.lower_ in _NP_PREPS)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and its chain of ``conj`` children (bounded)."""
    found = [token]
    for item in found:
        if len(found) >= 8:
            break
        found.extend(child for child in item.children if child.dep_ == "conj")
    return found


def child(token: Token, deps: Collection[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_object(token: Token, preps: Iterable[str]) -> Token | None:
    """The object of the first preposition child of ``token`` spelt like one of ``preps``."""
    wanted = set(preps)
    for item in token.children:
        if item.dep_ in PREPOSITION_DEPS and item.lower_ in wanted:
            obj = child(item, PREP_OBJECT_DEPS)
            if obj is not None:
                return obj
    return None


# Auxiliaries and conjunctions of a clause that has not happened: planned, possible,
# required or conditional ("will protest", "could attack", "if talks fail").
UNREAL_AUX = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must", "can"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})


def is_unreal(token: Token) -> bool:
    """Whether ``token``'s clause is negated, planned, possible or conditional.

    Shared by the contentious and the domain coders: "did not attack", "will march" and
    "if the strike goes ahead" report no event.
    """
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in UNREAL_AUX)
        or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
        for c in token.children
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_DEPS for c in verb.children)


def subject(verb: Token) -> Token | None:
    """The grammatical agent: ``nsubj``, or the object of the passive ``by``."""
    agent = child(verb, ("agent",))
    if agent is not None:
        return child(agent, ("pobj",))
    return child(verb, ("nsubj",))


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
    node = token
    for _ in range(_MAX_UP + 2):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in VERBAL_POS:
            return node
        if node.pos_ not in ("NOUN", "PROPN", "ADP", "ADJ", "PRON", "SCONJ"):
            return None
    return None


def under_any(
    token: Token, lemmas: frozenset[str], *, levels: int = 4, pos: tuple[str, ...] = ()
) -> bool:
    """Whether a head of ``token`` (up to ``levels`` up) is in ``lemmas`` (and of ``pos``)."""
    node = token
    for _ in range(levels):
        if node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in lemmas and (not pos or node.pos_ in pos):
            return True
    return False


def inherited_subject(verb: Token, pronouns: frozenset[str]) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from when it has none or a pronoun.

    "X visited Y to help" (advcl), "X agreed and signed" (conj) inherit X; "X said it would
    send aid" resolves "it" to X (ccomp). "X accused Y of attacking Z" gives "attacking" no
    agent (pcomp is not inherited: the accused, not the speaker, is meant).
    """
    node = verb
    for _ in range(_MAX_UP):
        found = subject(node)
        if found is not None and found.lower_ not in pronouns:
            return found
        allowed = _SUBJECT_INHERIT if found is not None else _SUBJECT_INHERIT - {"ccomp"}
        if node.dep_ not in allowed or node.head is node:
            return found
        node = node.head
    return None


def actor_sentences(
    doc: Doc, mentions: Sequence[ActorMention], reporters: Sequence[tuple[int, int]]
) -> Iterator[tuple[Span, int, list[ActorMention], list[ActorMention]]]:
    """Each sentence with actors that is no question: (sentence, index, its mentions, the
    parties among them). Who reports takes no part ("..., a spokeswoman for the U.S. embassy
    said"): mentions starting inside ``reporters`` (character spans) are no parties."""
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sent_index, []).append(mention)
    if not by_sentence:
        return  # no actors, no events: skip the sentence walk entirely
    for sent_index, sent in enumerate(doc.sents):
        sentence_mentions = by_sentence.get(sent_index)
        if sentence_mentions and not sent.text.rstrip().endswith("?"):
            parties = [
                m
                for m in sentence_mentions
                if not any(a <= m.actor.start < b for a, b in reporters)
            ]
            yield sent, sent_index, sentence_mentions, parties
