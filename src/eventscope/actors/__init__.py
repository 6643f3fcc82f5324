"""Actor coding: find who acts in a parsed document (countries, officials, forces, firms, IGOs).

CONTRACT:

    coder = ActorCoder.load(options=ActorOptions(user_files=("my.csv",)))
    mentions: list[ActorMention] = coder.find(doc, on=date(2020, 8, 20))

``on`` is the article date, for date-restricted dictionary codes (a person who is GOV
only while in office). ``find`` returns every actor mention of ``doc`` in document order, each an
:class:`~eventscope.models.ActorMention` with token offsets, sentence index and an
:class:`~eventscope.models.Actor` carrying char offsets, country, sector, CAMEO code,
name and resolution. Load is done once and reused for every document.

How (see the modules named for details):

1. :mod:`~eventscope.actors.lexicon` finds dictionary phrases (countries from pycountry and
   ``data/actors``, demonyms, capitals, provinces, agent words, organisations, companies,
   user dictionaries from :mod:`~eventscope.actors.userdict`) by greedy longest match.
   The dictionary always wins over the statistical NER ("Tovuz" is no person).
2. :mod:`~eventscope.actors.phrases` joins them into whole phrases and drops non-actors
   (capitals after "in", hyphenated pairs "Armenia-Azerbaijan"); countries that are only
   context ("Turkish coffee", "a U.S. request", "in Sudan") get resolution ``context``:
   ignore them as subjects/objects unless you want a modifier's or a location's country.
3. :mod:`~eventscope.actors.coref` resolves names, "the minister", "he", "the sides".
4. :mod:`~eventscope.actors.namesakes` drops companies that name a place or thing here ("in
   the Amazon"); :mod:`~eventscope.actors.regions` codes groups of a region ("Arab
   ministers" ARBGOV, "Gulf states"), never with the country of the town they meet in;
   :mod:`~eventscope.actors.named_groups` codes armed groups named by a name no dictionary
   knows as rebels ("RSF fighters", "members of the Black Lions Brigade": REB).

Codes: country + sector (``AZEGOV``), country alone (``AZE``), a fixed organisation code
(``IGOUNO``, ``CHNBUS``) or a sector alone (``GOV``) when no country is known.

Example:
    >>> coder = ActorCoder.load()                                   # doctest: +SKIP
    >>> [m.actor.code for m in coder.find(nlp("Chinese troops left."))]   # doctest: +SKIP
    ['CHNMIL']
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..models import Actor, ActorMention
from ..nlp.docmemo import doc_words, sentence_starts, within_memo_scope
from .acronyms import with_spelled_owners
from .addresses import without_address_parts
from .armed import with_armed_sector
from .coref import resolve
from .counterpart_sectors import with_counterpart_sectors
from .definites import with_definite_antecedents
from .drafts import without_nested
from .elites import with_elite_people
from .feuds import with_feuding_sector
from .force_anaphors import with_force_antecedents
from .former import with_former_elites
from .group_words import with_group_words
from .held_posts import with_owned_posts
from .lexicon import Hit, Lexicon, LexiconBuilder, add_packaged, add_rules_words, token_norms
from .loyalists import with_loyal_supporters
from .members import with_members
from .named_groups import with_named_groups
from .namesakes import without_namesakes
from .owned import with_group_forces
from .owners import without_owning_states
from .phrases import Draft, PhraseBuilder
from .proxies import with_proxy_forces
from .quoted import with_speakers
from .regions import with_regions
from .rules import ContextRules, agency_of_dateline, headline_agency
from .shared_heads import with_shared_heads
from .userdict import actor_entry, add_packaged_groups, add_packaged_people, load_user_file

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorOptions:
    """Options of the actor stage.

    ``user_files``: extra dictionaries (PETRARCH actor/agent text files or
    ``pattern,code,valid_from,valid_to`` CSV); their entries win over packaged ones.
    ``packaged``: load the packaged dictionaries (turn off to code with user files only).
    """

    user_files: tuple[str, ...] = ()
    packaged: bool = True


class ActorCoder:
    """Dictionary- and rule-based actor coder; immutable after :meth:`load`."""

    __slots__ = ("lexicon", "rules")

    def __init__(self, *, lexicon: Lexicon, rules: ContextRules) -> None:
        self.lexicon = lexicon
        self.rules = rules

    @classmethod
    def load(cls, *, options: ActorOptions | None = None) -> ActorCoder:
        """Read the packaged data and ``options.user_files`` (raises DataFileError if bad)."""
        options = options or ActorOptions()
        rules = ContextRules.load()
        builder = LexiconBuilder()
        if options.packaged:
            add_packaged(builder)
            add_packaged_people(builder)
            add_packaged_groups(builder)
        add_rules_words(builder, collective=rules.collective, pronouns=rules.pronouns)
        for path in options.user_files:
            load_user_file(path, builder)
        return cls(lexicon=builder.build(), rules=rules)

    @within_memo_scope  # whole-document answers shared while finding (nlp/docmemo.py)
    def find(self, doc: Doc, *, on: date | None = None) -> list[ActorMention]:
        """Every actor mention of ``doc`` in document order (see the module docstring)."""
        norms = token_norms(doc)
        hits = without_namesakes(doc, self.lexicon.scan(doc, norms))  # "the Amazon"
        hits = with_spelled_owners(doc, hits)  # "Reporters Without Borders (RSF)"
        hits = without_address_parts(doc, hits)  # "(Rafi LGA, Niger)"
        hits = [hit for hit in hits if not _byline(doc, hit, on)]  # "(Reuters) -"
        phrases = PhraseBuilder.of(doc, hits, self.rules, on).build() if hits else []
        # "a former minister" is ELI before coreference passes it on ("the minister said")
        drafts = resolve(doc, with_former_elites(doc, phrases), norms) if hits else []
        drafts = with_group_words(doc, drafts)  # "Hamas ... The group said": Hamas
        # "Gulf states" is an actor of no lexicon word
        drafts = with_regions(doc, with_armed_sector(doc, drafts))
        drafts = with_feuding_sector(doc, drafts)  # "herders and farmers clashed": militias
        drafts = with_loyal_supporters(doc, drafts)  # "government supporters": no opposition
        drafts = with_proxy_forces(doc, drafts)  # "Kurdish-led forces": no state's army
        # "Fellata and Rizeigat militias": two groups, though only one is in the dictionaries
        known = [(h.start, h.end) for h in hits]
        drafts = with_shared_heads(doc, drafts, known=known)
        drafts = with_named_groups(doc, drafts, known=known)  # "RSF fighters": rebels
        drafts = with_members(doc, drafts)  # "two PKK members": the PKK
        drafts = with_owned_posts(doc, drafts)  # "a Hamas military post": Hamas
        drafts = with_group_forces(doc, drafts)  # "Hamas said its fighters": Hamas
        drafts = without_owning_states(doc, drafts)  # "Hungary's Fidesz party": Fidesz
        drafts = with_speakers(doc, drafts)  # '"our forces," the Ethiopian army chief said'
        drafts = without_nested(drafts)  # "Ukrainian military positions": one actor
        drafts = with_definite_antecedents(doc, drafts)  # "the Sudanese army ... the army"
        drafts = with_force_antecedents(doc, drafts)  # "Israeli forces ... Soldiers": Israel's
        drafts = with_counterpart_sectors(doc, drafts)  # "the army chief ... his counterpart"
        drafts = with_elite_people(drafts, on)  # "Imran Khan" out of office: PAKELI
        if not drafts:
            return []
        sent_starts = sentence_starts(doc)
        # A draft with neither country nor sector ("the side") codes nothing.
        members = (m for d in drafts if actor_code(d) for m in _members(d))
        return [_mention(doc, m, sent_starts) for m in members]


def _byline(doc: Doc, hit: Hit, on: date | None) -> bool:
    """The agency of the dateline, or a news medium's name bracketed before a dash after a
    headline ("Germany arrests man BERLIN (AP) —")."""
    if agency_of_dateline(doc, hit.start):
        return True
    return (hit.entry.code_on(on) or "").endswith(MEDIA_SECTOR) and headline_agency(doc, hit.start)


MEDIA_SECTOR = "MED"


def _members(draft: Draft) -> list[Draft]:
    """The draft, then one draft over the same tokens for each further code of a dictionary
    entry naming several actors (``[FRO/BIL/SAM]``), as a collective gives one per member, so
    the events stage codes one dyad per actor."""
    members = [draft]
    for code in draft.also:
        entry = actor_entry(code, name=draft.name or "")
        members.append(
            replace(draft, country=entry.country, sector=entry.sector, code=entry.code, also=())
        )
    return members


def actor_code(draft: Draft) -> str:
    """The CAMEO code of a draft: its fixed code, else country + sector, else what is known."""
    if draft.code:
        return draft.code
    return (draft.country or "") + (draft.sector or "")


def _mention(doc: Doc, draft: Draft, sent_starts: Sequence[int]) -> ActorMention:
    if draft.start < draft.end:  # the text from the words: a span makes a token per word
        text = doc_words(doc).span_text(draft.start, draft.end)
        first = doc[draft.start].idx
        start, end = first, first + len(text)
    else:
        span = doc[draft.start : draft.end]
        text, start, end = span.text, span.start_char, span.end_char
    actor = Actor(
        text=text,
        start=start,
        end=end,
        country=draft.country,
        sector=draft.sector[:3] if draft.sector else None,
        code=actor_code(draft),
        name=draft.name,
        resolution=draft.resolution,
    )
    sent_index = bisect_right(sent_starts, draft.start) - 1
    return ActorMention(actor=actor, start=draft.start, end=draft.end, sent_index=sent_index)
