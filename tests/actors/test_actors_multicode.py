"""User dictionary entries that name several actors at once (PETRARCH ``[FRO/BIL/SAM]``: the
Shire is three actors): one mention per code over the same words, so events code one dyad per
member. The dictionary and the sentences are written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventscope.actors import ActorCoder, ActorOptions
from eventscope.actors.lexicon import split_codes
from eventscope.actors.userdict import actor_entry, parse_actors, parse_csv
from eventscope.pipeline import Pipeline

DICTIONARY = """\
VALDORIA_  [VLD]
OSTRELAND  [OST]
THE_TRIAD  [KRV/OST/MRN]  # three states that act as one
+TRIAD_STATES_
TWIN_HARBOURS_  [ZEN/IGOUNO]
OLD_LEAGUE_  [KRV/MRN 950101-991231]
    [VLD >991231]
"""
SPRING_1997 = date(1997, 4, 2)
SPRING_2003 = date(2003, 4, 2)


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dicts") / "triad.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def coder(dictionary) -> ActorCoder:
    return ActorCoder.load(options=ActorOptions(user_files=(str(dictionary),)))


@pytest.fixture(scope="module")
def pipeline(nlp, coder) -> Pipeline:
    return Pipeline(nlp=nlp, actors=coder)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.code_text(text, published=SPRING_2003)
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def test_a_slash_code_is_one_code_per_actor():
    assert split_codes("FRO/BIL/SAM") == ("FRO", "BIL", "SAM")
    assert split_codes("ARNGOV") == ("ARNGOV",)
    entry = actor_entry("fro/bil/sam", name="The Shire")
    assert (entry.code, entry.also, entry.country) == ("FRO", ("BIL", "SAM"), "FRO")
    assert entry.codes_on(None) == ("FRO", "BIL", "SAM")
    assert entry.code_on(None) == "FRO"  # callers that want one code get the first


def test_every_phrase_of_the_block_keeps_every_code():
    phrases = {p.phrase: p.entry for p in parse_actors(DICTIONARY)}
    assert phrases["the triad"].codes_on(None) == ("KRV", "OST", "MRN")
    assert phrases["triad states"].codes_on(SPRING_2003) == ("KRV", "OST", "MRN")
    assert phrases["valdoria"].codes_on(None) == ("VLD",)


def test_a_dated_slash_code_names_several_actors_while_it_holds():
    league = {p.phrase: p.entry for p in parse_actors(DICTIONARY)}["old league"]
    assert league.codes_on(SPRING_1997) == ("KRV", "MRN")
    assert league.code_on(SPRING_1997) == "KRV"
    assert league.codes_on(SPRING_2003) == ("VLD",)


def test_a_csv_code_may_name_several_actors():
    text = "pattern,code,valid_from,valid_to\nThe Triad,krv/ost/mrn,,\n"
    (item,) = parse_csv(text)
    assert item.entry.codes_on(None) == ("KRV", "OST", "MRN")


@pytest.mark.parametrize(
    ("text", "on", "phrase", "codes"),
    [
        ("The Triad condemned Valdoria.", None, "The Triad", ["KRV", "OST", "MRN"]),
        ("Triad States protested.", None, "Triad States", ["KRV", "OST", "MRN"]),
        # a role of the compound is that role of each member
        ("Triad States officials protested.", None, "Triad", ["KRVGOV", "OSTGOV", "MRNGOV"]),
        ("Twin Harbours officials protested.", None, "Twin", ["ZENGOV", "IGOUNO"]),
        # a pseudo-country member is an IGO, not a country "IGO"
        ("Twin Harbours protested.", None, "Twin Harbours", ["ZEN", "IGOUNO"]),
        ("The Old League protested.", SPRING_1997, "Old League", ["KRV", "MRN"]),
        ("The Old League protested.", SPRING_2003, "Old League", ["VLD"]),
    ],
)
def test_one_mention_per_code_over_the_same_words(nlp, coder, text, on, phrase, codes):
    found = [m for m in coder.find(nlp(text), on=on) if phrase in m.actor.text]
    assert [m.actor.code for m in found] == codes
    assert len({(m.start, m.end) for m in found}) == 1
    assert len({m.actor.resolution for m in found}) == 1


def test_each_member_has_its_own_country_and_sector(nlp, coder):
    found = [m.actor for m in coder.find(nlp("Twin Harbours protested."))]
    assert [(a.country, a.sector) for a in found] == [("ZEN", None), (None, "IGO")]


def test_each_member_is_a_source_and_a_target(pipeline):
    members = {"KRV", "OST", "MRN"}
    assert dyads(pipeline, "The Triad condemned Valdoria on Monday.") >= {
        (member, "VLD") for member in members
    }
    assert dyads(pipeline, "Valdoria accused the Triad of spying on Monday.") >= {
        ("VLD", member) for member in members
    }


def test_the_members_meet_the_others_never_each_other(pipeline):
    found = dyads(pipeline, "The Triad and Valdoria signed a trade agreement on Monday.")
    members = {"KRV", "OST", "MRN"}
    assert {("VLD", m) for m in members} | {(m, "VLD") for m in members} <= found
    assert not {(s, t) for s, t in found if s in members and t in members}
    alone = dyads(pipeline, "The Triad met in Valdoria on Monday.")
    assert not {(s, t) for s, t in alone if s in members and t in members}


def test_a_dictionary_compound_costs_no_confidence(pipeline):
    """A guessed referent ("the sides") costs confidence; the dictionary's compound is no guess."""
    triad = pipeline.code_text("The Triad condemned Valdoria on Monday.", published=SPRING_2003)
    single = pipeline.code_text("Ostreland condemned Valdoria on Monday.", published=SPRING_2003)
    assert triad and single
    assert {e.confidence for e in triad} == {single[0].confidence}
