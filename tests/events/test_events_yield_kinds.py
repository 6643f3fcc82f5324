"""A yield announced, refused, appealed for or demanded keeps its kind: CAMEO gives each kind
of yield (081 administrative sanctions, 082 dissent, 084 release, 085 economic sanctions, 086
international involvement, 087 military de-escalation) its own intent (0351-0356), refusal
(1241-1246), appeal (0251-0256) and demand (1051-1056) code; the root stays 03, 12, 02 and 10.
Sentences written for these tests (#15)."""

from __future__ import annotations

from datetime import date

import pytest
from test_events_support import triples

PUBLISHED = date(2024, 3, 14)


def _coded(pipeline, text: str) -> set[tuple[str, str, str]]:
    return set(triples(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # intent (035x)
        ("The EU agreed to lift sanctions on Belarus.", ("IGOEUREEC", "BLRGOV", "0354")),
        ("Washington promised to ease the embargo on Cuba.", ("USAGOV", "CUBGOV", "0354")),
        ("Israel agreed to withdraw its troops from southern Lebanon.",
         ("ISRGOV", "LBNGOV", "0356")),
        ("Russia and Ukraine agreed to a ceasefire.", ("RUSGOV", "UKRGOV", "0356")),
        ("Hamas agreed to release the Israeli hostages.", ("PSEREBHMS", "ISRCVL", "0353")),
        ("The Sudanese government agreed to allow UN peacekeepers into Darfur.",
         ("SDNGOV", "-", "0355")),
        ("The Thai government promised to lift the curfew in Yala.", ("THAGOV", "-", "0351")),
        # refusal (124x)
        ("Moscow refused to withdraw its troops from Georgia.", ("RUSGOV", "GEOGOV", "1246")),
        ("The United States refused to lift sanctions on Venezuela.",
         ("USAGOV", "VENGOV", "1244")),
        ("Iran refused to release the British tanker.", ("IRNGOV", "GBRGOV", "1243")),
        # appeal (025x)
        ("The UN urged Israel to release the Palestinian prisoners.", ("IGOUNO", "ISRGOV", "0253")),
        ("The United States urged Russia to withdraw its troops from Ukraine.",
         ("USAGOV", "RUSGOV", "0256")),
        ("The EU called on Sudan to allow aid agencies into Darfur.",
         ("IGOEUREEC", "SDNGOV", "0255")),
        ("Canada urged China to lift its ban on Canadian canola.", ("CANGOV", "CHNGOV", "0254")),
        # demand (105x)
        ("China demanded that Japan withdraw its troops from the islands.",
         ("CHNGOV", "JPNGOV", "1056")),
        ("Ukraine demanded that Russia return the seized ships.", ("UKRGOV", "RUSGOV", "1053")),
        ("Turkey demanded that the United States lift sanctions on Ankara.",
         ("TURGOV", "USAGOV", "1054")),
    ],
)  # fmt: skip
def test_a_framed_yield_keeps_its_kind(pipeline, text, expected):
    assert expected in _coded(pipeline, text)
