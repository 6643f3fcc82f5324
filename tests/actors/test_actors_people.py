"""``data/actors/people.csv``: every row well formed, no name read as two states at once, and
office holders of 1980s-2020s news coded from their name alone (sentences written for the test)."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from importlib import resources

import pycountry
import pytest

from eventscope.actors.lexicon import DATA_PACKAGE, LexiconBuilder, add_packaged, phrase_words
from eventscope.actors.userdict import add_packaged_groups
from eventscope.pipeline import Pipeline

# Withdrawn ISO 3166-3 codes the project uses for former states, plus Kosovo's user-assigned code.
FORMER_STATES = {"SUN", "YUG", "SCG", "CSK", "DDR", "XKX"}
PSEUDO = ("IGO", "NGO", "IMG")
Row = dict[str, str]


def _rows() -> list[Row]:
    text = resources.files(DATA_PACKAGE).joinpath("people.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return _rows()


def _span(row: Row) -> tuple[date, date]:
    start, end = row["valid_from"], row["valid_to"]
    return (
        date.fromisoformat(start) if start else date.min,
        date.fromisoformat(end) if end else date.max,
    )


def test_header_and_size(rows):
    text = resources.files(DATA_PACKAGE).joinpath("people.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "pattern,code,valid_from,valid_to"
    # several hundred people, each under a full name and most under a surname too
    assert len({r["pattern"] for r in rows}) >= 1500


def test_codes_start_with_a_known_state_or_pseudo_country(rows):
    known = {c.alpha_3 for c in pycountry.countries} | FORMER_STATES
    bad = [
        (r["pattern"], r["code"])
        for r in rows
        if not (r["code"].startswith(PSEUDO) or r["code"][:3] in known)
        or r["code"] != r["code"].upper()
        or not r["code"].isalnum()
    ]
    assert bad == []


def test_dates_are_iso_and_ordered(rows):
    for row in rows:
        start, end = _span(row)  # raises ValueError on a date that is not YYYY-MM-DD
        assert start <= end, row


def test_no_duplicate_rows_and_one_default_per_pattern(rows):
    keys = [tuple(r.values()) for r in rows]
    assert len(keys) == len(set(keys))
    defaults: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if not r["valid_from"] and not r["valid_to"]:
            defaults[r["pattern"]].append(r["code"])
    assert {p: c for p, c in defaults.items() if len(c) > 1} == {}
    # every pattern has its undated default (the code outside its dated terms)
    assert {r["pattern"] for r in rows} == set(defaults)


def test_no_name_stands_for_two_states_at_once(rows):
    """A surname shared by leaders of two countries in the same years must not be a row."""
    dated: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r["valid_from"] or r["valid_to"]:
            dated[r["pattern"]].append(r)
    clashes = []
    for pattern, terms in dated.items():
        for i, first in enumerate(terms):
            for second in terms[i + 1 :]:
                (s1, e1), (s2, e2) = _span(first), _span(second)
                if first["code"][:3] != second["code"][:3] and s1 <= e2 and s2 <= e1:
                    clashes.append((pattern, first["code"], second["code"]))
    assert clashes == []


def test_no_person_hides_a_place_or_organisation(rows):
    """People are added after countries, capitals, cities and IGOs and before armed groups: a
    person named like one of them ("Jordan", "Kerry", "Hamas") would replace or be replaced."""
    builder = LexiconBuilder()
    add_packaged(builder)
    add_packaged_groups(builder)
    shadowed = sorted({r["pattern"] for r in rows if phrase_words(r["pattern"]) in builder.items})
    assert shadowed == []


# (sentence, article date, source code, target code): names alone, no title, no country word
NAMED = [
    ("President Reagan welcomed the Soviet proposal.", date(1987, 5, 4), "USAGOV", "SUNGOV"),
    ("Gorbachev met Thatcher in Moscow.", date(1987, 3, 30), "SUNGOV", "GBRGOV"),
    # (a rule verb: "received Arafat" had only a classifier guess, a wrong 080 yield)
    ("Mubarak met Arafat in Cairo on Sunday.", date(1989, 10, 1), "EGYGOV", "PSEGOV"),
    ("Nasrallah threatened Israel with new rocket attacks.", date(2006, 7, 20),
     "LBNREBHZB", "ISRGOV"),
    ("Mugabe accused Tsvangirai of plotting a coup.", date(2002, 2, 20), "ZWEGOV", "ZWEOPPMDC"),
    ("Kagame accused Kabila of arming Hutu militias.", date(1998, 9, 1), "RWAGOV", "CODGOV"),
    ("Milosevic rejected the peace plan proposed by Izetbegovic.", date(1995, 6, 1),
     "YUGGOV", "BIHGOV"),
    ("Yeltsin praised Clinton after their summit.", date(1994, 1, 15), "RUSGOV", "USAGOV"),
    ("Habyarimana met Museveni in Kampala.", date(1993, 6, 1), "RWAGOV", "UGAGOV"),
    ("Arafat rejected Sharon's offer.", date(2001, 5, 1), "PSEGOV", "ISRGOV"),
    ("Abiy Ahmed met Isaias Afwerki in Asmara.", date(2018, 7, 8), "ETHGOV", "ERIGOV"),
]  # fmt: skip


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(("text", "on", "source", "target"), NAMED)
def test_leaders_named_alone_are_coded(pipeline, text, on, source, target):
    events = pipeline.code_text(text, published=on)
    dyads = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in events}  # fmt: skip
    assert (source, target) in dyads
