"""The helpers the contentious and domain coders share (events/common.py): reading their tables,
which actors they may use, the actor over a word, and the actors they imply."""

from __future__ import annotations

import pytest

from eventscope.errors import DataFileError
from eventscope.events.common import covering, implied_actor, read_table, usable
from eventscope.models import Actor, ActorMention


def mention(code: str, country: str | None, start: int, end: int, **kw: str) -> ActorMention:
    sector = code[len(country or "") :] or None
    actor = Actor(text=code, start=0, end=0, country=country, sector=sector, code=code, **kw)  # type: ignore[arg-type]
    return ActorMention(actor=actor, start=start, end=end, sent_index=0)


def test_read_table_names_the_file_on_any_error():
    with pytest.raises(DataFileError, match="no-such-table.toml"):
        read_table("no-such-table.toml", dict, "bad table")
    with pytest.raises(DataFileError, match="domain.toml: bad table: 'missing'"):
        read_table("domain.toml", lambda data: data["missing"], "bad table")
    assert "one_sided" in read_table("domain.toml", dict, "bad table")


def test_usable_refuses_context_actors_and_optionally_bare_sectors():
    assert usable(mention("ZAFCOP", "ZAF", 0, 1))
    assert not usable(mention("ZAF", "ZAF", 0, 1, resolution="context"))
    bare = mention("COP", None, 0, 1)
    assert usable(bare)
    assert not usable(bare, sectorless=False)


def test_covering_reads_the_phrase_or_the_word(nlp):
    doc = nlp("Two hundred angry miners marched to the mine.")
    miners = doc[3]
    union = mention("ZAFLAB", "ZAF", 3, 4)
    assert covering([union], miners) is union
    # a ROOT's phrase is the whole sentence: only the word itself counts
    assert covering([union], doc[4]) is None
    assert covering([union], doc[0], phrase=False) is None


def test_implied_actor_unnamed_or_over_a_noun(nlp):
    doc = nlp("A farmer was shot near the village.")
    attacker = implied_actor(doc[3], "UAF", "KEN", 0)
    assert (attacker.actor.code, attacker.actor.text, attacker.actor.resolution) == (
        "KENUAF",
        "",
        "implied",
    )
    assert (attacker.start, attacker.end) == (3, 3)
    victim = implied_actor(doc[1], "CVL", "KEN", 0, why="dateline")
    assert (victim.actor.code, victim.actor.text, victim.actor.resolution) == (
        "KENCVL",
        "farmer",
        "dateline",
    )
    assert (victim.start, victim.end) == (1, 2)
    place = implied_actor(doc[3], "", "KEN", 0)
    assert (place.actor.code, place.actor.sector) == ("KEN", None)
    nowhere = implied_actor(doc[3], "OPP", None, 0)
    assert (nowhere.actor.code, nowhere.actor.country) == ("OPP", None)
