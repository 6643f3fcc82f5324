"""A question asked is no appeal: "asked whether", "asked about", a quoted question.

CONTRACT:

    drop = asked_question(verb)   # True: the "ask" verb asks a question, codes no 02 event

CAMEO 02 is an appeal or a request: "Kenya asked the UN to send troops" (020), "asked for
assistance" (023). News uses "ask" for questions too, which request nothing of anyone: a
reporter's question to the one who answers ("Asked whether the talks had failed, the
minister said ...", "When asked about the deal, ..."), a rhetorical question ("'Is Africa
really riskier than other regions?' the president asked") or questions asked ("asked many
questions about the plan"). ``verb`` asks a question when it has no request of its own (no
"to" infinitive, no "for" object) and its complement is a clause opened by "whether", "if"
or a wh-word, an "about" phrase or the noun "question", or its sentence is a quoted question
(it has a "?"). A modal in the asked clause makes it a polite request, which stays ("asked whether
Japan could send experts").

Example:
    >>> import spacy
    >>> asked_question(spacy.blank("en")("Kenya asked for help")[1])
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUESTION_VERBS = frozenset({"ask"})
# words that open an asked clause: an indirect question
QUESTION_WORDS = frozenset(
    {"whether", "if", "what", "why", "how", "who", "whom", "whose", "when", "where", "which"}
)
# a modal in the asked clause makes the question a polite request ("asked if Japan could help")
REQUEST_MODALS = frozenset({"could", "would", "can", "will", "might", "may"})
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl"})


def asked_question(verb: Token) -> bool:
    """Whether ``verb`` is "ask" and asks a question rather than for something (docstring)."""
    if verb.lemma_.lower() not in QUESTION_VERBS or _requests(verb):
        return False
    if _after_question(verb):
        return True  # '"Is Africa riskier?" the president asked': a quoted question
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True  # "asked about the deal"
        if child.dep_ == "dobj" and child.lemma_.lower() == "question":
            return True  # "asked many questions"
        if child.dep_ in CLAUSE_DEPS and _question_clause(child):
            return True
    return False


def _after_question(verb: Token) -> bool:
    """A "?" in the verb's sentence, or ending the quote right before it (the parser may make
    the quoted question a sentence of its own)."""
    sent = verb.sent
    if any(t.text == "?" for t in sent):
        return True
    before = sent.start - 1
    while before >= 0 and verb.doc[before].is_quote:
        before -= 1
    return before >= 0 and verb.doc[before].text == "?"


def _requests(verb: Token) -> bool:
    """ "asked X to send troops", "asked for help": a request of its own."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)


def _question_clause(clause: Token) -> bool:
    """A clause opened by a question word, with no modal."""
    opens = clause.left_edge.lower_ in QUESTION_WORDS or any(
        c.dep_ == "mark" and c.lower_ in QUESTION_WORDS for c in clause.children
    )
    modal = any(c.dep_ == "aux" and c.lower_ in REQUEST_MODALS for c in clause.children)
    return opens and not modal
