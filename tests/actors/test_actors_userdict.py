"""User dictionaries: PETRARCH actor/agent text files and CSV, with date-restricted codes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventscope.actors import ActorCoder, ActorOptions
from eventscope.actors.lexicon import DatedCode
from eventscope.actors.userdict import (
    actor_entry,
    parse_actors,
    parse_agents,
    parse_csv,
    parse_dated_code,
    parse_yyyymmdd,
)
from eventscope.errors import DataFileError

DATA = Path(__file__).parent / "actors_data"
NAMES = ("fictional.actors.txt", "fictional.agents.txt", "fictional.csv")
FILES = tuple(str(DATA / name) for name in NAMES)


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder.load(options=ActorOptions(user_files=FILES))


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("ARN", DatedCode("ARN")),
        ("HOB <950601", DatedCode("HOB", None, date(1995, 6, 1))),
        ("HOB < 950601", DatedCode("HOB", None, date(1995, 6, 1))),
        ("HOBREB >990816", DatedCode("HOBREB", date(1999, 8, 16), None)),
        ("HOBGOV 19950601 - 19990815", DatedCode("HOBGOV", date(1995, 6, 1), date(1999, 8, 15))),
        ("HOBGOV 20121109-20130119", DatedCode("HOBGOV", date(2012, 11, 9), date(2013, 1, 19))),
    ],
)
def test_parse_dated_code(block, expected):
    assert parse_dated_code(block) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [("950601", date(1995, 6, 1)), ("080120", date(2008, 1, 20)), ("20100109", date(2010, 1, 9))],
)
def test_parse_yyyymmdd(text, day):
    assert parse_yyyymmdd(text) == day


def test_bad_date_is_a_data_file_error():
    with pytest.raises(DataFileError) as info:
        parse_yyyymmdd("19991340")
    assert info.value.code == "E400"


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("ARN", "ARN", None),
        ("ARNGOV", "ARN", "GOV"),
        ("IGOUNO", None, "IGO"),
        ("abc/xyz", "ABC", None),
    ],
)
def test_actor_entry_splits_codes(code, country, sector):
    entry = actor_entry(code, name="x")
    assert (entry.country, entry.sector) == (country, sector)


def test_parse_actors_blocks_synonyms_stems_and_discards():
    phrases = {p.phrase: p for p in parse_actors((DATA / "fictional.actors.txt").read_text())}
    assert phrases["valdoria"].stem is False  # trailing "_" = exact word
    assert phrases["ostreland"].stem is True
    assert phrases["korvath city"].entry.code == "OST"  # synonym shares the block's code
    assert "discarded name" not in phrases
    marren = phrases["marren voss"].entry
    days = (date(2000, 1, 1), date(2007, 1, 1), date(2015, 1, 1))
    assert [marren.code_on(day) for day in days] == ["VLD", "VLDGOV", "VLDREB"]


def test_parse_agents_macros_plurals_and_prefix_codes():
    text = (DATA / "fictional.agents.txt").read_text()
    phrases = {p.phrase: p.entry.sector for p in parse_agents(text)}
    assert phrases["harbour master"] == "GOV"
    assert phrases["harbour masters"] == "GOV"  # regular plural added
    assert phrases["city warden"] == phrases["city sentinel"] == "COP"  # !GUARD! expanded
    assert "ferry unions" not in phrases  # "{}" = no plural
    assert phrases["stargazers all"] == "EDU"  # explicit plural
    assert phrases["relief body"] == "NGO"  # "NGO~" prefix code


def test_parse_csv_dated_rows():
    phrases = {p.phrase: p.entry for p in parse_csv((DATA / "fictional.csv").read_text())}
    ilse = phrases["Ilse Marrow"]
    assert ilse.code == "LUN"
    assert ilse.code_on(date(2003, 5, 1)) == "LUNGOV"
    assert ilse.code_on(date(2006, 5, 1)) == "LUNOPP"
    assert ilse.code_on(None) == "LUN"


@pytest.mark.parametrize(
    "text",
    ["pattern,code\nX,Y\n", "pattern,code,valid_from,valid_to\nX,Y,01/02/2003,\n"],
)
def test_bad_csv(text):
    with pytest.raises(DataFileError):
        list(parse_csv(text))


def test_missing_user_file_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError, match="cannot read"):
        ActorCoder.load(options=ActorOptions(user_files=(str(tmp_path / "absent.csv"),)))


# (text, date, mention text, code)
CODED = [
    ("Valdoria and Ostreland signed a truce.", None, "Valdoria", "VLD"),
    ("Valdoria and Ostreland signed a truce.", None, "Ostreland", "OST"),
    ("The Ostrelanders protested.", None, "Ostrelanders", "OST"),  # stem + up to 3 letters
    ("Korvath City rejected the plan.", None, "Korvath City", "OST"),
    ("The Valdorian army advanced.", None, "The Valdorian army", "VLDMIL"),  # user + packaged agent
    ("The Red Tower Council met.", None, "Red Tower Council", "IGOTWR"),
    ("Marren Voss spoke.", date(2000, 1, 1), "Marren Voss", "VLD"),
    ("Marren Voss spoke.", date(2007, 1, 1), "Marren Voss", "VLDGOV"),
    ("Marren Voss spoke.", date(2012, 1, 1), "Marren Voss", "VLDREB"),
    ("Ilse Marrow spoke.", date(2003, 1, 1), "Ilse Marrow", "LUNGOV"),
    ("Ilse Marrow spoke.", date(2008, 1, 1), "Ilse Marrow", "LUNOPP"),
    ("Ilse Marrow spoke.", None, "Ilse Marrow", "LUN"),
    ("The Lunaria harbour master left.", None, "The Lunaria harbour master", "LUNGOV"),
    ("Valdoria's city wardens struck.", None, "Valdoria's city wardens", "VLDCOP"),
]


@pytest.mark.parametrize(("text", "on", "phrase", "code"), CODED)
def test_user_dictionary_coding(coder, nlp, text, on, phrase, code):
    actors = [(m.actor.text, m.actor.code) for m in coder.find(nlp(text), on=on)]
    assert (phrase, code) in actors


def test_user_resolution_and_country(coder, nlp):
    (mention,) = [m for m in coder.find(nlp("Marren Voss spoke."), on=date(2007, 1, 1))]
    assert (mention.actor.resolution, mention.actor.country, mention.actor.sector) == (
        "user", "VLD", "GOV",
    )  # fmt: skip


# -- the PETRARCH validation dictionaries, read from ../shared at run time ----------------------

_RECORD = re.compile(
    r'<Sentence date="(\d{8})" id="([^"]+)".*?<EventCoding sourcecode="([^"]*)" '
    r'targetcode="([^"]*)".*?<Text>(.*?)</Text>',
    re.DOTALL,
)


@pytest.fixture(scope="module")
def petrarch(shared_dir):
    folder = shared_dir / "eval" / "petrarch_validation"
    files = (str(folder / "PETR.Validate.actors.txt"), str(folder / "PETR.Validate.agents.txt"))
    coder = ActorCoder.load(options=ActorOptions(user_files=files))
    records = []
    for found in _RECORD.finditer((folder / "PETR.UnitTest.records.xml").read_text("utf-8")):
        day, ident, source, target, text = found.groups()
        on = date(int(day[:4]), int(day[4:6]), int(day[6:]))
        records.append((ident, on, source, target, " ".join(text.split())))
    return coder, records


@pytest.mark.shared
def test_petrarch_fictional_countries_are_coded(petrarch, nlp):
    coder, records = petrarch
    wanted = ("ARN", "GON", "MOR")
    total = hits = 0
    for _, on, source, target, text in records:
        golds = [g for g in (source, target) if g[:3] in wanted]
        if not golds:
            continue
        codes = [m.actor.code for m in coder.find(nlp(text), on=on)]
        total += len(golds)
        hits += sum(any(c.startswith(g[:3]) for c in codes) for g in golds)
    assert total >= 100
    assert hits / total >= 0.95


@pytest.mark.shared
def test_petrarch_date_restricted_codes(petrarch, nlp):
    coder, records = petrarch
    dated = [r for r in records if r[0].startswith("DATE")]
    assert len(dated) >= 10
    for ident, on, source, _, text in dated:
        codes = [m.actor.code for m in coder.find(nlp(text), on=on)]
        assert codes[:1] == [source], (ident, on, codes)


# (text, article date, mention text, code): packaged office holders with dated codes
PEOPLE = [
    ("Biden spoke in the Senate.", date(2000, 1, 1), "Biden", "USALEG"),
    ("Biden spoke.", date(2022, 1, 1), "Biden", "USAGOV"),
    ("Biden spoke.", date(2018, 1, 1), "Biden", "USAELI"),  # out of office: elites.py
    ("Merkel left.", date(2010, 1, 1), "Merkel", "DEUGOV"),
    ("Merkel left.", date(2023, 1, 1), "Merkel", "DEUELI"),
    ("Russian President Vladimir Putin spoke.", date(2020, 1, 1),
     "Russian President Vladimir Putin", "RUSGOV"),
    ("Antonio Guterres arrived.", date(2020, 1, 1), "Antonio Guterres", "IGOUNO"),
    ("Putin spoke.", None, "Putin", "RUS"),  # no date: the default code
    # a former state for the dated term, the later state outside it
    ("Gorbachev spoke.", date(1987, 1, 1), "Gorbachev", "SUNGOV"),
    ("Gorbachev spoke.", date(2005, 1, 1), "Gorbachev", "RUSELI"),
    ("Shevardnadze spoke.", date(1988, 1, 1), "Shevardnadze", "SUNGOV"),
    ("Shevardnadze spoke.", date(1995, 1, 1), "Shevardnadze", "GEOGOV"),
    ("Arafat spoke.", date(1990, 1, 1), "Arafat", "PSEGOV"),  # PLO chairman
    ("Kofi Annan arrived.", date(2000, 1, 1), "Kofi Annan", "IGOUNO"),
    ("Kofi Annan arrived.", date(2010, 1, 1), "Kofi Annan", "GHAELI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on", "phrase", "code"), PEOPLE)
def test_packaged_people(nlp, text, on, phrase, code):
    coder = ActorCoder.load()
    actors = [
        (m.actor.text, m.actor.code, m.actor.resolution) for m in coder.find(nlp(text), on=on)
    ]
    # With a title the text decides the sector (resolution "title"); alone, the dictionary.
    resolution = "title" if "President" in phrase else "dictionary"
    assert (phrase, code, resolution) in actors


def test_packaged_people_are_antecedents(nlp):
    coder = ActorCoder.load()
    mentions = coder.find(nlp("Erdogan arrived. He said the talks went well."), on=date(2020, 1, 1))
    assert [(m.actor.text, m.actor.code) for m in mentions] == [
        ("Erdogan", "TURGOV"),
        ("He", "TURGOV"),
    ]
