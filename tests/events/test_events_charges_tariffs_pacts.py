"""Three codebook shapes (#15), sentences we wrote:

* CAMEO 173 "arrest, detain, or charge with legal action": prosecutors, courts or police who
  charge someone act legally; "X charged that Y ..." stays the accusation 112;
* CAMEO 163 "impose embargo, boycott, or sanctions": tariffs or sanctions "slapped on" a
  country, as "imposed";
* CAMEO 160 "reduce relations": a state that ends, terminates or scraps an agreement with
  another; initialling or sealing one is signing it (057).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.code_text(text, published=date(2024, 9, 3))
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Turkish court charged the Izmir mayor with corruption.", ("TURJUD", "TURGOV", "173")),
        ("Polish prosecutors charged two Belarusians with espionage.", ("POLJUD", "BLRCVL", "173")),
        ("Iran charged that Israel was behind the explosion.", ("IRNGOV", "ISRGOV", "112")),
        ("Washington slapped tariffs on Canadian steel.", ("USAGOV", "CANGOV", "163")),
        ("The European Union slapped sanctions on Belarus.", ("IGOEUREEC", "BLRGOV", "163")),
        ("Chad ended its defence cooperation agreement with France.", ("TCDGOV", "FRAGOV", "160")),
        ("Niger terminated its military pact with the United States.", ("NERGOV", "USAGOV", "160")),
        ("Mali scrapped the peace accord with Algeria.", ("MLIGOV", "DZAGOV", "160")),
        ("Serbia and Kosovo initialled a trade agreement.", ("SRBGOV", "XKXGOV", "057")),
        ("Israel and Lebanon sealed a maritime border deal.", ("LBNGOV", "ISRGOV", "057")),
    ],
)
def test_codebook_shapes(pipeline, text, expected):
    found = coded(pipeline, text)
    assert expected in found, found
