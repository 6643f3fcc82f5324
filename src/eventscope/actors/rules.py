"""Context rules of the actor stage, read from ``data/actors/rules.toml``.

They decide when a dictionary hit is *not* an actor: a place after a locative preposition
("talks in Baku"), a country pair joined by a hyphen ("the Armenia-Azerbaijan border"), a
demonym modifying a thing ("Turkish coffee"), and which country an ambiguous name denotes
("Atlanta, Georgia" -> USA, "Tbilisi, Georgia" -> GEO).

Example:
    >>> rules = ContextRules.load()
    >>> "in" in rules.locative
    True
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..datafiles import check_keys
from ..errors import DataFileError
from ..nlp import MAX_DATELINE_TOKENS
from ..nlp.dateline import dateline_end
from ..nlp.syntax import ACTOR_SUBJECT_DEPS as SUBJECT_DEPS
from ..nlp.syntax import MODIFIER_DEPS
from .drafts import chain_sector
from .lexicon import DATA_PACKAGE, Hit, normalise
from .place_parts import part_of_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POSSESSIVE = frozenset({"'s", "'"})
# Agents that hold posts, bases and convoys (rules.toml ``installations``); a government holds
# them through its armed forces.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "GOV"})
# Bodies whose seat (rules.toml ``seats``: "the parliament building", "the party headquarters")
# stands for the body when it is stormed, attacked or besieged.
SEATED_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "COP", "MIL", "SPY"})


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A name with two readings; ``alternative`` wins when a cue word is next to it."""

    default: str
    alternative: str
    before: frozenset[str]
    after: frozenset[str]


# The schema of rules.toml: the keys each table must have (more tables may be added).
RULES_FILE = "data/actors/rules.toml"
RULES_SCHEMA: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "modifiers": ("words", "no_state_heads"),
        "places": (
            "locative_prepositions",
            "admin_words",
            "place_nouns",
            "name_particles",
            "reaction_heads",
        ),
        "pronouns": ("person",),
        "names": ("not_person_words",),
        "agents": (
            "need_country",
            "installations",
            "state_installations",
            "people_nouns",
            "crime_cues",
            "title_bodies",
            "mission_hosts",
        ),
        "collective": (),
        "ambiguous": (),
    }
)


def check_schema(data: dict[str, Any]) -> None:
    """A missing table or key names the file and the key (not a KeyError per article)."""
    check_keys(data, source=RULES_FILE, required=tuple(RULES_SCHEMA), optional=None)
    for table, keys in RULES_SCHEMA.items():
        check_keys(data[table], source=RULES_FILE, required=keys, optional=None, where=f"[{table}]")
    for name, item in data["ambiguous"].items():
        required = ("default", "alternative", "before", "after")
        check_keys(item, source=RULES_FILE, required=required, where=f"[ambiguous.{name}]")


@dataclass(frozen=True, slots=True)
class ContextRules:
    """The parsed ``rules.toml``."""

    modifiers: frozenset[str]
    no_state_heads: frozenset[str]
    locative: frozenset[str]
    admin_words: frozenset[str]
    place_nouns: frozenset[str]
    name_particles: frozenset[str]
    reaction_heads: frozenset[str]
    ambiguous: Mapping[str, Ambiguity]
    collective: Mapping[str, tuple[str, ...]]
    pronouns: tuple[str, ...]
    not_person_words: frozenset[str]
    need_country: frozenset[str]
    installations: frozenset[str] = frozenset()
    state_installations: frozenset[str] = frozenset()
    people_nouns: frozenset[str] = frozenset()
    civilian_places: frozenset[str] = frozenset()
    seats: frozenset[str] = frozenset()
    ruling_bodies: frozenset[str] = frozenset()
    crime_cues: frozenset[str] = frozenset()
    title_bodies: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    mission_hosts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def load(cls) -> ContextRules:
        try:
            raw = resources.files(DATA_PACKAGE).joinpath("rules.toml").read_text(encoding="utf-8")
            data: dict[str, Any] = tomllib.loads(raw)
            check_schema(data)
            ambiguous = {
                name: Ambiguity(
                    default=item["default"],
                    alternative=item["alternative"],
                    before=frozenset(item["before"]),
                    after=frozenset(item["after"]),
                )
                for name, item in data["ambiguous"].items()
            }
            return cls(
                modifiers=frozenset(data["modifiers"]["words"]),
                no_state_heads=frozenset(data["modifiers"]["no_state_heads"]),
                locative=frozenset(data["places"]["locative_prepositions"]),
                admin_words=frozenset(data["places"]["admin_words"]),
                place_nouns=frozenset(data["places"]["place_nouns"]),
                name_particles=frozenset(data["places"]["name_particles"]),
                reaction_heads=frozenset(data["places"]["reaction_heads"]),
                ambiguous=MappingProxyType(ambiguous),
                collective=MappingProxyType(
                    {copy: tuple(phrases) for copy, phrases in data["collective"].items()}
                ),
                pronouns=tuple(data["pronouns"]["person"]),
                not_person_words=frozenset(data["names"]["not_person_words"]),
                need_country=frozenset(data["agents"]["need_country"]),
                installations=frozenset(data["agents"]["installations"]),
                state_installations=frozenset(data["agents"]["state_installations"]),
                people_nouns=frozenset(data["agents"]["people_nouns"]),
                civilian_places=frozenset(data["agents"].get("civilian_places", ())),
                seats=frozenset(data["agents"].get("seats", ())),
                ruling_bodies=frozenset(data["agents"].get("ruling_bodies", ())),
                crime_cues=frozenset(data["agents"]["crime_cues"]),
                title_bodies=MappingProxyType(dict(data["agents"]["title_bodies"])),
                mission_hosts=MappingProxyType(dict(data["agents"]["mission_hosts"])),
            )
        except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
            raise DataFileError(detail=f"actor rules.toml is missing or malformed: {exc}") from exc

    def chain_sector(self, before: Sequence[Hit], head: str | None) -> str:
        """The sector of a GOV head word after the agent words ``before`` it
        (:func:`~.drafts.chain_sector`: "police spokesman" COP), except that a body that rules
        (``ruling_bodies``) led by the armed forces is the government: "the military
        government", "the military regime" GOV, not MIL ("a rebel government" stays REB).

        >>> ContextRules.load().chain_sector([], "regime")
        'GOV'
        """
        sector = chain_sector(before, self.need_country)
        return "GOV" if sector == "MIL" and head in self.ruling_bodies else sector

    def installation_head(self, doc: Doc, hit: Hit, starts: frozenset[int]) -> int | None:
        """The index of the post, base or convoy (``installations``) that an armed or state
        agent word modifies ("military post", "police station"), or of the seat (``seats``) a
        state body's word modifies ("the parliament building"), else None."""
        if hit.entry.person:
            return None
        token = doc[hit.end - 1]
        head = token.head
        if token.dep_ not in MODIFIER_DEPS or not hit.end <= head.i <= hit.end + 1:
            return None
        if not self._holds(head.lower_, hit.entry.sector) or head.i in starts:
            return None
        return int(head.i) if head.i == hit.end or head.i - 1 not in starts else None

    def _holds(self, word: str, sector: str | None) -> bool:
        if word in self.seats and sector in SEATED_SECTORS:
            return True
        return word in self.installations and sector in ARMED_SECTORS

    def holder_sector(self, word: str, sector: str | None) -> str | None:
        """The sector of the agent holding ``word``: a government holds posts through its
        armed forces (MIL), but its own buildings as the government.

        >>> ContextRules.shared().holder_sector("checkpoint", "GOV")
        'MIL'
        >>> ContextRules.shared().holder_sector("building", "GOV")
        'GOV'
        """
        if sector == "GOV" and word not in self.seats and word in self.installations:
            return "MIL"
        return sector

    @staticmethod
    @lru_cache(maxsize=1)
    def shared() -> ContextRules:
        """One parsed copy for the per-document helpers that are not given one (read once)."""
        return ContextRules.load()

    # -- predicates used by the phrase builder --------------------------------------------

    def answers_from(self, prep: Token) -> bool:
        """``prep`` is the "from" of a reaction (``reaction_heads``: "drew condemnation
        **from** Belgrade", "a rebuke **from** Washington"): its object answers, no place."""
        return prep.lower_ == "from" and prep.head.lemma_.lower() in self.reaction_heads

    def is_locative(self, doc: Doc, hit: Hit) -> bool:
        """True when the hit is the object of a place preposition ("in Baku", "from China"),
        except the "from" of a reaction ("drew condemnation from Belgrade": who answers)."""
        head = _top_of_conj(doc[hit.start : hit.end].root)
        prep = head.head
        if head.dep_ == "pobj" and self.answers_from(prep):
            return False
        if hit.start > 0 and doc[hit.start - 1].lower_ in self.locative:
            return True
        if head.dep_ == "pobj" and prep.lower_ in self.locative:
            return True
        return part_of_place(head, self.locative, self.place_nouns)  # "in the centre of Kyiv"

    def country_of(self, doc: Doc, hit: Hit, on: date | None = None) -> str | None:
        """The country a name denotes in context on date ``on`` (a former state's capital
        stands for that state); ``None`` when it is not a country here."""
        name = hit.entry.name
        ambiguity = self.ambiguous.get(normalise(name)) if name else None
        if ambiguity is None:
            return hit.entry.country_on(on)
        before = {normalise(doc[i].text) for i in range(max(0, hit.start - 2), hit.start)}
        after = {normalise(doc[i].text) for i in range(hit.end, min(len(doc), hit.end + 3))}
        if before & ambiguity.before or after & ambiguity.after:
            return ambiguity.alternative or None
        return ambiguity.default


def is_agentive(token: Token) -> bool:
    """Subject-like: a subject, apposition, root, or the object of "by" (also through "and")."""
    top = _top_of_conj(token)
    if top.dep_ in SUBJECT_DEPS:
        return True
    return top.dep_ == "pobj" and top.head.lower_ == "by"


def _top_of_conj(token: Token) -> Token:
    steps = 0
    # "in Atlanta, Georgia" / "in Baku and Ganja": climb conjuncts and appositions.
    while token.dep_ in ("conj", "appos") and token.head.i < token.i and steps < 10:
        token = token.head
        steps += 1
    return token


DATELINE_WORDS = MAX_DATELINE_TOKENS  # a dateline is short: "CITY, Month Day (Agency) -"


def in_dateline(doc: Doc, start: int) -> bool:
    """A name opening the text's wire dateline ("NAIROBI, May 4 - ...", "Baku, Aug 20 (AFP) -",
    read by :func:`~eventscope.nlp.dateline.dateline_end`): the place the story was filed
    from, not an actor. A hyphen in prose is none ("Seoul and Tokyo agreed to share real-time
    data", "Seoul-based analysts")."""
    return start == 0 and dateline_end(doc, 0) is not None


def agency_of_dateline(doc: Doc, start: int) -> bool:
    """A name in brackets in the text's dateline ("Kyiv (Reuters) -", "SEOUL, May 4 (AFP)
    -"): the agency that filed the story, no actor."""
    if not 0 < start < DATELINE_WORDS or doc[start - 1].text != "(":
        return False
    dash = dateline_end(doc, 0)
    return dash is not None and start < dash


# A headline may come before the dateline in scraped copy ("Germany arrests man BERLIN (AP) —").
HEADLINE_TOKENS = 60
AGENCY_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def headline_agency(doc: Doc, start: int) -> bool:
    """A bracketed name right before a dash near the top of the text ("BERLIN (AP) —" after a
    headline): where a news agency's name stands, its byline, no actor (the caller checks
    that the name is a news medium's: "the Atomic Energy Agency (IAEA) - the UN watchdog -"
    names an actor)."""
    if not 0 < start < HEADLINE_TOKENS or doc[start - 1].text != "(":
        return False
    close = next(
        (i for i in range(start + 1, min(start + 5, len(doc))) if doc[i].text == ")"), None
    )
    return close is not None and close + 1 < len(doc) and doc[close + 1].text in AGENCY_DASHES


def hyphen_chain(doc: Doc, hits: list[Hit], k: int, names: frozenset[str]) -> int:
    """How many country-like hits from ``k`` are joined by bare hyphens ("Armenia-Azerbaijan")."""
    length = 1
    while k + length < len(hits):
        left, right = hits[k + length - 1], hits[k + length]
        joined = (
            right.start == left.end + 1
            and doc[left.end].text in ("-", "\u2013")
            and not doc[left.end - 1].whitespace_
            and not doc[left.end].whitespace_
            and right.entry.kind in names
        )
        if not joined:
            break
        length += 1
    return length


def is_possessive(doc: Doc, i: int) -> bool:
    return i < len(doc) and (doc[i].tag_ == "POS" or normalise(doc[i].text) in POSSESSIVE)


def no_role_word(doc: Doc, hit: Hit, need_country: frozenset[str]) -> bool:
    """A word that is an actor only with a nationality ("a French national", "an Israeli
    woman") is none as an adjective ("the Iraqi national security adviser": the phrase goes
    on to its agent word) or capitalised inside a sentence, a piece of a name ("the Houthi
    National Resistance Forces")."""
    token = doc[hit.start]
    if hit.entry.kind != "agent" or hit.entry.name not in need_country or hit.end - hit.start > 1:
        return False
    return token.pos_ == "ADJ" or (token.is_title and token.is_sent_start is False)
