"""Actor phrases: combine dictionary hits into whole noun phrases.

One phrase becomes one draft mention: "Azerbaijani Foreign Minister Jeyhun Bayramov"
(demonym + title + name -> a person, AZE GOV, resolution ``title``), "China's Ambassador
Guo Min", "Guo Min, China's envoy" (apposition), "the Armenian armed forces" (ARM MIL),
"Chinese tech giant Huawei" (the company), "the President of Azerbaijan" (AZE GOV).
Pronouns, collectives ("the sides") and bare titles ("the minister") become drafts that
:mod:`eventscope.actors.coref` resolves.

Not actors (no draft): a capital or city after a locative preposition ("talks in Baku"),
a hyphenated country pair ("the Armenia-Azerbaijan border"), a sub-national place that is not
subject-like, a name inside a feature's name ("the Gulf of Oman"). A country's military post
("Russian positions") is its MIL (``posts.py``).

Context only (a draft with resolution ``context``, over the country word alone): a country
after a locative preposition ("a curfew in Sudan") and a country or demonym modifying a noun
that names no agent ("Turkish coffee", "a U.S. request"). They are never the subject or object
of a clause, are left out of coreference and collectives, and let the events stage find the
author of a nominal event ("rejected a U.S. request") or a location target.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.feature_names import in_feature_name
from ..nlp.syntax import MODIFIER_DEPS, MODIFIER_POS, NOMINAL_POS
from .currency import currency_after, head_lower
from .draft_maker import DraftMaker, region_sector
from .drafts import Draft, chain_sector, of_agent, of_country
from .embedded import longer_names, with_acronyms
from .lexicon import COUNTRYISH, REGION, Entry, Hit, normalise
from .people_nouns import owned_by_country
from .place_lists import locates_group
from .rules import (
    ContextRules,
    hyphen_chain,
    in_dateline,
    is_agentive,
    is_possessive,
    no_role_word,
)
from .stance import stance_hits

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class PhraseBuilder(DraftMaker):
    """Turns the hits of one document into drafts (see the module docstring); the drafts of
    single entries are :class:`~.draft_maker.DraftMaker`'s."""

    @classmethod
    def of(cls, doc: Doc, hits: list[Hit], rules: ContextRules, on: date | None) -> PhraseBuilder:
        # "the Gulf of Oman", "Lake Chad": no party (nlp/feature_names.py)
        hits = [h for h in hits if not (no_role_word(doc, h, rules.need_country)
                                        or in_feature_name(doc, h.start, h.end))]  # fmt: skip
        hits = stance_hits(doc, hits, on)  # "anti-Houthi forces" are not Houthis
        hits = longer_names(doc, hits, on)  # "Karen National Liberation Army": not the ELN
        hits = with_acronyms(doc, hits)  # "the Arakan Army (AA)" ... "the AA"
        hits = [_ethnic(doc, hit) for hit in hits]
        return cls(doc, hits, rules, on, frozenset(h.start for h in hits))

    def build(self) -> list[Draft]:
        drafts: list[Draft] = []
        k = 0
        while k < len(self.hits):
            made, k = self._phrase_at(k)
            drafts.extend(made)
        return drafts

    # -- dispatch ----------------------------------------------------------------------------

    def _phrase_at(self, k: int) -> tuple[list[Draft], int]:
        hit = self.hits[k]
        kind = hit.entry.kind
        if kind == "pronoun":
            ok = self.doc[hit.start].pos_ == "PRON"
            return ([Draft(hit.start, hit.end, needs="pronoun")] if ok else []), k + 1
        if kind == "collective":
            return [Draft(hit.start, hit.end, needs="collective:" + hit.entry.extra)], k + 1
        if kind in COUNTRYISH:
            chain = hyphen_chain(self.doc, self.hits, k, COUNTRYISH)
            if chain > 1:
                return [], k + chain
        if kind == "agent":
            return self._agent_phrase(k, start=hit.start, modifier=None)
        return self._modifier_phrase(k)

    # -- "Chinese" / "China's" / "UN" + agent ------------------------------------------------

    def _modifier_phrase(self, k: int) -> tuple[list[Draft], int]:
        hit = self.hits[k]
        stacked = self._stacked(k)
        if stacked is not None:
            return stacked
        coordinated = self._coordinated(k)
        if coordinated is not None:
            return coordinated
        pos = hit.end + 1 if is_possessive(self.doc, hit.end) else hit.end
        pos = self._skip_modifiers(pos)
        role = k + 1 if self._agent_chain_starts(k + 1, pos) else None
        if role is not None:
            return self._agent_phrase(role, start=self._with_det(hit.start), modifier=hit)
        return self._bare(hit), k + 1

    def _stacked(self, k: int) -> tuple[list[Draft], int] | None:
        """ "the Turkish Cypriot leader", "the Pakistani Taliban": the nearer word decides."""
        hit = self.hits[k]
        if hit.entry.kind != "demonym" or k + 1 >= len(self.hits):
            return None
        nxt = self.hits[k + 1]
        if nxt.start != hit.end:
            return None
        start = self._with_det(hit.start)
        if nxt.entry.kind == "demonym":
            made, after = self._modifier_phrase(k + 1)
            if not made:
                return [], after
            # "Syrian Kurdish forces": a people of several states lives in the outer one
            first = replace(made[0], start=start)
            if first.country is None and not first.person:
                country = self.rules.country_of(self.doc, hit, self.on)
                first = replace(first, country=country, resolution="modifier")
            return [first, *made[1:]], after
        if nxt.entry.kind != "org" or nxt.entry.user:
            return None
        entry = nxt.entry
        country = self.rules.country_of(self.doc, hit, self.on)
        code = entry.code if entry.country is None else None  # IGOs keep their code
        draft = Draft(start, nxt.end, country=country, sector=entry.sector, code=code,
                      name=entry.name)  # fmt: skip
        return [draft], k + 2

    def _coordinated(self, k: int) -> tuple[list[Draft], int] | None:
        """ "Armenian and Azerbaijani forces": the first demonym shares the second's agent."""
        hit = self.hits[k]
        if hit.entry.kind not in ("demonym", "org") or k + 1 >= len(self.hits):
            return None
        second = self.hits[k + 1]
        if second.entry.kind != hit.entry.kind or second.start != hit.end + 1:
            return None
        if self.doc[hit.end].lower_ not in ("and", "or", ","):
            return None
        if hit.entry.kind == "org":
            return self._coordinated_orgs(k)
        made, after = self._modifier_phrase(k + 1)
        if not made or made[0].sector is None or made[0].person:
            return None
        country = self.rules.country_of(self.doc, hit, self.on)
        sector: str | None = made[0].sector  # "Ethiopian and Tigrayan forces": MIL, then REB
        role = self.hits[k + 2].entry if k + 2 < len(self.hits) else None
        if REGION in (hit.entry.extra, second.entry.extra) and role and role.kind == "agent":
            sector = region_sector(role.sector, hit)
        first = replace(made[0], start=self._with_det(hit.start), end=hit.end, country=country,
                        sector=sector, name=None, code=None)  # fmt: skip
        return [first, *made], after

    def _coordinated_orgs(self, k: int) -> tuple[list[Draft], int] | None:
        """ "GNA and LNA forces": the first name shares the agent word of the second."""
        made, after = self._modifier_phrase(k + 1)
        if not made or after != k + 3 or self.hits[k + 2].entry.kind != "agent":
            return None
        hit, role = self.hits[k], self.hits[k + 2].entry
        start = self._with_det(hit.start)
        if self._group_member(hit, role):
            first = self._entry_draft(start, hit.end, hit.entry, self._country(hit))
        else:
            first = self._role_draft(start, hit.end, role, hit)
        return [first, *made], after

    def _skip_modifiers(self, pos: int) -> int:
        """Past up to 3 listed words or noun modifiers ("American surveillance drone",
        "Indian Commerce Minister": a capitalised portfolio is a PROPN compound)."""
        end = pos
        while end < len(self.doc) and end - pos < 3 and end not in self.starts:
            token = self.doc[end]
            listed = normalise(token.text) in self.rules.modifiers
            modifier = (
                token.dep_ in MODIFIER_DEPS and token.pos_ in MODIFIER_POS and token.head.i > end
            )
            if not (listed or modifier):
                break
            end += 1
        return end

    def _agent_starts(self, k: int, pos: int) -> bool:
        return (
            k < len(self.hits)
            and self.hits[k].start == pos
            and self.hits[k].entry.kind == "agent"
            and self._is_noun(self.hits[k])
        )

    def _agent_chain_starts(self, k: int, pos: int) -> bool:
        """An agent word at ``pos``, or an adjective one before another ("military spokesman")."""
        if self._agent_starts(k, pos):
            return True
        return (
            k < len(self.hits)
            and self.hits[k].start == pos
            and self.hits[k].entry.kind == "agent"
            and self._agent_starts(k + 1, self.hits[k].end)
        )

    def _is_noun(self, hit: Hit) -> bool:
        return self.doc[hit.end - 1].pos_ in NOMINAL_POS

    # -- agent words ----------------------------------------------------------------------------

    def _agent_phrase(self, k: int, *, start: int, modifier: Hit | None) -> tuple[list[Draft], int]:
        chained = self._agent_starts(k + 1, self.hits[k].end)
        held = self._held_force(k, start, modifier, chained=chained)
        if held is not None:
            return [held], k + 1
        if self._no_agent(self.hits[k], modifier, chained=chained):
            return [], k + 1
        first = k
        while k + 1 < len(self.hits) and self._agent_starts(k + 1, self.hits[k].end):
            k += 1  # "Foreign Ministry spokesperson": the last agent word is the head
        role = self.hits[k]
        if role.entry.sector == "GOV" and k > first:
            sector = self.rules.chain_sector(self.hits[first:k], role.entry.name)
            role = replace(role, entry=replace(role.entry, sector=sector))
        end, after, named_after = role.end, k + 1, False
        if modifier is None:
            start = self._with_det(start if start < role.start else role.start)
            modifier, end, after = of_country(self.doc, self.hits, after, end, modifier)
            named_after = modifier is not None
        if after < len(self.hits) and self.hits[after].start == end:
            nxt = self.hits[after]
            if nxt.entry.person and role.entry.person:
                return [self._titled_person(start, nxt, role.entry, modifier)], after + 1
            if nxt.entry.kind == "org" and nxt.entry.country is not None:
                # "Chinese tech giant Huawei", "the Azerbaijani company SOCAR": the name wins.
                return [self._entry_draft(start, nxt.end, nxt.entry, self._country(nxt))], after + 1
        if modifier is None and role.entry.name in self.rules.need_country:
            return self._armed_weapon(first, k, start, end), after  # "army drones"; not "a drone"
        if modifier is not None and self._group_member(modifier, role.entry):
            # "Taliban militants", "Al-Shabaab gunmen": the group's code, not generic fighters.
            return [self._entry_draft(start, end, modifier.entry, self._country(modifier))], after
        if not named_after:
            role, end, after = self._of_group(role, end, after)
        draft = self._role_draft(start, end, role.entry, modifier)
        # "military forces of India and Pakistan": each country's forces
        drafts, after = self._and_country(draft, role.entry, after, end, named_after=named_after)
        return self._named_of(drafts, after)

    def _of_group(self, role: Hit, end: int, after: int) -> tuple[Hit, int, int]:
        """ "workers of a transport company", "the leader of the rebels", "a spokesman for the
        army": the group named by "of" (or "for", after a title) is part of the phrase; a
        generic title takes its sector, as "rebel leader" and "army spokesman" do."""
        new_end, new_after = of_agent(self.doc, self.hits, after, end, person=role.entry.person)
        if new_end == end or not role.entry.person or role.entry.sector not in ("GOV", "MIL"):
            return role, new_end, new_after
        sector = chain_sector(self.hits[after:new_after], self.rules.need_country)
        if sector == "GOV":
            return role, new_end, new_after
        return replace(role, entry=replace(role.entry, sector=sector)), new_end, new_after

    def _named_of(self, drafts: list[Draft], after: int) -> tuple[list[Draft], int]:
        """ "King Hussein of Jordan", "President Kim of South Korea": a titled person with no
        country takes the country (or organisation) named by "of" right after the name."""
        draft = drafts[0]
        if len(drafts) != 1 or not draft.person or draft.name is None:
            return drafts, after
        if draft.country or draft.code or self.doc[draft.end : draft.end + 1].text != "of":
            return drafts, after
        modifier, end, after = of_country(self.doc, self.hits, after, draft.end, None)
        if modifier is None:
            return drafts, after
        country = self._country(modifier)
        code = modifier.entry.code_on(self.on) if country is None else None
        if country is None and code is None:
            return drafts, after
        return [replace(draft, end=end, country=country, code=code)], after

    def _no_agent(self, hit: Hit, modifier: Hit | None, *, chained: bool) -> bool:
        """ "official visit", "military equipment": an adjective; "a police car": a thing."""
        if not self._is_noun(hit) and not chained:
            return True
        return modifier is None and self._modifies_thing(hit)

    def _held_force(
        self, k: int, start: int, modifier: Hit | None, *, chained: bool
    ) -> Draft | None:
        """ "a military post", "the army positions": the force that holds them, else None."""
        hit = self.hits[k]
        held = None if chained else self.rules.installation_head(self.doc, hit, self.starts)
        if held is None:
            return None
        sector = self.rules.holder_sector(self.doc[held].lower_, hit.entry.sector)
        force = replace(hit.entry, sector=sector)
        start = self._with_det(start) if modifier is None else start
        return self._role_draft(start, held + 1, force, modifier)

    def _and_country(
        self, draft: Draft, role: Entry, after: int, end: int, *, named_after: bool
    ) -> tuple[list[Draft], int]:
        """``draft``, and when a country named after the agent ("forces of India") goes on
        with "and <country>", the same agent for that country."""
        if not named_after or after >= len(self.hits) or end >= len(self.doc):
            return [self._with_name(draft, role)], after
        if self.doc[end].lower_ != "and":
            return [self._with_name(draft, role)], after
        nxt = self.hits[after]
        if role.person or nxt.start != end + 1 or nxt.entry.kind != "country":
            return [self._with_name(draft, role)], after
        return [draft, self._role_draft(nxt.start, nxt.end, role, nxt)], after + 1

    # -- a name, a country or an organisation alone ---------------------------------------------

    def _bare(self, hit: Hit) -> list[Draft]:
        kind = hit.entry.kind
        if kind == "org":
            draft = self._entry_draft(hit.start, hit.end, hit.entry, self._country(hit))
            return [self._held_by_government(draft)]
        if kind in ("capital", "place", "city"):
            return self._bare_place(hit)
        if hit.entry.extra == REGION:  # "Kurdish positions"; "ethnic Russians": civilians
            if kind == "people":
                return [Draft(self._with_det(hit.start), hit.end, country=hit.entry.country,
                              sector=hit.entry.sector)]  # fmt: skip
            return self._bare_people(hit)
        country = self.rules.country_of(self.doc, hit, self.on)
        if country is None:
            return []
        if self._names_currency(hit):
            return []  # "the US dollar", "US $50 million": not the country, not even as context
        person = self._one_person(hit) if kind == "demonym" else None
        if person is not None:
            # "a Palestinian was injured", "fired at an Afghan": a person of that country
            return [Draft(person, hit.end, country=country, sector="CVL")]
        own = owned_by_country(self.doc, hit, self.rules, self.starts)  # posts MIL, people CVL
        if own is not None:  # "Russian positions", "Afghan interpreters" (people_nouns.py)
            return [Draft(self._with_det(hit.start), own[0], country=country, sector=own[1])]
        if self.rules.is_locative(self.doc, hit) or self._modifies_thing(hit):
            # "in China", "a U.S. request", "Turkish coffee": no agent here; the events
            # stage may still use the country (the author of a request), so it is flagged.
            context = Draft(hit.start, hit.end, country=country, name=hit.entry.name,
                            resolution="context")  # fmt: skip
            return [context]
        start = self._with_det(hit.start) if kind != "country" else hit.start
        name = hit.entry.name if kind == "country" else None
        return [Draft(start, hit.end, country=country, sector=hit.entry.sector, name=name)]

    def _bare_place(self, hit: Hit) -> list[Draft]:
        if self.rules.is_locative(self.doc, hit) or in_dateline(self.doc, hit.start):
            return []
        end = hit.end
        if end < len(self.doc) and self.doc[end].lower_ in self.rules.admin_words:
            end += 1
        elif hit.entry.kind == "city":
            return []  # big cities only with "city"/"province"...: "Sichuan province"
        root = self.doc[hit.start : end].root
        if hit.entry.kind != "capital" and not is_agentive(root):
            return []
        if locates_group(self.doc, hit.start, end, self.rules.place_nouns, self.rules.locative):
            return []  # "members of the union, Kerala,": where they are (place_lists.py)
        country = hit.entry.country_on(self.on)  # "Moscow" in 1987 is the Soviet Union
        draft = Draft(hit.start, end, country=country, sector="GOV", name=hit.entry.name)
        return [draft]

    def _modifies_thing(self, hit: Hit) -> bool:
        """ "Turkish coffee", "the China Expo": a modifier of a noun that names no agent."""
        if is_possessive(self.doc, hit.end):
            return False
        token = self.doc[hit.end - 1]
        head = token.head
        # An agent word before a name is a title ("Minister Asadov"), not a modifier.
        head_pos = ("NOUN",) if hit.entry.kind == "agent" else ("NOUN", "PROPN")
        return (
            token.dep_ in MODIFIER_DEPS
            and head.i >= hit.end
            and head.pos_ in head_pos
            and head.i not in self.starts
        )

    def _names_currency(self, hit: Hit) -> bool:
        """ "the US dollar", "US $50 million", "Canadian $2 billion": a currency, no agent;
        not the one paid ("lent Pakistan $3 billion": :mod:`.currency`)."""
        if currency_after(self.doc, hit):
            return True
        heads = self.rules.no_state_heads
        return self._modifies_thing(hit) and head_lower(self.doc, hit, heads) in heads


def _ethnic(doc: Doc, hit: Hit) -> Hit:
    """ "ethnic Albanian rebels", "ethnic Russians": a people, who may live in another state
    (Macedonia, Ukraine); the context gives the country, as for a people of peoples.tsv."""
    if hit.entry.kind not in ("demonym", "people") or hit.start == 0:
        return hit
    if doc[hit.start - 1].lower_ != "ethnic":
        return hit
    return replace(hit, entry=replace(hit.entry, country=None, dated=(), extra=REGION))
