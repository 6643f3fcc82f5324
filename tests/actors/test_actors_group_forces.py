"""A named armed group's "its fighters" are the group (#15): "Hezbollah said its fighters
attacked an Israeli army post" is Hezbollah's attack, not one of unnamed Lebanese fighters, and
"al-Shabaab said its fighters killed five Kenyan soldiers" no Kenyan group's
(actors/owned.py). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.actors.drafts import Draft
from eventscope.actors.owned import with_group_forces
from eventscope.pipeline import Pipeline

ON = date(2025, 3, 14)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=ON)
    return {(e.source.code, e.cameo[:2], e.target.code if e.target else "") for e in events}


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        (
            "Al-Shabaab said its fighters killed five Kenyan soldiers near the border town of "
            "Mandera.",
            "IMGMOSSHB",
            "19",
            "KENMIL",
        ),
        (
            "Hezbollah said its fighters attacked an Israeli army post on Tuesday.",
            "LBNREBHZB",
            "19",
            "ISRMIL",
        ),
        # "the group": the named group of the sentence before
        (
            "Boko Haram attacked a Nigerian army base in Borno state. The group said its "
            "fighters killed 20 soldiers.",
            "IMGMOSBKH",
            "19",
            "NGAMIL",
        ),
    ],
)
def test_a_named_groups_own_fighters_act_as_the_group(pipeline, text, source, root, target):
    found = dyads(pipeline, text)
    assert (source, root, target) in found, found
    assert not any(s.endswith("UAF") for s, *_ in found), found


@pytest.mark.parametrize(
    ("text", "fighters", "code"),
    [
        ("Hamas said its fighters fired rockets at Israeli towns.", "fighters", "PSEREBHMS"),
        # a coordination: the first noun owns what "their" joins to it
        (
            "Soldiers killed al-Shabaab fighters and their commanders near Kismayo.",
            "commanders",
            "IMGMOSSHB",
        ),
        # the nearest clause's subject, Israel, is a state and lends no group code; the armed
        # group named before does ("its fighters" refer back to it, actors/draft_maker.py)
        ("Hamas said Israel killed its fighters overnight.", "fighters", "PSEREBHMS"),
        # a state's forces keep their role (the context stage gives the owner's country)
        ("Russia said its forces captured two villages.", "forces", None),
    ],
)
def test_only_a_named_group_lends_its_code(actors, nlp, text, fighters, code):
    found = {m.actor.text: m.actor for m in actors.find(nlp(text), on=ON)}
    actor = found[fighters]
    if code is None:
        assert actor.name is None and actor.code == (actor.country or "") + (actor.sector or "")
    else:
        assert (actor.code, actor.resolution) == (code, "coreference"), actor


def test_hand_built_owner_is_the_clause_subject(vocab):
    # "PKK said its fighters left": the parse built by hand, the group's draft over "PKK"
    words = ["PKK", "said", "its", "fighters", "left", "."]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 1, 3, 4, 1, 1],
        deps=["nsubj", "ROOT", "poss", "nsubj", "ccomp", "punct"],
        sent_starts=[True, False, False, False, False, False],
    )
    group = Draft(0, 1, sector="REB", code="TURREBPKK", country="TUR", name="PKK")
    fighters = Draft(3, 4, sector="UAF", code="UAF")
    found = with_group_forces(doc, [group, fighters])
    assert found[1] == Draft(3, 4, sector="REB", code="TURREBPKK", country="TUR", name="PKK",
                             resolution="coreference")  # fmt: skip
    # no named group in the document: nothing changes
    plain = Draft(0, 1, sector="GOV", code="TURGOV", country="TUR")
    assert with_group_forces(doc, [plain, fighters]) == [plain, fighters]
