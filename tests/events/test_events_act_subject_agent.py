"""A subject that is a hostile act with a "by" agent acts through that agent: "the bombing of
the parliament by militants killed ten" is the militants' killing, not the parliament's
(``events/authored.acting_subject``, issue 15). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 14)


def _dyads(pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
            for e in events}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "victim"),
    [
        ("The bombing of the Iraqi parliament by Islamic State militants killed ten people.",
         "IMGMOSISI", "IRQLEG"),
        ("The attack by rebels on the army base killed five soldiers.", "REB", None),
    ],
)  # fmt: skip
def test_the_agent_of_the_act_acts(pipeline, text, source, victim):
    found = _dyads(pipeline, text)
    assert any(src == source for src, *_ in found), found
    if victim is not None:
        assert not any(src == victim for src, *_ in found), found  # the one bombed kills no one


def test_without_an_agent_the_subject_stays(pipeline):
    # no "by": the subject is read as before (who bombed is not said)
    found = _dyads(pipeline, "Rebels on the border attacked an army base in Cameroon.")
    assert any(src.endswith("REB") for src, *_ in found), found
