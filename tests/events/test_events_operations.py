"""A military operation launched against an actor is force used on it (190; ``verbs.tsv``
rows for launch/conduct/carry out/mount + "operation against"), issue 15. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2024, 3, 14)


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return {(e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
            for e in events}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria's army launched an operation against Boko Haram.",
         ("NGAMIL", "IMGMOSBKH", "190")),
        ("Kenyan troops conducted operations against al-Shabaab in Lamu.",
         ("KENMIL", "IMGMOSSHB", "190")),
        ("The Colombian army carried out an operation against FARC dissidents in Cauca.",
         ("COLMIL", "COLREBFAD", "190")),
    ],
)  # fmt: skip
def test_an_operation_against_an_actor(pipeline, text, expected):
    found = _coded(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian police carried out an operation against drug trafficking in Rio de Janeiro.",
        "Doctors carried out an operation on the wounded soldier.",
    ],
)
def test_no_force_without_an_actor_against(pipeline, text):
    found = _coded(pipeline, text)
    assert not any(code == "190" for *_, code in found), found
