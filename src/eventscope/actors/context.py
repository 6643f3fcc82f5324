"""Country from context: a generic actor ("protesters", "police") takes the country around it.

CONTRACT:

    mentions = with_context_countries(doc, mentions, places)

``mentions`` are the actor stage's output, ``places`` the places stage's mentions of the same
``doc``. Every mention that names a group by role alone (a sector and no country, no name, no
fixed code: "protesters", "unidentified gunmen", "the police") gets a country, tried in order:

1. its own modifier ("Iraqi police"): already set by the actor stage (resolution ``modifier``),
   or the country its "from"/"of" object names ("officials from France"; ``modifier`` too), or
   the nationality that qualifies the first noun of its coordination ("Iranian banks and
   shipping firms": the firms are Iranian; ``modifier``);
2. the place of its sentence ("medical interns protested in Haifa" -> ISR): the country whose
   places in the sentence add up to the highest resolver score, then the one the article names
   most, then the nearest, resolution ``place``. Places that are no location ("the US dollar",
   "Al" of "Al Karaa", "Police" read as a town) are left out (:mod:`~eventscope.actors.where`);
3. the wire dateline ("BAGHDAD (Reuters) - ..."): resolution ``dateline``;
4. the article's dominant country (most places and actors): resolution ``article``.

A group the actor stage located by a town of its own phrase ("gunmen in Tripoli", resolution
``located``) takes the country the places stage put that town in when that is another actor's
country: the places stage picks Lebanon's Tripoli among Lebanese soldiers
(:mod:`eventscope.places.coherence`), and the group follows it.

Mentions that already have a country, a fixed code (``IGOUNO``, ``IMG...``), a pseudo-country
sector, or are only context (``in Sudan``) are returned unchanged; so is everything when no
country is known. The order of the list and the token offsets never change.

Example:
    >>> with_context_countries(doc, [], [])                     # doctest: +SKIP
    []
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..models import ActorMention, PlaceMention, Resolution
from ..nlp.docmemo import doc_words, memo, sentences, span_text
from ..nlp.syntax import MODIFIER_DEPS, OWNER_PREPS, child
from .counterparts import without_counterparts
from .possessive import possessor_countries
from .rules import DATELINE_WORDS, ContextRules
from .settlers import with_country as _with_country  # settlers take the settling state
from .shared_names import shared_name, with_shared_names
from .where import place_weight, usable_places, without_makers, without_parties

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PSEUDO_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Verbs that attribute a sentence to its source ("..., relief officials in Nairobi said").
REPORT_VERBS = frozenset({"say", "tell", "report", "add", "announce", "state", "confirm", "quote"})
Span = tuple[int, int]
SURE_NAMESAKE = 0.9  # a place read with this score moves the group located by it
CONTEXT_VOTE = 0.25  # a country named as context: a weak hint of the story's country
DATELINE_ENDS = ("-", "\u2013", "\u2014", "--")


def needs_country(mention: ActorMention) -> bool:
    """A role with no country: a sector, no fixed code, no name, not a context-only mention."""
    actor = mention.actor
    return (
        actor.country is None
        and bool(actor.sector)
        and actor.sector not in PSEUDO_SECTORS
        and actor.code == actor.sector
        and actor.name is None
        and actor.resolution != "context"
    )


def needs_place(mention: ActorMention) -> bool:
    """A role the places stage completes: one with no country, one whose country a town
    named in its own phrase gave ("gunmen in Tripoli", resolution ``located``), or one of a
    name two states share ("Congo's army": :mod:`.shared_names`)."""
    located = mention.actor.resolution == "located"
    return needs_country(mention) or located or shared_name(mention)


def anchor_countries(mentions: Sequence[ActorMention]) -> set[str]:
    """The actors' countries that say which countries a document's places lie in.

    A town's own reading ("gunmen in Tripoli" read as Libya's) is no evidence against the
    other actors' countries (Lebanese soldiers: Lebanon's Tripoli), so it counts only when no
    actor names a country of its own ("police in Mogadishu" alone keep Somalia's places).
    """
    named = {m.actor.country for m in mentions if m.actor.country and not _located(m)}
    if named:
        return named
    return {m.actor.country for m in mentions if m.actor.country}


def _located(mention: ActorMention) -> bool:
    return mention.actor.resolution == "located"


def with_context_countries(
    doc: Doc, mentions: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """``mentions`` with countries filled in from context (see the module docstring)."""
    if not any(needs_place(m) for m in mentions):
        return list(mentions)
    mentions = with_shared_names(mentions, places)  # "Congo" near Beni: the DR Congo
    home = anchor_countries(mentions)
    resolved = _usable(doc, places, mentions)
    dateline = _dateline_country(doc, resolved)
    reporters = reporter_spans(doc)
    voters = without_counterparts(doc, without_makers(doc, mentions))
    votes = _story_votes(voters, resolved, reporters)
    article = _best(votes)
    filled = []
    # "officials from France" (the role's own phrase) wins over "its forces" (an antecedent)
    owners = possessor_countries(doc, mentions, needs=[m for m in mentions if needs_country(m)])
    owners.update(_owner_countries(doc, mentions))
    sited = without_parties(resolved, mentions)  # "a truce brokered by Qatar": no place
    for mention in mentions:
        if _located(mention):
            filled.append(_at_namesake(mention, places, home | {dateline} if dateline else home))
            continue
        if not needs_country(mention):
            filled.append(mention)
            continue
        if mention.start in owners:  # "officials from France": the role's own country
            filled.append(_with_country(mention, owners[mention.start], "modifier"))
            continue
        here = _outside_reporter(sited, mention.actor.start, reporters)
        found = _sentence_country(mention.sent_index, mention.actor.start, here, votes)
        if found is not None:
            filled.append(_with_country(mention, found, "place"))
        elif dateline is not None:
            filled.append(_with_country(mention, dateline, "dateline"))
        elif article is not None:
            filled.append(_with_country(mention, article, "article"))
        else:
            filled.append(mention)
    return filled


def _at_namesake(
    mention: ActorMention, places: Sequence[PlaceMention], home: set[str]
) -> ActorMention:
    """A group located by a town of its phrase ("gunmen in Tripoli") in the country the places
    stage put that town in, when it chose a namesake in another actor's or the dateline's
    country ("Tripoli" among Lebanese soldiers is Lebanon's, "NEW DELHI - ... protesters in
    Hyderabad" India's: places/coherence.py decides, not a second rule), or one it is sure of
    (its container says which: "a man in Paris, Texas" is no Frenchman)."""
    actor = mention.actor
    for place in places:
        country = _country(place)
        inside = actor.start <= place.start and place.end <= actor.end
        sure = place.place is not None and (place.place.score or 0.0) >= SURE_NAMESAKE
        if inside and (country in home or sure) and country != actor.country:
            return _with_country(mention, country, "located")
    return mention


def _owner_countries(doc: Doc, mentions: Sequence[ActorMention]) -> dict[int, str]:
    """Start token of a role with no country -> the country its "from"/"of" object names
    ("officials **from France**", "troops of Chad"): nearer than any place of the sentence."""
    countries = {
        i: m.actor.country for m in mentions if m.actor.country for i in range(m.start, m.end)
    }
    found = {}
    for mention in mentions:
        if not needs_country(mention):
            continue
        head = doc[mention.end - 1]
        owner = _owner(head)
        if owner is None or owner.i not in countries:
            owner = _shared_nationality(head)
        if owner is not None and owner.i in countries:
            found[mention.start] = countries[owner.i]
    return found


def _shared_nationality(head: Token) -> Token | None:
    """The nationality word before the first noun of the coordination ``head`` ends ("Iranian"
    of "Iranian banks and shipping firms"): it qualifies every noun of the list."""
    if head.dep_ != "conj":
        return None
    first = head.head
    return next(
        (c for c in first.lefts if c.dep_ in MODIFIER_DEPS and c.pos_ in ("ADJ", "PROPN")),
        None,
    )


def _owner(head: Token) -> Token | None:
    """The object of the role's first "from"/"of" ("officials **from France**")."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS), None)
    return child(prep, ("pobj",)) if prep is not None else None


def context_country(
    sent_index: int,
    where: int,
    mentions: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    doc: Doc,
) -> tuple[str, Resolution] | None:
    """The country at character ``where`` of sentence ``sent_index`` and where it came from.

    The same order as for generic actors: the sentence's place, the dateline, the article.
    """
    resolved = _usable(doc, places, mentions)
    reporters = reporter_spans(doc)
    votes = _story_votes(mentions, resolved, reporters)
    here = _outside_reporter(without_parties(resolved, mentions), where, reporters)
    found = _sentence_country(sent_index, where, here, votes)
    if found is not None:
        return found, "place"
    dateline = _dateline_country(doc, resolved)
    if dateline is not None:
        return dateline, "dateline"
    article = _best(votes)
    return (article, "article") if article is not None else None


def reporter_spans(doc: Doc) -> tuple[Span, ...]:
    """Character spans of the sources a sentence is attributed to: the subject of a reporting
    verb that has a clause of its own below or beside it ("..., killing 20 people, **relief
    officials in Nairobi** said"; "**a spokeswoman for the U.S. embassy** said that ...")."""
    return memo(doc, "reporter_spans", _reporter_spans)


def _reporter_spans(doc: Doc) -> tuple[Span, ...]:
    if not doc.has_annotation("DEP"):
        return ()
    spans = []
    words = doc_words(doc)
    for i, lemma in enumerate(words.lemma):
        if lemma not in REPORT_VERBS or words.pos[i] != "VERB":
            continue
        token = doc[i]
        reports = token.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in token.children)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if reports and subject is not None and subject.pos_ != "PRON":
            last = subject.right_edge
            spans.append((subject.left_edge.idx, last.idx + len(last.text)))
    return tuple(spans)


def _outside_reporter(
    places: Sequence[PlaceMention], where: int, reporters: Sequence[Span]
) -> list[PlaceMention]:
    """``places`` less those inside a reporter's phrase that ``where`` is not in: where the
    source of a report sits is not where the reported event happened."""
    if not reporters:
        return list(places)
    foreign = [(a, b) for a, b in reporters if not a <= where < b]
    return [p for p in places if not any(a <= p.start < b for a, b in foreign)]


def _story_votes(
    mentions: Sequence[ActorMention], places: Sequence[PlaceMention], reporters: Sequence[Span]
) -> dict[str, float]:
    """:func:`country_votes` without the reporters' own places and countries."""
    if not reporters:
        return country_votes(mentions, places)
    told = [m for m in mentions if not any(a <= m.actor.start < b for a, b in reporters)]
    reporting = [m for m in mentions if m not in told]
    return _with_mission_votes(country_votes(told, _outside_reporter(places, -1, reporters)),
                               reporting)  # fmt: skip


def _usable(
    doc: Doc | None, places: Sequence[PlaceMention], mentions: Sequence[ActorMention]
) -> list[PlaceMention]:
    """:func:`usable_places`, kept per document scope for the same places and actors (the
    places stage's records, compared by identity): each event's context asks again."""
    rules = ContextRules.shared()
    if doc is None:
        return usable_places(doc, places, mentions, rules.place_nouns, rules.name_particles)
    seen: list[tuple[tuple, tuple, tuple]] = memo(doc, "usable_places", _nothing_seen)
    for known_places, known_mentions, usable in seen:
        if _same(known_places, places) and _same(known_mentions, mentions):
            return list(usable)
    found = usable_places(doc, places, mentions, rules.place_nouns, rules.name_particles)
    seen.append((tuple(places), tuple(mentions), tuple(found)))
    return found


def _nothing_seen(doc: Doc) -> list[tuple[tuple, tuple, tuple]]:
    return []  # filled by _usable


def _same(known: tuple, items: Sequence) -> bool:
    return len(known) == len(items) and all(a is b for a, b in zip(known, items, strict=True))


def _country(place: PlaceMention) -> str:
    return place.place.country or "" if place.place is not None else ""


def _sentence_country(
    sent_index: int, where: int, places: Sequence[PlaceMention], votes: Mapping[str, float]
) -> str | None:
    """The country of the sentence's places: the surest, then the article's, then the nearest.

    A sentence may name a doubtful place ("Colonia" read as a town in Uruguay) beside a sure
    one ("Pesqueria, Nuevo Leon"): the places of each country add up their scores. On a tie
    the country the article names most wins, then the place nearest to the actor.
    """
    same = [p for p in places if p.sent_index == sent_index]
    if not same:
        return None
    weights: dict[str, float] = {}
    for place in same:
        weights[_country(place)] = weights.get(_country(place), 0.0) + place_weight(place)
    best = min(
        same,
        key=lambda p: (
            -round(weights[_country(p)], 6),
            -round(votes.get(_country(p), 0.0), 6),
            abs(p.start - where),
        ),
    )
    return _country(best)


def _dateline_country(doc: Doc, places: Sequence[PlaceMention]) -> str | None:
    """The country of a wire dateline: a first sentence that ends with a dash ("BAKU, May 3 -"),
    or a place opening the text before a dash among its first words ("NAIROBI, May 4 - Nurses
    marched", which the parser does not split)."""
    first = [p for p in places if p.sent_index == 0]
    if not first or not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return None
    place = first[0]
    if place.place is None:
        return None
    if span_text(sentences(doc)[0]).rstrip().endswith(DATELINE_ENDS):
        return place.place.country
    opening = doc_words(doc).text[:DATELINE_WORDS]
    dash = next((i for i, text in enumerate(opening) if text in DATELINE_ENDS), None)
    if dash is not None and place.start <= 1 and place.end <= doc[dash].idx:
        return place.place.country
    return None


def dominant_country(
    mentions: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> str | None:
    """The country named most often by places and country-bearing actors (first wins a tie).

    >>> dominant_country([], []) is None
    True
    """
    return _best(country_votes(mentions, places))


def _best(counts: Mapping[str, float]) -> str | None:
    if not counts:
        return None
    best = max(counts.values())
    return next(country for country, n in counts.items() if n == best)


def country_votes(
    mentions: Sequence[ActorMention], places: Sequence[PlaceMention]
) -> dict[str, float]:
    """How strongly the article names each country: every resolved place with its score
    (0.5 without one), every actor named with its own country with 1, a country named only as
    context ("in Sudan", also counted as a place; "the Lebanese pound") with 0.25, and so does
    a peacekeeping or monitoring mission for the country it works in (rules.toml
    ``mission_hosts``: "UNAMA" names Afghanistan)."""
    counts: dict[str, float] = {}
    for place in places:
        if place.place is not None and place.place.country:
            country = place.place.country
            counts[country] = counts.get(country, 0.0) + place_weight(place)
    for mention in mentions:
        if mention.actor.country:
            weight = CONTEXT_VOTE if mention.actor.resolution == "context" else 1.0
            counts[mention.actor.country] = counts.get(mention.actor.country, 0.0) + weight
    return _with_mission_votes(counts, mentions)


def _with_mission_votes(
    counts: dict[str, float], mentions: Sequence[ActorMention]
) -> dict[str, float]:
    """``counts`` plus a context vote for the host country of every mission named ("the OSCE
    SMM observed", "UNAMA said": a mission reports on the country it works in, even as the
    source of a report)."""
    hosts = ContextRules.shared().mission_hosts
    for mention in mentions:
        host = hosts.get(mention.actor.name or "") if not mention.actor.country else None
        if host is not None:
            counts[host] = counts.get(host, 0.0) + CONTEXT_VOTE
    return counts
