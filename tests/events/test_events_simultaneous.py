"""Two parties' acts told side by side ("X did A as / while Y did B") are two events; the
clause is not said inside the first act (``events/simultaneous.py``, #15). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.pipeline import Pipeline

PUBLISHED = date(2025, 11, 4)


def _acts(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return {
        (e.source.code if e.source else "-", e.cameo[:2])
        for e in pipeline.code_text(text, published=PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Israel freed 90 prisoners as Hamas released three hostages.",
            ("ISRGOV", "08"),
            ("PSEREBHMS", "08"),
        ),
        (
            "Russia released two American prisoners as the United States freed a Russian spy.",
            ("RUSGOV", "08"),
            ("USAGOV", "08"),
        ),
        (
            "Japan pledged aid to Nepal while China offered loans to Nepal.",
            ("JPNGOV", "03"),
            ("CHNGOV", "03"),
        ),
        (
            "Germany promised tanks to Ukraine while France pledged air defence systems to Kyiv.",
            ("DEUGOV", "03"),
            ("FRAGOV", "03"),
        ),
        (
            "The Chinese foreign minister met his Indian counterpart in Delhi as Pakistan "
            "hosted the Afghan foreign minister.",
            ("CHNGOV", "04"),
            ("PAKGOV", "04"),
        ),
        (
            "The United States lifted sanctions on Venezuela while Canada eased its "
            "restrictions on Caracas.",
            ("USAGOV", "08"),
            ("CANGOV", "08"),
        ),
        (
            "Norway recognised Palestine as Spain recognised the Palestinian state.",
            ("NORGOV", "05"),
            ("ESPGOV", "05"),
        ),
        (
            "The Philippines signed a defence pact with Japan while Vietnam signed a trade deal "
            "with South Korea.",
            ("PHLGOV", "05"),
            ("VNMGOV", "05"),
        ),
        (
            "Qatar thanked Egypt for its mediation as Hamas thanked Iran for its support.",
            ("QATGOV", "05"),
            ("PSEREBHMS", "05"),
        ),
        (
            "Saudi Arabia invited Iran to the summit as Egypt invited Syria.",
            ("SAUGOV", "02"),
            ("EGYGOV", "02"),
        ),
        (
            "Brazil praised China while Argentina criticised the Chinese government.",
            ("BRAGOV", "05"),
            ("ARGGOV", "11"),
        ),
        (
            "Ukraine returned 40 soldiers as Russia handed over 35 prisoners of war.",
            ("UKRGOV", "08"),
            ("RUSGOV", "08"),
        ),
    ],
)
def test_another_partys_act_beside_the_first_is_coded(
    pipeline: Pipeline, text: str, first, second
) -> None:
    found = _acts(pipeline, text)
    assert first in found and second in found, found


@pytest.mark.parametrize(
    ("text", "kept", "inside"),
    [
        # the same party (a pronoun): its act and its reason, one event
        (
            "Israel freed 90 prisoners as it sought a truce with Hamas.",
            ("ISRGOV", "08"),
            "04",
        ),
        # force beside force or protest: one clash, as conflict notes code it
        ("Police fired tear gas as protesters threw stones in Nairobi.", ("KENCOP", "17"), "14"),
        (
            "The army shelled rebel positions in Idlib while the rebels attacked an army base.",
            ("SYRMIL", "19"),
            "18",
        ),
    ],
)
def test_a_clause_of_the_same_party_or_of_force_stays_inside(
    pipeline: Pipeline, text: str, kept, inside: str
) -> None:
    found = _acts(pipeline, text)
    assert kept in found and not any(root == inside for _, root in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a cause or a time ("after", "because") is the act's setting, not news beside it
        "Cuba released 550 prisoners after the United States removed it from a list.",
        "Cuba released 550 prisoners because the United States eased its sanctions.",
        # a clause that names no target of its own: one guessed from the first act's words
        # would be wrong ("the prisoners" are not what the sanctions were eased on)
        "Cuba freed 20 prisoners as the United States eased sanctions.",
        "Cuba accused Washington of spying as the United States denied the claim.",
    ],
)
def test_a_cause_a_time_or_no_target_of_its_own_is_not_a_second_act(
    pipeline: Pipeline, text: str
) -> None:
    sources = {source for source, _ in _acts(pipeline, text)}
    assert sources == {"CUBGOV"}, sources
