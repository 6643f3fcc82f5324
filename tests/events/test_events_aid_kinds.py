"""Aid codes by the kind of aid: CAMEO 071/072/073 given, 0331/0332/0333 promised; weapons
given are military aid (072).

The rows code the verb (070 sent, 033 pledged, 0331 an amount of money); the modifier of the
aid noun names the kind (:mod:`eventscope.events.aid_kinds`). All sentences are written for
these tests.
"""

from __future__ import annotations

import pytest
from test_events_support import dyads

from eventscope.events.aid_kinds import AID_KINDS
from eventscope.events.cameo import Codebook


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sent humanitarian aid to Myanmar after the earthquake.", ("JPN", "MMR", "073")),
        ("The United States provided military assistance to Taiwan.", ("USA", "TWN", "072")),
        ("Germany gave military aid to Ukraine.", ("DEU", "UKR", "072")),
        ("India delivered food aid to Afghanistan.", ("IND", "AFG", "073")),
        ("China offered economic assistance to Sri Lanka.", ("CHN", "LKA", "0331")),
        ("Turkey promised military support to Azerbaijan.", ("TUR", "AZE", "0332")),
        ("Norway pledged $50 million in humanitarian aid for Syria.", ("NOR", "SYR", "0333")),
        ("Canada will provide $20 million in military aid to Ukraine.", ("CAN", "UKR", "0332")),
        # weapons given are military aid
        ("The Netherlands handed over two F-16 jets to Ukraine.", ("NLD", "UKR", "072")),
        ("Germany delivered tanks to Ukraine.", ("DEU", "UKR", "072")),
        ("The United States pledged $2 billion in weapons for Ukraine.", ("USA", "UKR", "0332")),
        ("Sudan handed over the town of Abyei to South Sudan.", ("SDN", "SSD", "084")),
        # no kind named: the row's code stands
        ("Japan sent aid to Myanmar after the earthquake.", ("JPN", "MMR", "070")),
        ("Norway pledged $50 million for Syria.", ("NOR", "SYR", "0331")),
        # a kind word that modifies no aid noun names no kind
        ("Japan sent aid to Myanmar after a military offensive displaced thousands.",
         ("JPN", "MMR", "070")),
    ],
)  # fmt: skip
def test_aid_takes_the_kind_its_noun_names(nlp, actors, events, text, expected):
    doc = nlp(text)
    assert expected in dyads(events.find(doc, actors.find(doc)))


def test_every_kind_code_is_in_the_codebook():
    codebook = Codebook.load()
    codes = {code for kinds in AID_KINDS.values() for code in kinds.values()}
    assert codes and all(code in codebook for code in codes)
