"""Armed groups the dictionaries do not know, named by a proper name, are rebels (REB).

CONTRACT:

    drafts = with_named_groups(doc, drafts, known=hit_spans)   # widened or added drafts

The agent lexicon codes "fighters", "militants" or "militiamen" as unidentified armed forces
(UAF): men with guns whose group the text does not name. When the text does name it, with a
name no dictionary lists, the group is identified, and CAMEO codes a named non-state armed
group as rebels (REB; ACLED's rebel and militia groups). Four forms are read:

- a name before the agent word: "RSF fighters", "Dan Na Ambassagou militiamen" (the draft
  is widened over the name);
- a name after its "of": "fighters of the Al-Nasr Front" (widened likewise);
- a name whose last word says it is an armed body (Front, Brigade, Army, Militia, Battalion,
  Legion, Forces, Mujahideen), with no agent word at all: "the Black Lions Brigade attacked",
  or as "members of the Black Lions Brigade" (a new draft over the whole phrase);
- any name that is a side of a fight (clash, fight, battle, skirmish) whose other side is armed
  men (a state's forces, rebels, militias): "government soldiers and the ALA clashed", "soldiers
  clashed with the KLF", "the army fought the Zamba Movement" (a party or a firm that fights
  nobody armed is left alone: "protesters clashed with the ABC party").

A name is capitalised words that are proper nouns, acronyms or named entities (not a word that
describes armed men, capitalised as a sentence's first: "Unidentified gunmen"), none a place
(the context stage reads "Nyala militias") and none covered by a dictionary hit or a draft
("Houthi fighters" keep their own code). The country is left to the context stage (the place
of the event), as it is for "militias".

Example:
    >>> import spacy
    >>> with_named_groups(spacy.blank("en")("calm villagers"), [])
    []
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from .drafts import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAMED_SECTOR = "REB"
# Sectors of the agent words that name armed men without their group ("fighters", "militia").
ARMED_ROLES = frozenset({"UAF", "REB"})
# The last word of a name that makes it an armed body's ("the Black Lions Brigade").
GROUP_WORDS = frozenset(
    ("front brigade brigades army militia militias battalion battalions legion forces").split()
    + ["mujahideen"]
)
# The sectors of armed men a named group may fight ("soldiers clashed with the KLF").
FIGHTING_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SEP", "INS"})
FIGHT_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish"})
AGAINST_PREPS = frozenset({"with", "against"})
# Words that name the people of the group after them ("members of the ... Brigade").
MEMBER_WORDS = frozenset({"member", "members"})
# Entities that are no group's name: places (left to the context stage), dates, numbers.
NOT_NAME_ENTS = frozenset(
    {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
NAME_DEPS = frozenset({"compound", "nmod", "amod"})
# Words that describe armed men and are capitalised only to start a sentence, which the parser
# may then tag as proper nouns: "Unidentified gunmen", "Armed Fulani herdsmen", "Suspected
# militiamen" name no group.
DESCRIPTIONS = frozenset(
    ("armed unidentified unknown suspected alleged masked hooded rival local several heavily "
     "presumed").split()
)  # fmt: skip
# Inside a name: "Al-Nasr" is three tokens.
JOINERS = frozenset({"-", "'s"})
MAX_NAME = 6


def with_named_groups(
    doc: Doc, drafts: Sequence[Draft], known: Iterable[tuple[int, int]] = ()
) -> list[Draft]:
    """``drafts`` with armed roles widened over the unknown group name next to them (coded
    REB), plus a REB draft for each unknown name of an armed body no draft covers.
    ``known``: the token spans of dictionary hits, which are never unknown names."""
    spans = [*((d.start, d.end) for d in drafts), *known]
    covered = {i for start, end in spans for i in range(start, end)}
    out = [_widened(doc, d, covered) if _armed_role(d) else d for d in drafts]
    armed = {i for d in out if d.sector in FIGHTING_SECTORS for i in range(d.start, d.end)}
    added = [d for d in _bodies(doc, covered, armed) if not _overlaps(d, out)]
    if not added:
        return out
    return sorted([*out, *added], key=lambda d: (d.start, d.end))


def _armed_role(draft: Draft) -> bool:
    return draft.sector in ARMED_ROLES and not draft.code and not draft.person and not draft.needs


def _widened(doc: Doc, draft: Draft, covered: set[int]) -> Draft:
    start = _name_before(doc, draft, covered)
    end = _name_after(doc, draft.end, covered)
    if start == draft.start and end == draft.end:
        return draft
    return replace(draft, start=start, end=end, sector=NAMED_SECTOR)


def _name_before(doc: Doc, draft: Draft, covered: set[int]) -> int:
    """The first token of the unknown name right before ``draft`` ("RSF fighters"), else
    ``draft.start``: capitalised modifiers of the phrase, none covered or a place."""
    start = draft.start
    while start > 0 and draft.start - start < MAX_NAME:
        token = doc[start - 1]
        inside = start - 1 < token.head.i < draft.end
        if not inside or token.dep_ not in NAME_DEPS or not _name_word(token, covered):
            break
        start -= 1
    return start


def _name_after(doc: Doc, end: int, covered: set[int]) -> int:
    """The end of "of (the) NAME" right after a phrase ending at ``end``, else ``end``."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if obj is None or obj.i < first or obj.i - first >= MAX_NAME:
        return end
    words = doc[first : obj.i + 1]
    if all(_name_word(t, covered) or t.text in JOINERS for t in words):
        return obj.i + 1
    return end


def _bodies(doc: Doc, covered: set[int], armed: set[int]) -> list[Draft]:
    """A REB draft for each unknown armed body's name ("the Black Lions Brigade") and each
    unknown name that fights armed men of ``armed`` tokens ("soldiers clashed with the KLF"),
    over "members of" it too."""
    out = []
    words = doc_words(doc)  # strings first: a token only for a capitalised word
    for i, text in enumerate(words.text):
        if i in covered or not text[:1].isupper() or words.dep[i] in NAME_DEPS:
            continue
        token = doc[i]
        if not _name_word(token, covered):
            continue
        start = _name_before(doc, Draft(token.i, token.i + 1), covered)
        named_body = token.lower_ in GROUP_WORDS and start < token.i  # not "the Army"
        member = _member_start(doc, start, token)
        if not named_body and not _fights(doc[member] if member < start else token, armed):
            continue
        out.append(Draft(member, token.i + 1, sector=NAMED_SECTOR, resolution="dictionary"))
    return out


def _fights(phrase: Token, armed: set[int]) -> bool:
    """``phrase`` (the head of a name's phrase) is a side of a fight whose other side is armed
    men: "the army and AA clashed", "soldiers clashed with/fought the KLF"."""
    if phrase.dep_ == "conj":  # "government soldiers and the ALA clashed"
        side, verb = phrase.head, phrase.head.head
        return side.i in armed and side.dep_ == "nsubj" and verb.lemma_ in FIGHT_LEMMAS
    if phrase.dep_ == "pobj" and phrase.head.lower_ in AGAINST_PREPS:
        verb = phrase.head.head
    elif phrase.dep_ == "dobj":
        verb = phrase.head
    else:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_ in FIGHT_LEMMAS and any(c.i in armed for c in subjects)


def _member_start(doc: Doc, start: int, head: Token) -> int:
    """The start of "members of (the)" before a name starting at ``start``, else ``start``."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in MEMBER_WORDS:
        return start
    between = doc[of.i + 1 : start]
    if of.head.i + 1 != of.i or any(t.lower_ != "the" for t in between):
        return start
    return of.head.i


def _name_word(token: Token, covered: set[int]) -> bool:
    """A capitalised proper noun, acronym or named entity that is neither a place nor known."""
    if token.i in covered or not token.text[:1].isupper() or token.ent_type_ in NOT_NAME_ENTS:
        return False
    if token.lower_ in DESCRIPTIONS:
        return False
    return token.pos_ == "PROPN" or bool(token.ent_type_) or _acronym(token.text)


def _acronym(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def _overlaps(draft: Draft, drafts: Sequence[Draft]) -> bool:
    return any(d.start < draft.end and draft.start < d.end for d in drafts)
