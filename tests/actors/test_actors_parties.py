"""``data/actors/parties.csv``: political parties by name, well-formed rows that hide no other
packaged name, and parties coded as actors in sentences written for these tests."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

import pycountry
import pytest

from eventscope.actors.lexicon import DATA_PACKAGE, LexiconBuilder, add_packaged, phrase_words
from eventscope.actors.userdict import add_packaged_groups
from eventscope.pipeline import Pipeline

Row = dict[str, str]


def _rows(name: str) -> list[Row]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return _rows("parties.csv")


def test_rows_are_well_formed(rows):
    known = {c.alpha_3 for c in pycountry.countries}
    bad = [
        r["pattern"]
        for r in rows
        if r["code"][:3] not in known
        or r["code"][3:6] not in ("PTY", "GOV")  # a one-party state's party rules: GOV
        or len(r["code"]) != 9
        or not r["code"].isalnum()
        or r["home"] != r["code"][:3]
    ]
    assert len(rows) >= 100
    assert bad == []


def test_dates_are_iso_and_ordered(rows):
    for row in rows:
        start = date.fromisoformat(row["valid_from"]) if row["valid_from"] else date.min
        end = date.fromisoformat(row["valid_to"]) if row["valid_to"] else date.max
        assert start <= end, row["pattern"]


def test_no_party_hides_another_packaged_name(rows):
    """Parties are added after countries, capitals, cities, organisations, agents and armed
    groups: a party named like one of them ("Congress", "Labour") would replace it."""
    builder = LexiconBuilder()
    add_packaged(builder)
    for row in _rows("armed_groups.csv"):
        builder.add(row["pattern"], None)  # type: ignore[arg-type]  # only the key matters
    patterns = [r["pattern"] for r in rows]
    assert len(set(patterns)) == len(patterns)
    assert sorted(p for p in patterns if phrase_words(p) in builder.items) == []


def test_parties_load_with_the_groups():
    builder = LexiconBuilder()
    add_packaged_groups(builder)
    assert phrase_words("Awami League") in builder.items


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The ruling Awami League accused the Bangladesh Nationalist Party of inciting violence.",
         "BGDPTYAWL", "BGDPTYBNP"),
        ("The AKP criticised the MHP over its election campaign.", "TURPTYAKP", "TURPTYMHP"),
        ("Georgian Dream accused the United National Movement of plotting a revolution.",
         "GEOPTYGDR", "GEOPTYUNM"),
        ("The Chinese Communist Party condemned the Democratic Progressive Party.",
         "CHNGOVCCP", "TWNPTYDPP"),
        ("Police arrested leaders of the National Unity Platform in Kampala.", "UGACOP",
         "UGAPTYNUP"),
    ],
)  # fmt: skip
def test_parties_are_coded_as_actors(pipeline, text, source, target):
    events = pipeline.code_text(text, published=date(2024, 5, 6))
    dyads = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in events}  # fmt: skip
    assert (source, target) in dyads


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # acronyms that name something else as often are no party: the full name is
        ("Police detained 20 protesters in Lahore, PTI reported.", "PAKPTYPTI"),  # the agency
        ("BNP Paribas agreed to buy a stake in the insurer.", "BGDPTYBNP"),  # the bank
        ("The city will build a new CHP plant.", "TURPTYCHP"),  # combined heat and power
    ],
)
def test_ambiguous_acronyms_are_no_party(actors, nlp, text, absent):
    assert absent not in {m.actor.code for m in actors.find(nlp(text))}
