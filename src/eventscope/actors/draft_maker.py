"""One draft from one dictionary entry: what :class:`~.phrases.PhraseBuilder` builds with.

Contract: a :class:`DraftMaker` holds one document, its lexicon hits, the context rules, the
document date ``on`` and the hits' start tokens. Its methods turn an entry at a token span
into a :class:`~.drafts.Draft`: an agent word with its modifier ("Iraqi police": IRQ COP,
resolution ``modifier``; "UN envoy" keeps the UN's code), a known person under a title, an
organisation or user entry (with its dated code), and a person's name next to a title
("Foreign Minister Jeyhun Bayramov", "Bayramov, the minister"). Which tokens form one phrase
is :class:`~.phrases.PhraseBuilder`'s decision; this class only builds.

Example:
    >>> import spacy
    >>> doc = spacy.blank("en")("the UN envoy")
    >>> un = Hit(1, 2, Entry("org", code="IGOUNO", name="United Nations"))
    >>> maker = DraftMaker(doc, [un], ContextRules.load(), None, frozenset({1}))
    >>> envoy = Entry("agent", sector="GOV", person=True)
    >>> maker._role_draft(maker._with_det(1), 3, envoy, un).code
    'IGOUNO'
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..models import Resolution
from ..nlp.syntax import MODIFIER_DEPS
from .armed_weapons import owned_weapon, weapon_force
from .drafts import ARMED_ANAPHOR, OWNER_PRONOUNS, Draft
from .lexicon import REGION, Entry, Hit
from .members import STATE_CODE_LENGTH
from .names import NameFinder
from .people_nouns import people_head
from .rules import ContextRules
from .userdict import actor_entry

if TYPE_CHECKING:
    from spacy.tokens import Doc

DETERMINERS = frozenset({"the", "this", "that"})
TOWN_KINDS = frozenset({"capital", "city", "place"})  # names a town or province, not a state

# Words for unnamed fighters, and the sectors of named groups whose code they take.
FIGHTER_SECTORS = frozenset({"UAF", "MIL", "REB", "INS", "SEP"})
GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "CRM", "UAF"})
GROUP_FIGHTERS = FIGHTER_SECTORS - {"MIL"}  # "the troops" are a state's, not a group's
# Armed sectors a force named for a people or region inside a state does not keep: "Tigrayan
# forces", "Kurdish fighters", "Baloch gunmen" are an armed group of the country (REB), not its
# army (MIL) and no unidentified group (UAF): CAMEO's state forces are the government's.
STATE_ARMED = frozenset({"MIL", "UAF"})
# Posts that only an armed group holds ("Kurdish positions"); a people's camps, stations or
# vehicles are no force's ("Rohingya camps").
HELD_BY_FIGHTERS = frozenset({
    "post", "posts", "outpost", "outposts", "position", "positions", "base", "bases",
    "checkpoint", "checkpoints", "stronghold", "strongholds", "hideout", "hideouts",
    "trench", "trenches", "garrison", "garrisons",
})  # fmt: skip
# CAMEO elites: people of no office (actors/agents.tsv politician, candidate).
ELITES = "ELI"
# People who work for a company or buy from it ("Uber drivers", "Amazon workers", "Nestle
# farmers"): they live where they are, not in the company's home country; its executives
# and owners (BUS, ELI) are the company's.
FIRM_PEOPLE = frozenset({"LAB", "CVL", "AGR"})
# A party's workers and youths are its members (South Asian and African news: "BJP workers",
# "ZANU-PF youths"), not labour or civilians: they take the party's code.
PARTY = "PTY"
PARTY_PEOPLE = frozenset({"LAB", "CVL"})


def region_sector(sector: str | None, modifier: Hit | None) -> str | None:
    """The sector of a role under ``modifier``: REB for armed forces named for a people inside
    a state (peoples.tsv), else ``sector``.

    >>> kurdish = Hit(0, 1, Entry("demonym", extra=REGION))
    >>> region_sector("MIL", kurdish), region_sector("COP", kurdish), region_sector("MIL", None)
    ('REB', 'COP', 'MIL')
    """
    if modifier is not None and modifier.entry.extra == REGION and sector in STATE_ARMED:
        return "REB"
    return sector


def _force_sector(role: Entry, modifier: Hit | None) -> str | None:
    """:func:`region_sector`, and REB for the "forces", fighters or militias of a province
    ("Tigray forces", "Darfur militias"): armed men named for a region, not the state's army;
    its troops, soldiers, police and guards keep their sector ("Punjab police")."""
    if role.sector == ELITES and modifier is not None and modifier.entry.kind == "org":
        return modifier.entry.sector  # "candidates from Hamas" are Hamas: its sector
    province = modifier is not None and modifier.entry.kind == "place"
    if province and (role.sector == "UAF" or (role.sector == "MIL" and role.name == "forces")):
        return "REB"
    return region_sector(role.sector, modifier)


def firm_people(role: Entry, modifier: Entry) -> bool:
    """``role`` under ``modifier`` names a company's workers or customers, who belong to the
    country they are in ("Uber drivers protested in Nairobi": Kenyan workers), not its
    owners' (FIRM_PEOPLE).

    >>> uber = Entry("org", country="USA", sector="BUS", code="USABUS", name="Uber")
    >>> drivers, chief = Entry("agent", sector="LAB"), Entry("agent", sector="BUS", person=True)
    >>> firm_people(drivers, uber), firm_people(chief, uber)
    (True, False)
    """
    firm = modifier.kind == "org" and modifier.sector == "BUS" and modifier.country is not None
    return firm and role.sector in FIRM_PEOPLE


def party_people(role: Entry, modifier: Entry) -> bool:
    """``role`` under ``modifier`` names a political party's rank and file ("BJP workers",
    "workers of the Awami League", "ANC youths"): party workers are its members, not labour,
    and CAMEO codes a party's members with the party's code (PTY).

    >>> bjp = Entry("org", country="IND", sector="PTY", code="INDPTYBJP", name="BJP")
    >>> workers, uber = Entry("agent", sector="LAB"), Entry("org", country="USA", sector="BUS")
    >>> party_people(workers, bjp), party_people(workers, uber)
    (True, False)
    """
    return modifier.kind == "org" and modifier.sector == PARTY and role.sector in PARTY_PEOPLE


def _group_title(role: Entry, code: str | None) -> bool:
    """The plural of a title ("leaders", "officials": agents.tsv rows with a title group) under
    an organisation whose code is more than a country ("Hamas leaders" PSEREBHMS): they hold
    its offices, as one "Hamas leader" does. A body coded by its country alone ("Triad
    officials", a user entry for several states) gives each state the role's sector."""
    return role.group is not None and len(code or "") > 3


def code_sector(code: str | None, sector: str | None) -> str | None:
    """The sector that ``code`` carries, else ``sector``: a role that takes an organisation's
    code takes its sector too, so the two agree ("UN envoy" IGOUNO is IGO, not GOV; "Hamas
    commander" PSEREBHMS is REB).

    >>> code_sector("IGOUNO", "GOV"), code_sector("PSEREBHMS", "MIL"), code_sector(None, "GOV")
    ('IGO', 'REB', 'GOV')
    """
    if not code:
        return sector
    return actor_entry(code, name="").sector or sector


@dataclass(frozen=True, slots=True)
class DraftMaker:
    """One document's hits and rules, and the methods that make drafts of them."""

    doc: Doc
    hits: list[Hit]
    rules: ContextRules
    on: date | None
    starts: frozenset[int]

    def _with_det(self, start: int) -> int:
        # "that" opening a clause ("demanded that President X resign") is no determiner
        before = self.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in DETERMINERS and before.dep_ != "mark":
            return start - 1
        return start

    def _group_member(self, modifier: Hit, role: Entry) -> bool:
        """A named armed group before a word for unnamed fighters ("militants", "gunmen"), or
        an armed movement that rules ("Taliban fighters" after 2021: AFGGOVTAL)."""
        if modifier.entry.kind != "org" or role.sector not in FIGHTER_SECTORS:
            return False
        code = modifier.entry.code_on(self.on) or ""
        ruling = code[3:6] == "GOV" and len(code) > STATE_CODE_LENGTH
        return code.startswith("IMG") or code[3:6] in GROUP_SECTORS or ruling

    def _armed_weapon(self, first: int, k: int, start: int, end: int) -> list[Draft]:
        """The force an agent word names for a weapon of no nationality ("army helicopters",
        "police drones": :func:`~.armed_weapons.weapon_force`), else none ("fired a missile":
        a weapon alone is no actor). ``first``..``k`` are the hits of the chain, ``k`` the
        weapon's."""
        weapon, head = self.hits[k].entry, self.doc[end - 1]
        sector = weapon_force(self.hits[first:k], weapon, self.rules.need_country)
        sector = sector or owned_weapon(head, weapon)  # "its aircraft struck"
        if sector is None or head.dep_ != "nsubj":  # the weapons act, not struck
            return []
        return [self._role_draft(start, end, replace(weapon, sector=sector), None)]

    def _titled_person(self, start: int, person: Hit, role: Entry, modifier: Hit | None) -> Draft:
        """ "Azerbaijani Foreign Minister Jeyhun Bayramov" with the name in people.csv: the
        title in the text gives the sector, the text or the dictionary the country."""
        known = self._entry_draft(start, person.end, person.entry, None)
        if known.country is None and known.code:
            return replace(known, resolution="title")  # an IGO office holder keeps its code
        body = self._title_body(start, person.end, role) if modifier is None else None
        if body is not None:  # "Secretary-General Kofi Annan": the office, not his country
            sector = code_sector(body, role.sector)
            return Draft(start, person.end, sector=sector, code=body, name=known.name,
                         resolution="title", group=role.group, person=True)  # fmt: skip
        country = self._country(modifier) if modifier is not None else None
        if modifier is not None and modifier.entry.kind == "org":
            # "Arab League Secretary-General Chedli Klibi", "Hezbollah leader Hassan Nasrallah":
            # the text names the office in that body, whatever the dictionary's dates say
            code = modifier.entry.code_on(self.on)
            return Draft(start, person.end, country=country, sector=code_sector(code, role.sector),
                         code=code, name=known.name,
                         resolution="title", group=role.group, person=True)  # fmt: skip
        return Draft(start, person.end, country=country or known.country, sector=role.sector,
                     name=known.name, resolution="title", group=role.group,
                     person=True)  # fmt: skip

    def _role_draft(self, start: int, end: int, role: Entry, modifier: Hit | None) -> Draft:
        if modifier is not None and firm_people(role, modifier.entry):
            return Draft(start, end, sector=role.sector, group=role.group)  # country: context
        country = self._country(modifier) if modifier is not None else None
        code = None
        if (
            modifier is not None
            and modifier.entry.kind == "org"
            and (
                country is None
                or role.person
                or role.sector in (ELITES, None)
                or _group_title(role, modifier.entry.code_on(self.on))
                or party_people(role, modifier.entry)
            )
        ):
            # "UN envoy" stays the UN, "Hamas leader(s)" Hamas, "candidates from Hamas" too: an
            # elite's word (a candidate, a politician) adds no sector to its organisation's,
            # nor does a word of no sector ("factions of Mayi Mayi" are Mayi Mayi).
            code = modifier.entry.code_on(self.on)
        elif modifier is None:
            code = self._title_body(start, end, role)  # "the Secretary-General said"
        definite = self.doc[start].lower_ in DETERMINERS
        needs = "definite" if role.person and definite and modifier is None else None
        if role.person and definite and modifier is not None and modifier.entry.kind == "demonym":
            needs = "definite"  # "the Chinese envoy": prefer the earlier Chinese envoy
        # "its fighters", "their militants": fighters of the group the story named before them
        owned = start > 0 and self.doc[start - 1].lower_ in OWNER_PRONOUNS
        if not role.person and (definite or owned) and modifier is None:
            # "the militants", "its fighters": the armed group named before, if any
            needs = ARMED_ANAPHOR if role.sector in GROUP_FIGHTERS else needs
        # A group named by its role takes the country of its modifier ("Iraqi police"); a
        # role of a town is "located" ("gunmen in Tripoli", "the mayor of Tripoli"): the town
        # may be another country's namesake, which the places stage decides (actors/context.py).
        why: Resolution = "modifier" if country and not role.person else "dictionary"
        if country and modifier is not None and modifier.entry.kind in TOWN_KINDS:
            why = "located"
        sector = _force_sector(role, modifier)
        return Draft(start, end, country=country, sector=code_sector(code, sector),
                     code=code, group=role.group, person=role.person, needs=needs,
                     resolution=why, also=self._member_roles(modifier, role.sector))  # fmt: skip

    def _bare_people(self, hit: Hit) -> list[Draft]:
        """A people inside a state with no agent word names no state ("Rakhine State", "the
        Dogon village"), but one person ("a Tigrayan", CVL) or the armed group holding a post
        ("Kurdish positions", REB); a people of several states takes its country from context."""
        country = hit.entry.country
        person = self._one_person(hit)
        if person is not None:
            return [Draft(person, hit.end, country=country, sector="CVL")]
        people = people_head(self.doc, hit, self.rules.people_nouns, self.starts)
        if people is not None:  # "Kurdish interpreters": civilians, as "Afghan interpreters"
            return [Draft(self._with_det(hit.start), people + 1, country=country, sector="CVL")]
        armed = replace(hit, entry=replace(hit.entry, sector="REB"))
        held = self.rules.installation_head(self.doc, armed, self.starts)
        if held is None or self.doc[held].lower_ not in HELD_BY_FIGHTERS:
            return []
        return [Draft(self._with_det(hit.start), held + 1, country=country, sector="REB")]

    def _one_person(self, hit: Hit) -> int | None:
        """The start of a demonym used as a noun after "a"/"an" ("a Palestinian", "an ethnic
        Uzbek"): one person, not a modifier ("a Palestinian official" is caught earlier) or
        the state; else None."""
        token = self.doc[hit.end - 1]
        start = hit.start - 1
        if start > 0 and self.doc[start].lower_ == "ethnic":
            start -= 1
        if start < 0 or self.doc[start].lower_ not in ("a", "an"):
            return None
        noun = token.pos_ in ("NOUN", "PROPN") and token.dep_ not in MODIFIER_DEPS
        return start if noun else None

    def _title_body(self, start: int, end: int, role: Entry) -> str | None:
        """The organisation whose office a title names when the text names no body (rules.toml
        ``title_bodies``); None after a possessive ("its secretary general") or before "of"
        ("the secretary-general of the party"), where the body is elsewhere."""
        body = self.rules.title_bodies.get(role.name or "") if role.person else None
        if body is None:
            return None
        if start > 0 and self.doc[start - 1].tag_ in ("PRP$", "POS"):
            return None
        if end < len(self.doc) and self.doc[end].lower_ == "of":
            return None
        return body

    def _member_roles(self, modifier: Hit | None, sector: str | None) -> tuple[str, ...]:
        """ "Triad officials", the Triad a user entry naming KRV, OST and MRN: the same role
        of each further member (OSTGOV, MRNGOV); an organisation member keeps its code."""
        if modifier is None or not modifier.entry.user:
            return ()
        others = modifier.entry.codes_on(self.on)[1:]
        return tuple(
            c if actor_entry(c, name="").country is None else c[:3] + (sector or "") for c in others
        )

    def _held_by_government(self, draft: Draft) -> Draft:
        """ "GNA positions", "a GNA camp": a named government's posts, bases and convoys are
        held by its armed forces (MIL), as "government positions" are (rules.toml
        ``installations``); any other draft is returned as it is."""
        code = draft.code or ""
        if len(code) != 6 or code[3:] != "GOV" or draft.person:
            return draft
        token = self.doc[draft.end - 1]
        head = token.head
        if token.dep_ not in MODIFIER_DEPS or head.i != draft.end:
            return draft
        if head.lower_ not in self.rules.installations or head.i in self.starts:
            return draft
        return replace(draft, end=head.i + 1, sector="MIL", code=code[:3] + "MIL", also=())

    def _names(self) -> NameFinder:
        return NameFinder(self.doc, self.starts, self.rules.not_person_words)

    def _with_name(self, draft: Draft, role: Entry) -> Draft:
        if not role.person:
            return draft
        names = self._names()
        name_end = names.after(draft.end)
        if name_end > draft.end:
            name = self.doc[draft.end : name_end].text
            return replace(draft, end=name_end, name=name, resolution="title", needs=None)
        name_start = names.before(draft.start, draft.end - 1)
        if name_start < draft.start:
            name = self.doc[name_start : draft.start - 1].text
            return replace(draft, start=name_start, name=name, resolution="title", needs=None)
        name_end = names.after_comma(draft.end)
        if name_end > draft.end:
            name = self.doc[draft.end + 1 : name_end].text
            return replace(draft, end=name_end, name=name, resolution="title", needs=None)
        return draft

    def _entry_draft(self, start: int, end: int, entry: Entry, country: str | None) -> Draft:
        codes = entry.codes_on(self.on)
        code = codes[0] if codes else None
        resolution: Resolution = "user" if entry.user else "dictionary"
        if entry.dated and code:
            # A dated code may change the country and the sector too (HOB -> HOBGOV).
            dated = actor_entry(code, name=entry.name or "")
            country = dated.country
            sector = dated.sector
        else:
            sector = entry.sector
        return Draft(start, end, country=country, sector=sector, code=code, name=entry.name,
                     resolution=resolution, person=entry.person, also=codes[1:])  # fmt: skip

    def _country(self, hit: Hit) -> str | None:
        if hit.entry.user:
            code = hit.entry.code_on(self.on)
            return code[:3] if code and hit.entry.country is not None else hit.entry.country
        return self.rules.country_of(self.doc, hit, self.on)
