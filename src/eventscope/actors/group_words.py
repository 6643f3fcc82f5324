"""A named body said again by a bare common noun: "Boko Haram ... The group killed five soldiers".

CONTRACT:

    drafts = with_group_words(doc, drafts)   # drafts plus one for each "the group" referred back

News names an organisation once and then calls it "the group", "the movement", "the party" or
"the organisation": "The Houthis fired a missile at Marib. The movement said ...", "Hamas fired
rockets. The group said ...", "Amnesty International accused the police. The group called
...". Such a noun is in no dictionary (a group of what is said by the name before it), so left
alone the sentence has no actor. Here a definite noun of ``GROUP_NOUNS`` with nothing of its
own (no name, no "of" after it: "the group of protesters" is not this; at most an adjective of
what the body is: "the militant group", "the Islamist movement") becomes a draft of the
nearest earlier named body of a kind the noun can stand for, with resolution
``coreference``:

* "group", "movement", "faction", "outfit", "militia": a named armed group (``IMG...`` or a
  country's REB/INS/SEP with a name, :func:`~eventscope.actors.coref.named_group`), a party or
  opposition body with a name ("Fatah", ZAFPTYANC, EGYOPPMBR), or, for "group", an NGO;
* "party": a party or opposition body with a name;
* "organisation", "organization": any of these, and an intergovernmental body (IGO).

The body must come a sentence or a few drafts before (``ARMED_LOOKBACK`` drafts, as for "the
militants" in :mod:`.coref`), and nothing between may be another thing of that noun ("Boko
Haram killed five. A group of women protested. The group ..." is the women): an indefinite
"a group" after the body leaves "the group" alone. With no such body the noun stays no actor.

:mod:`.owned` reads "The group said its fighters ..." through the draft made here.

Example:
    >>> import spacy
    >>> with_group_words(spacy.blank("en")("The group left."), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS
from .coref import ARMED_LOOKBACK, named_group
from .drafts import Draft
from .members import STATE_CODE_LENGTH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ARMED, BODY, NGO, IGO = "armed", "body", "NGO", "IGO"
# Which kinds of named body each noun may stand for (see the module docstring).
GROUP_NOUNS = MappingProxyType(
    {
        "group": frozenset({ARMED, BODY, NGO}),
        "movement": frozenset({ARMED, BODY}),
        "faction": frozenset({ARMED, BODY}),
        "outfit": frozenset({ARMED, BODY}),
        "militia": frozenset({ARMED}),
        "party": frozenset({BODY}),
        "organisation": frozenset({ARMED, BODY, NGO, IGO}),
        "organization": frozenset({ARMED, BODY, NGO, IGO}),
    }
)
# Sectors of a named political body (a party, an opposition movement) after its country.
BODY_SECTORS = frozenset({"PTY", "OPP"})
DEFINITE = frozenset({"the", "this"})
# Adjectives that say what the body is, not which one ("the militant group"); any other word
# before the noun ("the rights group", "the Wagner group") makes a phrase of its own.
KIND_WORDS = frozenset({
    "armed", "militant", "rebel", "insurgent", "jihadist", "jihadi", "islamist", "islamic",
    "extremist", "terrorist", "separatist", "radical", "outlawed", "banned", "proscribed",
    "opposition", "ruling", "political", "paramilitary", "shia", "shiite", "sunni", "secular",
})  # fmt: skip


def with_group_words(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` and a draft for each bare group noun that refers back (document order)."""
    if not any(body_kind(d) for d in drafts):
        return list(drafts)
    covered = {i for d in drafts for i in range(d.start, d.end)}
    found = []
    for token in doc:
        kinds = GROUP_NOUNS.get(token.lower_) if token.pos_ == "NOUN" else None
        if kinds is None or token.i in covered:
            continue
        start = _bare_start(token)
        if start is None:
            continue
        body = _antecedent(doc, drafts, start, token, kinds)
        if body is not None:
            found.append(
                replace(body, start=start, end=token.i + 1, resolution="coreference", needs=None)
            )
    if not found:
        return list(drafts)
    return sorted([*drafts, *found], key=lambda d: (d.start, d.end))


def _bare_start(noun: Token) -> int | None:
    """The start of "the group" / "the militant group" when the noun has nothing of its own
    (no name, no possessor, no "of" after it, not itself a possessor), else ``None``."""
    if noun.dep_ in ("poss", "compound"):
        return None
    lefts = list(noun.lefts)
    if not lefts or lefts[0].lower_ not in DEFINITE or lefts[0].dep_ != "det":
        return None
    if any(t.lower_ not in KIND_WORDS for t in lefts[1:]):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights):
        return None
    return lefts[0].i


def _antecedent(
    doc: Doc, drafts: Sequence[Draft], start: int, noun: Token, kinds: frozenset[str]
) -> Draft | None:
    """The nearest earlier named body of ``kinds`` with no other thing of ``noun`` between; a
    subject noun prefers the subject among the bodies of that body's sentence ("The ANC accused
    the Democratic Alliance of racism. The party also ...": the ANC)."""
    earlier = [d for d in drafts if d.end <= start][-ARMED_LOOKBACK:]
    bodies = [d for d in reversed(earlier) if body_kind(d) in kinds]
    if not bodies:
        return None
    body = bodies[0]
    if noun.dep_ in SUBJECT_DEPS:
        sent = doc[body.start].sent
        subjects = (d for d in bodies if doc[d.start].sent == sent and _subject(doc, d))
        body = next(subjects, body)
    between = doc[body.end : start]
    if any(t.lower_ == noun.lower_ and t.i != noun.i for t in between):
        return None  # "A group of women protested. The group ...": the women
    return body


def _subject(doc: Doc, draft: Draft) -> bool:
    return doc[draft.start : draft.end].root.dep_ in SUBJECT_DEPS


def body_kind(draft: Draft) -> str | None:
    """What named body ``draft`` is: ARMED, BODY, NGO, IGO, or ``None`` (no named body)."""
    if draft.person or draft.resolution == "context":
        return None
    code = draft.code or ""
    if named_group(draft):
        return ARMED
    if len(code) > STATE_CODE_LENGTH and code[3:6] in BODY_SECTORS:
        return BODY
    for prefix in (NGO, IGO):
        if code.startswith(prefix) and len(code) > len(prefix) and draft.name:
            return prefix
    return None
