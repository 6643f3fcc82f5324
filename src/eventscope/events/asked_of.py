"""A speaker introduced as asked ("Asked whether ..., the minister said") made no appeal.

CONTRACT:

    asked_participle(verb)   # True: "Asked" heads a participle clause of the one who answers
    asked_of(verb)           # also True for "comment" in "Asked to comment, X said ..."

CAMEO 02 is an appeal or a request by its source: "Kenya asked the UN to send troops" (020).
News opens answers with a past participle clause that has no subject of its own: "*Asked
whether Turkey would strike Kurdish fighters, the minister said no decision had been taken*",
"*When asked about the sanctions*, the envoy declined to comment", "*Asked by reporters* if
talks would resume, X said ...". The clause's understood subject is the main clause's subject,
the one who was asked and who answers; the asker (reporters, mostly unnamed) is no party of
the story. Coded by the "ask" rows, the answerer became the source of an appeal to whoever the
question named ("the minister -> Turkey", 020). Such a participle codes no event of its own;
the answer does, when it is one; nor does what the one asked was asked to do ("*Asked to
comment* on the drills, an official said ...": no appeal, and no comment but the answer).
Requests made of someone ("Kenya asked the UN", "the minister was asked to resign", a clause
with a subject of its own) stay, and so does a participle after its answer ("X declined to
comment when asked about Y": tried, it cost a source of ConfliBERT roles tune, whose answerer
is annotated as the source). Sentences written for the tests.

Example:
    >>> import spacy
    >>> asked_participle(spacy.blank("en")("Kenya asked for help")[1])
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ASK_VERBS = frozenset({"ask", "question"})
# the participle clause hangs on the answer's verb as one of these
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "ccomp", "xcomp", "csubj", "dep"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def asked_participle(verb: Token) -> bool:
    """Whether ``verb`` is "asked" as a past participle heading a clause with no subject of its
    own that opens the verb it modifies (the answer): the one asked answers, nobody appeals."""
    if verb.lemma_.lower() not in ASK_VERBS or verb.tag_ != "VBN":
        return False
    if verb.dep_ not in PARTICIPLE_DEPS or verb.head.i <= verb.i:
        return False  # the clause opens the answer; "X declined to comment when asked" is X's
    # "as the minister was asked", "after Kenya asked": a clause with a subject of its own
    return not any(child.dep_ in SUBJECT_DEPS for child in verb.children)


def asked_of(verb: Token) -> bool:
    """:func:`asked_participle`, or the infinitive it asks for ("Asked to comment, X said")."""
    if asked_participle(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and asked_participle(verb.head)
