"""Sector of unnamed attackers from the article's context: gunmen in a gang war are criminals.

CONTRACT:

    mentions = with_crime_sector(doc, event_mentions, cues)   # same list, some actors recoded

CAMEO's actor codebook codes criminals as CRM and armed men of no known allegiance as UAF.
News and analysts' notes on gang and drug violence name the killers only as "armed men",
"gunmen" or not at all ("a man was found dead"), and say the context elsewhere in the text: a
drive-by shooting, drug trafficking, a gang or cartel reprisal. In such an article an unnamed
armed actor (sector UAF, no group code: "armed men", the implied killer of a victim found dead)
is a criminal, CRM. Named groups keep their own code, and an article with none of the cue words
(rules.toml ``crime_cues``) and no body found executed (:mod:`.executions`: bound, tortured,
cut up) keeps UAF; nor does a cue the text denies count: "there are no reports on the
perpetrators nor the crime motivation", "police saw no sign of gang involvement", "the killing
was not related to drug trafficking", "police denied any cartel link" (a "no", "not" or "nor"
on the cue's phrase or its clause's verb, or a denying verb).

Example:
    >>> with_crime_sector(None, [], frozenset())
    []
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ActorMention, EventMention
from ..nlp.docmemo import char_span, doc_text, doc_words
from .executions import found_executed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

UNNAMED_ARMED = "UAF"
CRIMINAL = "CRM"
# Words that deny what they hang on ("no reports on ... crime motivation", "not related to
# drug trafficking", "neither ... nor gang involvement"), and how they hang on it.
DENIALS = frozenset({"no", "not", "n't", "never", "nor", "neither"})
DENIAL_DEPS = frozenset({"det", "neg", "cc", "preconj", "advmod"})
DENYING_VERBS = frozenset({"deny"})
DENYING_PARTICLES = frozenset({"out"})  # "ruled out a drug motive"
# Nouns of what is known about a thing: a "no" on them denies the thing after their
# preposition ("no reports on crime motivation"); on another noun it does not ("no arrest
# in the cartel killing": the killing is a cartel's).
KNOWING_NOUNS = frozenset({
    "report", "information", "sign", "evidence", "indication", "detail", "word", "clue",
    "link", "connection", "involvement", "motive", "motivation", "identity", "suggestion",
    "confirmation", "news", "proof", "record",
})  # fmt: skip


def criminal_context(doc: Doc, cues: frozenset[str]) -> bool:
    """One of ``cues`` is a lemma of ``doc`` or, for a cue with a hyphen or a space
    ("drive-by", "organized crime"), a piece of its lower-case text; and the text does not
    deny it there (see the module docstring)."""
    return any(not _denied(token) for token in _cue_tokens(doc, cues))


def _cue_tokens(doc: Doc, cues: frozenset[str]) -> list[Token]:
    """The tokens of ``doc`` a cue ends at (a word, or the last word of a longer cue)."""
    words = doc_words(doc)
    if cues.isdisjoint(words.lemmas) and cues.isdisjoint(words.lowers):
        found = set()
    else:
        found = {i for i, lemma in enumerate(words.lemma) if lemma in cues}
        found |= {i for i, lower in enumerate(words.lower) if lower in cues}
    text = doc_text(doc).lower()
    for cue in (c for c in cues if "-" in c or " " in c):
        for match in re.finditer(re.escape(cue), text):
            span = char_span(doc, match.start(), match.end())
            if span is not None and len(span):
                found.add(span.end - 1)
    return [doc[i] for i in sorted(found)]


def _denied(token: Token) -> bool:
    """The text denies the cue at ``token``: a "no"/"not"/"nor" on it, on a noun of what is
    known it hangs from ("no reports on ...", "no sign of ..."), or on its clause's verb; or
    the verb denies it ("denied", "ruled out")."""
    for word in (token, *token.ancestors):
        if any(c.lower_ in DENIALS for c in word.children if c.dep_ in DENIAL_DEPS):
            return True
        if word.pos_ in ("VERB", "AUX"):
            particles = {c.lower_ for c in word.children if c.dep_ == "prt"}
            return word.lemma_.lower() in DENYING_VERBS or bool(particles & DENYING_PARTICLES)
        if word.dep_ == "prep" and _other_noun(word.head):  # "no arrest in the cartel killing"
            return False
    return False


def _other_noun(head: Token) -> bool:
    """A noun that is not one of what is known (``KNOWING_NOUNS``)."""
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in KNOWING_NOUNS


def with_crime_sector(
    doc: Doc | None, mentions: Sequence[EventMention], cues: frozenset[str]
) -> list[EventMention]:
    """The events with their unnamed armed actors coded CRM when ``doc`` is about crime."""
    if (
        doc is None
        or not cues
        or not any(_unnamed(m.source) or _unnamed(m.target) for m in mentions)
    ):
        return list(mentions)
    if not (criminal_context(doc, cues) or found_executed(doc)):
        return list(mentions)
    return [
        replace(m, source=_as_criminal(m.source), target=_as_criminal(m.target)) for m in mentions
    ]


def _unnamed(mention: ActorMention | None) -> bool:
    if mention is None or mention.actor.sector != UNNAMED_ARMED:
        return False
    return mention.actor.code == (mention.actor.country or "") + UNNAMED_ARMED


def _as_criminal(mention: ActorMention | None) -> ActorMention | None:
    if mention is None or not _unnamed(mention):
        return mention
    actor = mention.actor
    code = (actor.country or "") + CRIMINAL
    return replace(mention, actor=replace(actor, sector=CRIMINAL, code=code))
