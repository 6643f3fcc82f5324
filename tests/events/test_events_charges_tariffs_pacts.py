"""Three codebook shapes (#15), sentences we wrote:

* CAMEO 115 "bring lawsuit against": prosecutors, courts or police who charge someone act
  legally (the codebook's note under 173: "charges or lawsuits are coded as 115 instead");
  "X charged that Y ..." stays the accusation 112;
* CAMEO 163 "impose embargo, boycott, or sanctions": tariffs or sanctions "slapped on" a
  country, as "imposed";
* CAMEO 160 "reduce relations": a state that ends, terminates or scraps an agreement with
  another; initialling or sealing one is signing it (057);
* CAMEO 0841 "return, release person(s)": "exchanges of prisoners should all be coded here",
  for the verb ("exchanged 200 prisoners", "swapped captives") and the noun ("a prisoner
  swap"), each side releasing the other's; agreeing to one is the intent 0353 ("commitments
  to release or exchange prisoners and hostages").
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
        ("A Turkish court charged the Izmir mayor with corruption.", ("TURJUD", "TURGOV", "115")),
        ("Polish prosecutors charged two Belarusians with espionage.", ("POLJUD", "BLRCVL", "115")),
        ("Iran charged that Israel was behind the explosion.", ("IRNGOV", "ISRGOV", "112")),
        ("Washington slapped tariffs on Canadian steel.", ("USAGOV", "CANGOV", "163")),
        ("The European Union slapped sanctions on Belarus.", ("IGOEUREEC", "BLRGOV", "163")),
        ("Chad ended its defence cooperation agreement with France.", ("TCDGOV", "FRAGOV", "160")),
        ("Niger terminated its military pact with the United States.", ("NERGOV", "USAGOV", "160")),
        ("Mali scrapped the peace accord with Algeria.", ("MLIGOV", "DZAGOV", "160")),
        ("Serbia and Kosovo initialled a trade agreement.", ("SRBGOV", "XKXGOV", "057")),
        ("Israel and Lebanon sealed a maritime border deal.", ("LBNGOV", "ISRGOV", "057")),
        ("Russia and Ukraine exchanged 200 prisoners of war.", ("UKRGOV", "RUSGOV", "0841")),
        ("Ukraine swapped 50 captives with Russia.", ("UKRGOV", "RUSGOV", "0841")),
        # the maker of a thing exchanged is a broker, not the side acted on
        (
            "Armenia and Azerbaijan exchanged 32 prisoners of war each, mediated by the United"
            " States.",
            ("AZEGOV", "ARMGOV", "0841"),
        ),
        (
            "Israel and Hamas swapped hostages and prisoners, mediated by Egypt.",
            ("ISRGOV", "PSEREBHMS", "0841"),
        ),
        ("Armenia and Azerbaijan carried out a prisoner swap.", ("ARMGOV", "AZEGOV", "0841")),
        ("Iran and Sweden agreed an exchange of detainees.", ("IRNGOV", "SWEGOV", "0353")),
        ("The two armies exchanged fire across the border.", None),
    ],
)
def test_codebook_shapes(pipeline, text, expected):
    found = coded(pipeline, text)
    if expected is None:
        assert not any(code == "0841" for _, _, code in found), found
    else:
        assert expected in found, found
