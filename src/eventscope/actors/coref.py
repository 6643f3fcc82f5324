"""Coreference for actors: later names, titles, pronouns and collective references.

Rules, applied in document order over the drafts of :mod:`eventscope.actors.phrases`:

* A person introduced with a title ("Azerbaijani Foreign Minister Jeyhun Bayramov") is
  found again by full name or surname ("Bayramov", "Guo Min") -> same actor.
* "the minister", "the ambassador", "the Chinese envoy" (a person title after a
  determiner, no name) -> the nearest earlier person of the same title group (and the same
  country when one is given); with none, the title stays a generic actor (GOV, CHNGOV).
* "he"/"she"/"him"/"her" -> the nearest earlier person; dropped when there is none.
* "the militants", "the rebels", "the insurgents", "its fighters" (a definite or possessed
  word for fighters, no name) ->
  the nearest earlier named armed group ("Boko Haram", "M23 rebels"); with none, the word stays
  a generic actor (UAF, REB).
* "the sides", "the two leaders" -> the most recent actor of each of the two most recent
  distinct countries (two mentions over the same tokens); "the two countries" -> those
  two countries alone. Dropped when the article has named fewer than two countries.
  All get resolution ``coreference`` or ``collective``.

Example:
    >>> resolve(doc, drafts)   # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.syntax import SUBJECT_DEPS
from .drafts import ARMED_ANAPHOR
from .lexicon import normalise, token_norms
from .members import STATE_CODE_LENGTH
from .phrases import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAX_CLIMB = 4  # heads from a collective object up to its verb ("called on both sides")
MAX_LOOKBACK = 40  # drafts; an antecedent further back is more likely wrong than right
# Countries whose people's names put the family name first in English news ("Xi Jinping",
# "Kim Jong Un", "Lee Hsien Loong"); Vietnamese and Burmese names are referred to otherwise.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "SGP"})
MAX_FAMILY_FIRST_WORDS = 3
# Common Chinese and Korean family names, for a person whose country the phrase gives only
# later ("Chinese Foreign Minister Wang Yi"); not "He" or "Sun", which are English words too.
FAMILY_NAMES = frozenset(
    "xi li wang zhang liu chen yang zhao huang zhou wu xu hu zhu gao lin guo ma luo liang song "
    "zheng xie han tang feng dong cao deng peng zeng qin wei jiang shen "
    "kim lee park choi jung cho yoon kang jang lim moon".split()
)
ARMED_LOOKBACK = 12  # drafts: a group word refers to a group named a sentence or two before
# Pronouns of an object, bound outside their own clause (the subject is "himself").
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
POSSESSIVE_DEPS = frozenset({"poss"})
# Sectors of a country's armed group with a name of its own (CODREBM23, not the bare CODREB).
NAMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP"})


def resolve(doc: Doc, drafts: list[Draft], norms: list[str] | None = None) -> list[Draft]:
    """Add later name mentions of titled persons, then resolve anaphors in document order.

    ``norms``: the :func:`~eventscope.actors.lexicon.token_norms` of ``doc``, if known.
    """
    norms = token_norms(doc) if norms is None else norms
    names = name_mentions(doc, drafts, norms)
    merged = sorted([*drafts, *names], key=lambda d: (d.start, d.end))
    history: list[Draft] = []
    out: list[Draft] = []
    for draft in merged:
        if draft.needs is None:
            resolved: Draft | None = draft
        elif draft.needs.startswith("collective:"):
            out.extend(_collective(draft, _outside_subject(doc, draft, history)))
            continue
        elif draft.needs == ARMED_ANAPHOR:
            resolved = _armed_group(draft, history)
        else:
            resolved = _anaphor(draft, _antecedents(doc, draft, history))
        if resolved is None:
            continue
        out.append(resolved)
        if resolved.resolution != "context":
            history.append(resolved)
    return out


def name_mentions(doc: Doc, drafts: list[Draft], norms: list[str]) -> list[Draft]:
    """ "Bayramov", "Guo Min" after the titled mention that introduced them."""
    people = [d for d in drafts if d.name and d.resolution == "title"]
    if not people:
        return []
    by_first: dict[str, list[tuple[tuple[str, ...], Draft]]] = {}
    for person in people:
        words = tuple(normalise(w) for w in (person.name or "").split())
        # Full name first (longest), then the surname alone: the first word where the family
        # name comes first ("Xi Jinping ... Xi said", "Kim Jong Un ... Kim"), else the last.
        first = 1 < len(words) <= MAX_FAMILY_FIRST_WORDS and (
            person.country in FAMILY_NAME_FIRST or words[0] in FAMILY_NAMES
        )
        for key in (words, words[:1] if first else words[-1:]):
            by_first.setdefault(key[0], []).append((key, person))
    covered = {i for d in drafts for i in range(d.start, d.end)}
    found: list[Draft] = []
    i = 0
    while i < len(norms):
        match = None
        if norms[i] in by_first:
            match = _name_at(doc, norms, i, by_first, covered)
        if match is None:
            i += 1
            continue
        found.append(match)
        i = match.end
    return found


def _name_at(
    doc: Doc,
    norms: list[str],
    i: int,
    by_first: dict[str, list[tuple[tuple[str, ...], Draft]]],
    covered: set[int],
) -> Draft | None:
    token = doc[i]
    candidates = by_first.get(norms[i])
    if candidates is None or i in covered or not token.text[:1].isupper():
        return None
    for words, person in sorted(candidates, key=lambda c: -len(c[0])):
        end = i + len(words)
        if person.end > i or end > len(doc):
            continue
        if tuple(normalise(t.text) for t in doc[i:end]) == words and not covered & set(
            range(i, end)
        ):
            return _copy(person, i, end, "coreference")
    return None


def _anaphor(draft: Draft, history: list[Draft]) -> Draft | None:
    for earlier in reversed(history[-MAX_LOOKBACK:]):
        if not (earlier.person and earlier.name):
            continue
        if draft.needs == "pronoun":
            return _copy(earlier, draft.start, draft.end, "coreference")
        same_group = earlier.group == draft.group
        same_country = draft.country is None or draft.country == earlier.country
        if same_group and same_country:
            return _copy(earlier, draft.start, draft.end, "coreference")
    if draft.needs == "pronoun":
        return None
    return replace(draft, needs=None)


def _antecedents(doc: Doc, draft: Draft, history: list[Draft]) -> list[Draft]:
    """Who a pronoun may stand for: an object pronoun ("him", "her", "them") is never the
    subject of its own verb ("Kiir pardoned **him**": not Kiir; "Biden called Erdogan and urged
    **him**": Erdogan), a possessive or a subject ("**his** rival", "**he** said") may be."""
    token = doc[draft.end - 1]
    if token.lower_ not in OBJECT_PRONOUNS or token.dep_ in POSSESSIVE_DEPS:
        return history
    return _outside_subject(doc, draft, history)


def _armed_group(draft: Draft, history: list[Draft]) -> Draft:
    """ "Boko Haram fighters killed 12 farmers. The militants also burned a school": the
    nearest earlier named armed group, else the generic fighters ``draft`` names."""
    earlier = next((d for d in reversed(history[-ARMED_LOOKBACK:]) if named_group(d)), None)
    if earlier is None:
        return replace(draft, needs=None)
    return _copy(earlier, draft.start, draft.end, "coreference")


def named_group(draft: Draft) -> bool:
    """A transnational armed group (``IMG...``) or a country's armed group with a name."""
    code = draft.code or ""
    if code.startswith("IMG"):
        return len(code) > len("IMG")
    return len(code) > STATE_CODE_LENGTH and code[3:6] in NAMED_GROUP_SECTORS


def _outside_subject(doc: Doc, draft: Draft, history: list[Draft]) -> list[Draft]:
    """``history`` less the subject of the verb whose object ``draft`` is: in "Egypt and Qatar
    urged both sides to return to talks" the sides are not Egypt and Qatar, who urge them."""
    token = doc[draft.end - 1]
    for _ in range(_MAX_CLIMB):  # "urged both sides", "called on the two sides"
        if token.dep_ in SUBJECT_DEPS or token.head.i == token.i:
            return history
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and token.dep_ == "conj":  # "met X and urged him": met's subject
        subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return history
    first, last = subject.left_edge.i, subject.right_edge.i
    return [d for d in history if not first <= d.start <= last]


def _collective(draft: Draft, history: list[Draft]) -> list[Draft]:
    latest: dict[str, Draft] = {}
    for earlier in reversed(history[-MAX_LOOKBACK:]):
        if earlier.country and earlier.country not in latest:
            latest[earlier.country] = earlier
            if len(latest) == 2:
                break
    if len(latest) < 2:
        return []
    # Earlier country first, so "the sides" reads in the order the article named them.
    pair = sorted(latest.values(), key=lambda d: d.start)
    if draft.needs == "collective:country":
        return [
            Draft(draft.start, draft.end, country=d.country, resolution="collective") for d in pair
        ]
    return [_copy(d, draft.start, draft.end, "collective") for d in pair]


def _copy(source: Draft, start: int, end: int, resolution: str) -> Draft:
    return replace(source, start=start, end=end, resolution=resolution, needs=None)  # type: ignore[arg-type]
