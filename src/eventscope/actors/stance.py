"""Stance prefixes: "anti-X" and "pro-X" before an actor word name a side taken on X, not X.

CONTRACT:

    hits = stance_hits(doc, hits, on)   # the lexicon hits, with stance-marked names rewritten

"anti-Houthi forces" fight the Houthis, "anti-government protesters" oppose a government,
"pro-Russian separatists" are aligned with Russia without being Russian: coding X as the
actor turns the sides of the event around. So are "Iranian-backed militias", "Russia-funded
separatists": the sponsor X glued to "-backed", "-funded"... is dropped and the group's
country comes from its context. So a name X (a country, a demonym, an organisation
or a state word such as "government") glued to "anti-"/"pro-" is dropped and the agent word
right after it is the actor, over the whole phrase; its country comes from its other
context (actors/context.py: the place, the dateline, the article), not from X. The sector
follows the CAMEO actor codebook:

* anti + a state word (government, regime, army, police) + an armed word: armed opposition,
  REB ("anti-government forces", "anti-regime militias"); other words keep their own sector
  ("anti-government protesters" stay OPP);
* anti + a named non-state group + an armed word: an armed group known only by the enemy it
  fights, of no stated allegiance, UAF, in the group's country (a domestic war is fought at
  home: "anti-Houthi forces" YEM UAF, "anti-Taliban militias" AFG UAF; a transnational
  group's enemies get their country from the context);
* pro + a state word + an armed word: the state's forces, MIL, as CAMEO codes pro-government
  militias ("pro-government gunmen");
* anti/pro + a capital (the government seated there) + an armed word: the same, in the
  capital's country ("anti-Baghdad rebels" IRQ REB, "pro-Damascus militias" SYR MIL);
* pro + a non-state armed group + an armed word: fighters on the group's side, of the group's
  country and sector ("pro-Houthi forces" YEM REB) but not the group's own code;
* anti/pro + a country or demonym: the agent word alone ("pro-Russian separatists" SEP of the
  place's country, "an anti-Syria journalist" MED).

A stance-marked organisation or state word with no agent word after it ("an anti-Houthi
offensive") names no actor, but "pro-<group>" names the group's side ("pro-Houthi elements");
a country there stays, as the context it already is ("anti-American protests": a modifier of
a thing).

Example:
    >>> stance_hits(None, [], None)
    []
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.docmemo import doc_words
from ..nlp.syntax import MODIFIER_DEPS
from .lexicon import COUNTRYISH, Entry, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc

STANCES = frozenset({"anti", "pro"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # "government", "regime", "army", "police"
ARMED = frozenset({"MIL", "COP", "UAF", "REB", "INS", "SEP"})
MAX_GAP = 3
GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "MIL", "GOV", "PTY"})
# "<X>-backed <group>": X supports the group from outside, the group is not X's (a proxy).
PROXIES = frozenset({"proxies", "proxy"})  # "Iran's proxies", "Iranian proxy militias"
SPONSORED = frozenset(
    {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained"}
)


def stance_hits(doc: Doc | None, hits: list[Hit], on: date | None) -> list[Hit]:
    """``hits`` with every stance-marked name rewritten as the module docstring says."""
    if doc is None or not hits:
        return hits
    hits = [hit for hit in hits if not is_sponsor(doc, hit.end)]
    out: list[Hit] = []
    k = 0
    while k < len(hits):
        hit = hits[k]
        stance = _stance_before(doc, hit.start)
        if stance is None:
            out.append(hit)
            k += 1
            continue
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if hit.entry.kind == "agent" and hit.end - hit.start > 1:
            out.append(_compound(hit, stance))  # "anti-government forces": one entry
            k += 1
            continue
        if nxt is None or nxt.entry.kind != "agent" or not _modifiers_between(doc, hit, nxt):
            out.extend(_alone(hit, stance, on))
            k += 1
            continue
        out.extend(_sided(hit, nxt, stance, hit.start - 2, on))
        k += 2
    return out


def is_sponsor(doc: Doc, end: int) -> bool:
    """A name glued to "-backed", "-funded"... at token ``end`` ("Iranian-backed militias",
    "Russia-backed separatists"), or before "proxies" ("Iran's proxies", "Iranian proxy
    forces"): the sponsor of the group, neither the group nor the actor."""
    words = doc_words(doc)  # asked for every actor hit: strings, no token unless needed
    if end + 1 >= len(words.text):
        return False
    if PROXIES.intersection(words.lower[end : end + 2]):
        after = end + 1 if doc[end].tag_ == "POS" else end
        if words.lower[after] in PROXIES:
            return True
    if words.text[end] not in HYPHENS or words.space[end - 1]:
        return False
    return not words.space[end] and words.lower[end + 1] in SPONSORED


def _modifiers_between(doc: Doc, name: Hit, agent: Hit) -> bool:
    """The agent word follows the name directly or after up to 3 modifiers of it ("anti-Houthi
    National Resistance forces")."""
    gap = range(name.end, agent.start)
    if len(gap) > MAX_GAP:
        return False
    return all(doc[i].dep_ in MODIFIER_DEPS and doc[i].head.i > i for i in gap)


def _stance_before(doc: Doc, start: int) -> str | None:
    """ "anti"/"pro" glued by a hyphen to the token at ``start`` (spaCy splits "anti-Houthi"
    into three tokens), else None."""
    if start < 2:
        return None
    words = doc_words(doc)  # asked for every actor hit: strings, no token
    if words.text[start - 1] not in HYPHENS or words.space[start - 1] or words.space[start - 2]:
        return None
    word = words.lower[start - 2]
    return word if word in STANCES else None


def _sided(name: Hit, agent: Hit, stance: str, start: int, on: date | None) -> list[Hit]:
    """The hits that stand for "<stance>-<name> <agent>" (see the module docstring)."""
    role = agent.entry
    armed = role.sector in ARMED
    state = name.entry.kind == "agent" and name.entry.sector in STATE_SECTORS
    capital = name.entry.kind == "capital"  # "anti-Baghdad rebels": the government there
    if (state or capital) and armed:
        role = replace(role, sector="REB" if stance == "anti" else "MIL")
    if capital and armed:  # a war on (or for) a government is fought in its country
        seat = Entry("org", country=name.entry.country_on(on), sector=role.sector)
        return [Hit(start, name.end, seat), replace(agent, entry=role)]
    group = _group(name.entry, on) if armed else None
    if group is None:
        return [Hit(start, agent.end, role)]
    country, sector = group
    if stance == "anti":
        sector = "UAF"  # known only by whom it fights: of no stated allegiance, no state's army
    # the group's country as a modifier with no code of its own, the side's sector on the agent
    side = Hit(start, name.end, Entry("org", country=country, sector=sector))
    return [side, replace(agent, entry=replace(role, sector=sector))]


def _alone(hit: Hit, stance: str, on: date | None) -> list[Hit]:
    """A stance-marked name with no agent word after it: a country after "anti" stays (the
    context it is, "anti-American protests": what they are against); after "pro" it is no
    actor ("dispersed a pro-Palestinian rally" disperses no Palestinians); "pro-<group>" is
    the group's side ("pro-Houthi elements": YEM REB, not the group's code); anything else
    names no actor."""
    if hit.entry.kind in COUNTRYISH:
        return [hit] if stance == "anti" else []
    group = _group(hit.entry, on) if stance == "pro" else None
    if group is None:
        return []
    return [Hit(hit.start - 2, hit.end, Entry("org", country=group[0], sector=group[1]))]


def _compound(hit: Hit, stance: str) -> Hit:
    """A stance-marked agent entry of several words that starts with the side's name
    ("government forces", "regime troops"): armed, it is REB after "anti"; over the prefix."""
    role = hit.entry
    if stance == "anti" and role.sector in ARMED:
        role = replace(role, sector="REB")
    return Hit(hit.start - 2, hit.end, role)


def _group(entry: Entry, on: date | None) -> tuple[str | None, str] | None:
    """(country, sector) of a non-state armed group's code ("YEMREBHTH": YEM, REB), else None;
    a transnational group (IMG...) has no country."""
    if entry.kind != "org":
        return None
    code = entry.code_on(on) or ""
    if code.startswith("IMG"):
        return None, "REB"
    if len(code) >= 6 and code[3:6] in GROUP_SECTORS - {"MIL", "GOV"}:
        return code[:3], code[3:6]
    return None
