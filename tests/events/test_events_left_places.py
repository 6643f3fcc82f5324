"""A withdrawal from a place in another country yields to that country's state, not to the
withdrawing side's own (``events/hosts.py`` ``left_place``, #15). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def _yields(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2024, 5, 2))
    return {
        (e.source.code, e.target.code if e.target else "-")
        for e in events
        if e.root == "08" and e.source is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French army withdrew from Gao last year.", ("FRAMIL", "MLIGOV")),
        ("Kenyan troops pulled out of Kismayo in March.", ("KENMIL", "SOMGOV")),
        # a place at home: the state's forces yield to their own country at large
        ("Ethiopian troops withdrew from Mekelle on Monday.", ("ETHMIL", "ETH")),
        # a named country was the target already
        ("American troops withdrew from Syria on Monday.", ("USAMIL", "SYRGOV")),
    ],
)
def test_a_place_left_names_the_state_yielded_to(pipeline: Pipeline, text: str, expected) -> None:
    found = _yields(pipeline, text)
    assert expected in found, found


def _reductions(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    events = pipeline.code_text(text, published=date(2024, 5, 2))
    return {
        (e.source.code, e.target.code if e.target else "-")
        for e in events
        if e.root == "16" and e.source is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "from Moscow" on the envoy, not on the verb
        ("Lithuania withdrew its ambassador from Moscow.", ("LTUGOV", "RUSGOV")),
        ("Israel recalled its envoy from Ankara after the raid.", ("ISRGOV", "TURGOV")),
        ("Ghana recalled its ambassador from Abuja on Friday.", ("GHAGOV", "NGAGOV")),
        # the source's own capital names no other party
        ("Kenya recalled its ambassador from Nairobi.", ("KENGOV", "-")),
    ],
)
def test_an_envoy_recalled_names_the_state_left(pipeline: Pipeline, text: str, expected) -> None:
    """CAMEO 161: the capital an envoy is withdrawn from names the other party (hosts.py)."""
    found = _reductions(pipeline, text)
    assert expected in found, found


def test_troops_withdrawn_from_abroad_by_the_object_s_from(pipeline: Pipeline) -> None:
    found = _yields(pipeline, "Belgium withdrew its soldiers from Kigali in 1994.")
    assert ("BELGOV", "RWAGOV") in found or ("BELMIL", "RWAGOV") in found, found
