"""Which resolved places may give a generic actor its country, and how much each one counts.

CONTRACT:

    kept = usable_places(doc, places, mentions)        # a sublist of ``places``, same order
    weight = place_weight(place_mention)                # 0-1, the resolver's score
    places = states_on(places, on)                      # "Moscow" in 1987 is in SUN

The places stage resolves every capitalised name it can, and in local conflict news many of
them are not where anything happened:

* a name that modifies a thing: "the US dollar exchange rate", "Molotov cocktails" (a place
  before a noun that is no place word: "Hamra district", "Karak area" stay);
* a piece of a longer name the gazetteer did not know: "Al" of "Al Karaa", "Central" of
  "Central Darfur", "Hills" of "Nameless Hills" (one word with a capitalised non-place word
  right next to it);
* an actor word: "Police forces" read as a town in Poland;
* where a thing comes from: "grain imports from Ukraine" (a "from" on a noun that is no actor).

Such places neither give a country nor vote for the article's country. The others count
with the resolver's score (0.5 when it has none), so a sure town outweighs a doubtful one; a
town whose province the sentence also names ("Joao Pessoa, Paraiba") counts one more.

Example:
    >>> usable_places(None, [], [])
    []
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import ActorMention, Place, PlaceMention
from ..nlp.docmemo import char_span, memo, sentence_starts, sentences, span_text
from ..nlp.syntax import maker_in_passing, modifies_noun
from .lexicon import DatedCode, read_tsv
from .served import served_in_charge
from .stance import is_sponsor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DEFAULT_WEIGHT = 0.5
ADMIN_BONUS = 1.0  # a town the sentence confirms outweighs any unconfirmed one
MIN_ADMIN = 4  # shorter province names ("Ica") match inside other words
SHORT_PREFIX = 3  # "As-", "Al-", "Sud-": a word this short before a hyphen starts a longer name


def place_weight(place: PlaceMention) -> float:
    """How much a resolved place counts: the resolver's score (0-1), 0.5 when it gave none;
    up to 2 for a town whose province the sentence names (see :func:`usable_places`)."""
    if place.place is None or not place.place.country:
        return 0.0
    score = place.place.score
    return DEFAULT_WEIGHT if score is None else max(0.0, min(1.0 + ADMIN_BONUS, score))


def usable_places(
    doc: Doc | None,
    places: Sequence[PlaceMention],
    mentions: Sequence[ActorMention],
    place_nouns: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """The resolved places that may say where an event happened (see the module docstring).

    ``place_nouns``: nouns a place name may modify and still be a place ("Hamra district");
    ``particles``: small words inside names ("al", "de"): "Jabal" of "Jabal al-Zawiya" and
    "Leon" of "Leon de los Aldama" are pieces of longer names.
    """
    resolved = [p for p in places if p.place is not None and p.place.country]
    if doc is None or not resolved:
        return resolved
    covered = _actor_tokens(mentions)
    actor_words = {i for m in mentions for i in range(m.start, m.end)}
    spans = {id(p): char_span(doc, p.start, p.end) for p in resolved}
    kept = []
    for place in resolved:
        span = spans[id(place)]
        if span is None or len(span) == 0:
            kept.append(place)
            continue
        if not covered.isdisjoint(range(span.start, span.end)):  # indices: no token
            continue
        if _modifies_thing(span, place_nouns) or _fragment(span, place_nouns):
            continue
        if _origin_of_thing(span, actor_words):
            continue
        if is_sponsor(doc, span.end):  # "Iran-backed militias" fight elsewhere
            continue
        if served_in_charge(span.root):  # "jailed for spying for Israel": not where
            continue
        if _before_particle(span, particles):
            continue
        kept.append(_confirmed(span, place))
    return kept


def without_parties(
    places: Sequence[PlaceMention], mentions: Sequence[ActorMention]
) -> list[PlaceMention]:
    """``places`` less the countries named as a party of the sentence, not as where it is:
    the hostages freed under "a truce brokered by Qatar" are not Qatari, nor are "thousands"
    who "protested in Paris against Russia" Russian. A country is a party when its whole name
    is an actor of that country (not a context mention such as "in Sudan")."""
    return [p for p in places if not _party(p, mentions)]


def without_makers(doc: Doc, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` less the makers of things named in passing ("freed prisoners under a deal
    brokered by the Vatican", "under a US-brokered deal": :func:`~..nlp.syntax.
    maker_in_passing`): they neither make the story their country's nor anchor its places."""
    makers: dict[tuple[int, int], bool] = memo(doc, "actors.makers", _no_makers)
    kept = []
    for mention in mentions:  # the places, the context and attribution ask for the same ones
        key = (mention.start, mention.end)
        maker = makers.get(key)
        if maker is None:
            root = doc[mention.start : mention.end].root
            # "spying for Israel": the state a charge names is no party of the story either
            maker = makers[key] = maker_in_passing(root) or served_in_charge(root)
        if not maker:
            kept.append(mention)
    return kept


def _no_makers(doc: Doc) -> dict[tuple[int, int], bool]:
    return {}  # filled by without_makers, one mention's span at a time


def _party(place: PlaceMention, mentions: Sequence[ActorMention]) -> bool:
    found = place.place
    if found is None or not (found.feature_code or "").startswith("PCL"):
        return False
    return any(
        m.actor.start <= place.start
        and place.end <= m.actor.end
        and m.actor.country == found.country
        and m.actor.resolution != "context"
        for m in mentions
    )


def _confirmed(span: Span, place: PlaceMention) -> PlaceMention:
    """A town whose province the sentence also names ("Joao Pessoa, Paraiba") is surer: its
    score gets ``ADMIN_BONUS`` (a copy; the places stage's own record is not changed)."""
    found = place.place
    if found is None or not found.admin1 or found.name == found.admin1:
        return place
    admin = _folded(found.admin1)
    if len(admin) < MIN_ADMIN or admin == _folded(span_text(span)):
        return place
    if admin not in _folded_sentence(span):
        return place
    score = place_weight(place) + ADMIN_BONUS
    return replace(place, place=replace(found, score=score))


def _folded_sentence(span: Span) -> str:
    """:func:`_folded` text of the sentence ``span`` begins in, kept per sentence for the
    document's :func:`~..nlp.docmemo.memo_scope` (each place of a sentence asks for it)."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return _folded(span_text(span.sent))
    sents = sentences(doc)
    at = bisect_right(sentence_starts(doc), span.start) - 1
    folded: dict[int, str] = memo(doc, "folded_sentences", _no_sentences)
    found = folded.get(at)
    if found is None:
        found = folded[at] = _folded(span_text(sents[at]))
    return found


def _no_sentences(doc: Doc) -> dict[int, str]:
    return {}  # filled one sentence at a time by _folded_sentence


@lru_cache(maxsize=4096)  # a pure function; a town's province is folded for each sentence
def _folded(text: str) -> str:
    """Lower case without accents: "Paraíba" and "Paraiba" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _actor_tokens(mentions: Sequence[ActorMention]) -> set[int]:
    """Tokens of role words with no country ("Police" is no town in Poland); a place inside
    an actor that has a country ("the government in Nairobi", "Athens" as the Greek
    government) still says where the sentence is."""
    covered: set[int] = set()
    for mention in mentions:
        actor = mention.actor
        if actor.resolution != "context" and actor.sector and not actor.country:
            covered.update(range(mention.start, mention.end))
    return covered


def _modifies_thing(span: Span, place_nouns: frozenset[str]) -> bool:
    """ "US dollar", "Molotov cocktails": the name modifies a common noun that is no place."""
    return modifies_noun(span, lambda head: head.lower_ in place_nouns)


def _origin_of_thing(span: Span, actor_words: set[int]) -> bool:
    """ "protested against grain imports **from Ukraine**", "in protest at gas from Russia":
    where a thing comes from, not where the sentence happens. Only a "from" hung on a noun
    that is no actor ("officials from France" are French: the actor stage reads those) and
    is itself a preposition's object: a thing the actor handles ("fired a rocket from Gaza")
    was where the actor was."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    owner = root.head.head
    return owner.pos_ == "NOUN" and owner.dep_ == "pobj" and owner.i not in actor_words


def _fragment(span: Span, place_nouns: frozenset[str]) -> bool:
    """One word glued to a capitalised word: part of a longer name, even when the gazetteer
    knows the other word too ("Baja" and "California" of "Baja California")."""
    if len(span) != 1:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "-" and not span[-1].whitespace_:
        if len(span[0]) > SHORT_PREFIX:
            return False  # "Mogadishu-Hodan": two names joined, each a place
        # "Sud-Kivu", "As-Sweida": a short word that the name goes on after.
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return _name_word(after, place_nouns) or (
        before is not None and not before.is_sent_start and _name_word(before, place_nouns)
    )


def _before_particle(span: Span, particles: frozenset[str]) -> bool:
    """ "Jabal al-Zawiya", "Leon de los Aldama": a name particle and a capitalised word follow."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text not in particles or span[-1].whitespace_ == "":
        return False
    while i < len(doc) and (doc[i].text in particles or doc[i].text == "-"):
        i += 1
    return i < len(doc) and doc[i].is_title and i - span.end <= 3


def _name_word(token: Token | None, place_nouns: frozenset[str]) -> bool:
    """A capitalised word that is no place noun ("LGA", "Province")."""
    if token is None or token.is_stop or not token.is_alpha:
        return False
    return (token.is_title or token.is_upper) and token.lower_ not in place_nouns


def states_on(places: Sequence[PlaceMention], on: date | None) -> list[PlaceMention]:
    """``places`` with the states of ``on`` for former capitals (:func:`state_of_place`)."""
    return [_on(p, on) for p in places] if on is not None else list(places)


def _on(mention: PlaceMention, on: date) -> PlaceMention:
    """``mention`` itself unless its place was a former state's capital on ``on`` (a copy
    per mention costs more than the lookup)."""
    if mention.place is None:
        return mention
    place = state_of_place(mention.place, on)
    return mention if place is mention.place else replace(mention, place=place)


def state_of_place(place: Place, on: date | None) -> Place:
    """``place`` with the country of the state that existed on ``on`` when it is a capital of
    a former state (``historical_states.tsv``): an event in Moscow in 1987 happened in the
    Soviet Union (SUN), one in Belgrade in 1995 in Yugoslavia (YUG), as the actors say."""
    if on is None or not place.country:
        return place
    for spans in _former_capitals().get((place.name, place.country), ()):
        if spans.covers(on):
            return replace(place, country=spans.code)
    return place


@lru_cache(maxsize=1)
def _former_capitals() -> dict[tuple[str, str], tuple[DatedCode, ...]]:
    """(capital, today's country) -> the dated codes of the states it was the capital of."""
    found: dict[tuple[str, str], list[DatedCode]] = {}
    for name, kind, today, then, start, end in read_tsv("historical_states.tsv", columns=6):
        if kind == "capital":
            span = DatedCode(then, _day(start), _day(end))
            found.setdefault((name, today), []).append(span)
    return {key: tuple(spans) for key, spans in found.items()}


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None
