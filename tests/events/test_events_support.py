"""A tiny stand-in for the actor stage, so event tests do not depend on it.

``mentions_for(doc)`` marks known country names, demonyms and extra names as
:class:`ActorMention` objects; ``collectives`` map a phrase ("the sides") to several countries
(one mention per country over the same tokens).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from eventscope.models import Actor, ActorMention
from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 3, 8)

COUNTRIES = {
    "azerbaijan": "AZE",
    "azerbaijani": "AZE",
    "china": "CHN",
    "chinese": "CHN",
    "armenia": "ARM",
    "armenian": "ARM",
    "russia": "RUS",
    "russian": "RUS",
    "iran": "IRN",
    "iranian": "IRN",
    "turkey": "TUR",
    "turkish": "TUR",
    "france": "FRA",
    "french": "FRA",
    "germany": "DEU",
    "german": "DEU",
    "japan": "JPN",
    "japanese": "JPN",
    "india": "IND",
    "indian": "IND",
    "pakistan": "PAK",
    "georgia": "GEO",
    "ukraine": "UKR",
    "kenya": "KEN",
    "egypt": "EGY",
    "israel": "ISR",
    "israeli": "ISR",
    "syria": "SYR",
    "norway": "NOR",
    "brazil": "BRA",
    "mexico": "MEX",
    "serbian": "SRB",
    "albanian": "ALB",
    "greek": "GRC",
    "british": "GBR",
    "syrian": "SYR",
    "kenyans": "KEN",
    "kenyan": "KEN",
    "pakistani": "PAK",
    "egyptian": "EGY",
    "georgian": "GEO",
}
MULTIWORD = {("united", "states"): "USA", ("north", "korea"): "PRK", ("south", "korea"): "KOR"}


def mention(doc, start: int, end: int, country: str) -> ActorMention:
    span = doc[start:end]
    sent_starts = [s.start for s in doc.sents]
    sent_index = max(i for i, s in enumerate(sent_starts) if s <= start)
    actor = Actor(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        country=country,
        sector=None,
        code=country,
    )
    return ActorMention(actor=actor, start=start, end=end, sent_index=sent_index)


def _phrase_at(doc, i: int, phrases: Mapping[str, tuple[str, ...]]) -> tuple[int, tuple[str, ...]]:
    for phrase, countries in phrases.items():
        words = phrase.lower().split()
        if [t.lower_ for t in doc[i : i + len(words)]] == words:
            return len(words), countries
    return 0, ()


def mentions_for(
    doc,
    extra: Mapping[str, str] | None = None,
    collectives: Mapping[str, tuple[str, ...]] | None = None,
) -> list[ActorMention]:
    """Mentions for country names/demonyms, ``extra`` names and ``collectives`` in ``doc``."""
    phrases = {k: (v,) for k, v in (extra or {}).items()} | dict(collectives or {})
    found: list[ActorMention] = []
    i = 0
    while i < len(doc):
        length, countries = _phrase_at(doc, i, phrases)
        if not length:
            pair = tuple(t.lower_ for t in doc[i : i + 2])
            if pair in MULTIWORD:
                length, countries = 2, (MULTIWORD[pair],)
            elif doc[i].lower_ in COUNTRIES:
                length, countries = 1, (COUNTRIES[doc[i].lower_],)
        found.extend(mention(doc, i, i + length, c) for c in countries)
        i += max(length, 1)
    return found


def dyads(events) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, code) of each event."""
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.cameo,
        )
        for e in events
    }


def test_mentions_for_marks_names_and_collectives(nlp):
    doc = nlp("The sides met. The United States and Chinese envoys spoke.")
    found = mentions_for(doc, collectives={"the sides": ("AZE", "CHN")})
    assert [(m.actor.country, m.start, m.end, m.sent_index) for m in found] == [
        ("AZE", 0, 2, 0),
        ("CHN", 0, 2, 0),
        ("USA", 4, 7, 1) if False else ("USA", 5, 7, 1),
        ("CHN", 8, 9, 1),
    ]


def bare_mention(country: str | None, sector: str | None = None, code: str | None = None):
    """A one-token mention of an actor with this country, sector and code (no doc needed)."""
    actor = Actor(
        text="X",
        start=0,
        end=1,
        country=country,
        sector=sector,
        code=code or (country or "") + (sector or ""),
    )
    return ActorMention(actor=actor, start=0, end=1, sent_index=0)


def coded_codes(
    pipeline: Pipeline, text: str, *, field: str = "cameo"
) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, the event's ``field``) of each event the pipeline codes in
    ``text`` published on :data:`PUBLISHED`."""
    events = pipeline.code_text(text, published=PUBLISHED)
    return {
        (
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            getattr(e, field),
        )
        for e in events
    }


def found_codes(nlp, actors, events, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of each event the event coder finds in ``text``
    with the actor coder's mentions (no pipeline: no places, dates or later stages)."""
    doc = nlp(text)
    return {
        (
            e.source.actor.code if e.source else None,
            e.target.actor.code if e.target else None,
            e.cameo,
        )
        for e in events.find(doc, actors.find(doc))
    }


def triples(
    pipeline: Pipeline, text: str, published: object, *, field: str = "cameo"
) -> list[tuple[str, str, str]]:
    """(source code, target code or "-", the event's ``field``) of each event the pipeline
    codes in ``text`` published on ``published``, in order."""
    events = pipeline.code_text(text, published=published)
    return [(e.source.code, e.target.code if e.target else "-", getattr(e, field)) for e in events]
