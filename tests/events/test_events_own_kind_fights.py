"""A fight among one kind: the unnamed other side is of the source's own kind.

(``events/infighting.py``, ``events/foes.own_kind``; sentences we wrote.) "Two mobs clashed",
"tribesmen clashed over a vengeance dispute", "militiamen from the A and B clans clashed": the
text names one side that is both sides, so the other side is not the state's military.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2021, 6, 5)


def _dyads(events) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.cameo[:2] in ("18", "19")
    ]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "On 4 June 2021, militias from two rival clans clashed near Beledweyne over grazing"
            " land.",
            ("SOMUAF", "SOMUAF"),
        ),
        ("On 4 June 2021, armed tribesmen clashed in Marib over a land dispute.", None),
        (
            "On 4 June 2021, youths from Kibera and Mathare clashed in Nairobi.",
            ("KENCVL", "KENCVL"),
        ),
        (
            "On 4 June 2021, two groups of bus drivers clashed at a terminal in Sorong.",
            ("IDNLAB", "IDNLAB"),
        ),
        (
            "On 4 June 2021, two mobs clashed with each other in Pratapgarh over a property"
            " dispute.",
            ("INDCVL", "INDCVL"),
        ),
        (
            "On 4 June 2021, militiamen from the Ayr and Saleban clans clashed near Galkayo.",
            ("SOMUAF", "SOMUAF"),
        ),
        (
            "On 4 June 2021, rival gangs fought each other in Kingston, leaving two dead.",
            ("JAMCRM", "JAMCRM"),
        ),
        (
            "On 9 April 2021, two families fought over a plot of farmland in Gulu, injuring four.",
            None,
        ),
        # one more of the same kind after "with"
        (
            "On 3 May 2021, a mob clashed with another group in Etah over a stray buffalo,"
            " injuring 12 people.",
            ("INDCVL", "INDCVL"),
        ),
        ("On 4 May 2021, gang members fought with a rival gang in Kingston.", ("JAMCRM", "JAMCRM")),
        # the two sides in the phrase of a clash noun
        (
            "On 4 May 2021, a clash took place between two groups of villagers in Larkana over"
            " farmland, injuring two men.",
            ("PAKCVL", "PAKCVL"),
        ),
    ],
)
def test_one_kind_on_both_sides(pipeline: Pipeline, text: str, dyad):
    dyads = _dyads(pipeline.code_text(text, published=PUBLISHED))
    assert dyads, dyads
    if dyad is None:  # the source's own sector on both sides, whatever it is
        assert any(s == t for s, t in dyads), dyads
    else:
        assert dyad in dyads, dyads


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # no word of two sides: the armed opposition's unnamed foe is the state's military
        ("On 4 June 2021, rebels clashed in Beni with gunfire heard for hours.", "CODMIL"),
        ("On 4 June 2021, gunmen clashed in Jos, leaving two dead.", "NGAMIL"),
    ],
)
def test_one_side_fights_its_foe(pipeline: Pipeline, text: str, target: str):
    dyads = _dyads(pipeline.code_text(text, published=PUBLISHED))
    assert target in [t for _, t in dyads], dyads
