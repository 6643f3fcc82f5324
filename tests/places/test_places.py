"""The places stage: finding, resolving and tying places, on the real gazetteer.

The gazetteer is built once into .eventscope-cache/ at the repository root (git-ignored;
15-60 s the first time, then reused while its sources are unchanged: loads take < 1 s).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.tokens import Doc

from eventscope.models import Actor, ActorMention, EventMention, PlaceMention
from eventscope.places import PlaceResolver, place_for_event
from eventscope.places.slot import capitalised_indices, capitalised_text
from eventscope.places.tie import NO_PLACE_IN_CLAUSE, NO_PLACE_IN_SENTENCE, ONLY_ACTORS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cache_dir():
    return ROOT / ".eventscope-cache"


@pytest.fixture(scope="session")
def resolver(cache_dir) -> PlaceResolver:
    started = time.perf_counter()
    loaded = PlaceResolver.load(cache_dir=str(cache_dir))
    print(f"gazetteer loaded or built in {time.perf_counter() - started:.1f} s")
    return loaded


def named_places(resolver, nlp, text: str) -> dict[str, tuple[str, str] | None]:
    """Each place mention's text -> (name, country) of its reading, or None."""
    return {
        m.text: (m.place.name, m.place.country) if m.place else None
        for m in resolver.find(nlp(text))
    }


def _resolved(resolver, nlp, text: str, countries=()) -> dict[str, tuple]:
    doc = nlp(text)
    return {
        m.text: (m.place.name, m.place.country, m.place.feature_code) if m.place else None
        for m in resolver.find(doc, countries=countries)
    }


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        ("Georgia and Azerbaijan signed a transit deal in Tbilisi.", "Georgia", "GEO", "PCLI"),
        ("Protesters gathered in Atlanta and marched across Georgia.", "Georgia", "USA", "ADM1"),
        ("The summit in Paris ended with a statement from France.", "Paris", "FRA", "PPLC"),
        ("The festival moved from Paris, Texas to Dallas.", "Paris", "USA", "PPL"),
        ("Officials flew to Xi’an on Monday.", "Xi’an", "CHN", "PPL"),
        ("Officials flew to Xi'an on Monday.", "Xi'an", "CHN", "PPL"),
        ("Delegates from Sumgait arrived in Baku.", "Sumgait", "AZE", "PPL"),
        ("Delegates from Sumqayit arrived in Baku.", "Sumqayit", "AZE", "PPL"),
        ("Medical aid was sent to Chudzhou last week.", "Chudzhou", "CHN", "PPL"),
        ("Troops shelled villages in the Tovuz district.", "Tovuz", "AZE", "ADM1"),
        ("Floods hit parts of Sichuan province.", "Sichuan", "CHN", "ADM1"),
    ],
)
def test_names_resolve_by_context(resolver, nlp, text, name, country, code) -> None:
    found = _resolved(resolver, nlp, text)
    assert found[name] is not None and found[name][1:] == (country, code)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("China and Mexico agreed on new tariffs.", "China", "CHN"),
        ("Chad closed its border with Sudan.", "Chad", "TCD"),
        ("Jordan and Israel met in Amman.", "Jordan", "JOR"),
        ("Officials in Turkey welcomed the plan.", "Turkey", "TUR"),
    ],
)
def test_country_names_never_resolve_to_towns(resolver, nlp, text, name, country) -> None:
    found = _resolved(resolver, nlp, text)
    assert found[name] == (found[name][0], country, "PCLI")


def test_tovuz_district_has_the_seat_coordinates(resolver, nlp) -> None:
    doc = nlp("Armenian forces attacked positions in the direction of the Tovuz district.")
    [tovuz] = [m for m in resolver.find(doc, countries={"AZE"}) if m.text == "Tovuz"]
    assert tovuz.place is not None and tovuz.place.country == "AZE"
    assert tovuz.place.lat == pytest.approx(40.99, abs=0.05)
    assert tovuz.place.lon == pytest.approx(45.63, abs=0.05)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Turkish diplomats met.",
        "The American delegation left.",
    ],
)
def test_demonyms_are_not_places(resolver, nlp, text) -> None:
    assert _resolved(resolver, nlp, text) == {}


def _doc(vocab, words, heads, deps, pos, ents=None) -> Doc:
    return Doc(
        vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=ents or ["O"] * len(words),
        sent_starts=[True] + [False] * (len(words) - 1),
    )


@pytest.mark.parametrize(
    ("ents", "expected"),
    [
        (["B-PERSON", "O", "O", "O"], []),  # "Tovuz said yesterday ." : a person
        (["O", "O", "B-PERSON", "O"], ["Tovuz"]),  # "shelling in Tovuz ." : locative
    ],
)
def test_person_tagged_town_needs_a_locative_context(resolver, vocab, ents, expected) -> None:
    if expected:
        words, heads = ["shelling", "in", "Tovuz", "."], [0, 0, 1, 0]
        deps, pos = ["ROOT", "prep", "pobj", "punct"], ["NOUN", "ADP", "PROPN", "PUNCT"]
    else:
        words, heads = ["Tovuz", "said", "yesterday", "."], [1, 1, 1, 1]
        deps, pos = ["nsubj", "ROOT", "npadvmod", "punct"], ["PROPN", "VERB", "NOUN", "PUNCT"]
    doc = _doc(vocab, words, heads, deps, pos, ents)
    assert [m.text for m in resolver.find(doc)] == expected


# -- place_for_event on hand-built parses ---------------------------------------------------


def _actor(start: int, end: int, country: str) -> ActorMention:
    actor = Actor(text=country, start=0, end=0, country=country, sector=None, code=country)
    return ActorMention(actor=actor, start=start, end=end, sent_index=0)


def _places(resolver, doc) -> list[PlaceMention]:
    return resolver.find(doc)


SENT_TO_XIAN = (
    ["China", "sent", "aid", "to", "Xian", "of", "China", "."],
    [1, 1, 1, 1, 3, 4, 5, 1],
    ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
    ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"],
)
OTHER_CLAUSE = (
    ["Officials", "sent", "aid", "after", "riots", "erupted", "in", "Baku", "."],
    [1, 1, 1, 5, 5, 1, 5, 6, 1],
    ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "prep", "pobj", "punct"],
    ["NOUN", "VERB", "NOUN", "SCONJ", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
    ["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
)
NO_PLACE = (
    ["Officials", "sent", "aid", "."],
    [1, 1, 1, 1],
    ["nsubj", "ROOT", "dobj", "punct"],
    ["NOUN", "VERB", "NOUN", "PUNCT"],
    None,
)
NOMINAL = (
    ["Armenia", "carried", "out", "an", "attack", "in", "Tovuz", "."],
    [1, 1, 1, 4, 1, 1, 5, 1],
    ["nsubj", "ROOT", "prt", "det", "dobj", "prep", "pobj", "punct"],
    ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"],
)
ACTOR_ONLY = (
    ["Azerbaijan", "protested", "."],
    [1, 1, 1],
    ["nsubj", "ROOT", "punct"],
    ["PROPN", "VERB", "PUNCT"],
    ["B-GPE", "O", "O"],
)


TO_ACTOR = (
    ["Officials", "sent", "aid", "to", "Azerbaijan", "."],
    [1, 1, 1, 1, 3, 1],
    ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    ["O", "O", "O", "O", "B-GPE", "O"],
)


@pytest.mark.parametrize(
    ("parse", "trigger", "source", "expected", "reason"),
    [
        (SENT_TO_XIAN, 1, (0, 1, "CHN"), "Xian", None),
        (OTHER_CLAUSE, 1, None, None, NO_PLACE_IN_CLAUSE),
        (OTHER_CLAUSE, 5, None, "Baku", None),
        (NO_PLACE, 1, None, None, NO_PLACE_IN_SENTENCE),
        (NOMINAL, 4, (0, 1, "ARM"), "Tovuz", None),
        (ACTOR_ONLY, 1, (0, 1, "AZE"), None, ONLY_ACTORS),
        (TO_ACTOR, 1, (4, 5, "AZE"), "Azerbaijan", None),  # the actor is the destination
    ],
)
def test_place_for_event_picks_the_clause_place(
    resolver, vocab, parse, trigger, source, expected, reason
) -> None:
    doc = _doc(vocab, *parse)
    event = EventMention(
        source=_actor(*source) if source else None,
        target=None,
        cameo="070",
        trigger_start=trigger,
        trigger_end=trigger + 1,
        sent_index=0,
        confidence=1.0,
    )
    place, why = place_for_event(doc, event, _places(resolver, doc))
    assert (place.text if place else None, why) == (expected, reason)


def test_place_for_event_on_the_sample_article(resolver, nlp, shared_dir) -> None:
    text = (shared_dir / "samples/azernews-2020-08-20-azerbaijan-china.txt").read_text()
    doc = nlp(text)
    places = resolver.find(doc, countries={"AZE", "CHN", "ARM"})
    sents = list(doc.sents)
    results = {}
    for word in ("provocation", "Xian"):
        token = next(t for t in doc if t.text == word)
        if word == "Xian":
            token = token.head.head if token.head.head.pos_ == "VERB" else token.head.head.head
        index = next(k for k, sent in enumerate(sents) if sent.start <= token.i < sent.end)
        event = EventMention(None, None, "190", token.i, token.i + 1, index, 1.0)
        place, _ = place_for_event(doc, event, places)
        results[word] = place.place if place is not None and place.place else None
    assert results["provocation"].country == "AZE"
    assert results["provocation"].lat == pytest.approx(40.99, abs=0.05)
    assert results["Xian"].name == "Xi’an" and results["Xian"].country == "CHN"


def test_places_command(resolver, cache_dir, tmp_path, monkeypatch) -> None:
    from eventscope.cli import main

    monkeypatch.setenv("EVENTSCOPE_CACHE_DIR", str(cache_dir))
    lines = [
        json.dumps({"id": "a", "text": "Talks were held in Baku on Monday."}),
        "{broken",
        json.dumps(
            {"id": "b", "text": "Storms hit Paris, Texas.", "mentions": [{"start": 11, "end": 16}]}
        ),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["places", str(source), "--format", "jsonl"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(r["article_id"], r["text"], r["country"]) for r in records] == [
        ("a", "Baku", "AZE"),
        ("b", "Paris", "USA"),  # "Paris, Texas": the container decides
    ]
    assert records[0]["start"] == 19 and records[0]["end"] == 23
    assert "in.jsonl:2" in result.stderr


def test_places_command_reads_the_state_after_a_comma(resolver, cache_dir, tmp_path, monkeypatch):
    """Regression (issue 14): the old test compared this country with itself."""
    from eventscope.cli import main

    monkeypatch.setenv("EVENTSCOPE_CACHE_DIR", str(cache_dir))
    line = {"id": "b", "text": "Storms hit Paris, Texas.", "mentions": [{"start": 11, "end": 16}]}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["places", str(source), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["text"], record["country"]) == ("Paris", "USA")


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (
            ["The", "Minnesota", "Department", "of", "Health", "said", "."],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["Minnesota"],
        ),
        (
            ["The", "Acme", "Minnesota", "Growth", "Fund", "said", "."],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
            [],
        ),
    ],
)
def test_place_opening_an_organisation_name(resolver, vocab, words, ents, expected) -> None:
    doc = Doc(vocab, words=words, ents=ents, pos=["DET"] + ["PROPN"] * 4 + ["VERB", "PUNCT"])
    assert [m.text for m in resolver.find(doc)] == expected


@pytest.mark.parametrize(
    "words",
    [
        ["Gunmen", "in", "Kano", "and", "Kano", "State", "attacked", "J&K", "and", "Dar'a"],
        ["no", "capital", "here", "no", "capital"],
        ["Aleppo", "aleppo", "ALEPPO", "Aleppo", "-", "3rd"],
    ],
)
def test_capitalised_indices_are_the_capitalised_words(vocab, words) -> None:
    doc = Doc(vocab, words=words)
    expected = tuple(i for i, word in enumerate(words) if capitalised_text(word))
    assert capitalised_indices(doc) == expected
