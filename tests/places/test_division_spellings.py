"""Division names as news spells them: direction words in French or English, Arabic articles
joined or left out, "-ah" written "-a", doubled vowels written once, South Asian state short
forms (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_places import _resolved, cache_dir, resolver

from eventscope.places.gazetteer.variants import Spellings, division_variants

__all__ = ["cache_dir", "resolver"]  # fixtures shared from test_places


@pytest.mark.parametrize(
    ("name", "spelt"),
    [
        ("South Kivu", "sud kivu"),
        ("Far North", "extreme nord"),
        ("Northern Darfur", "north darfur"),
        ("North-West Province", "nord ouest province"),
        ("Haut-Uele", "upper uele"),
        ("al Jafarah", "aljafara"),
        ("Ar-Raqqah", "raqqa"),
        ("Banaadir", "banadir"),
        ("Hiiraan", "hiraan"),
    ],
)
def test_a_division_is_known_by_its_other_spellings(name, spelt) -> None:
    assert spelt in division_variants([name], Spellings.load())


def test_a_direction_word_alone_takes_no_variant() -> None:
    # "Centre" or "North" name a division in a dozen countries: no "Center", no "Nord".
    assert division_variants(["Centre"], Spellings.load()) == {"centre"}


def test_a_bare_name_without_its_article_is_long_enough() -> None:
    # "Ad Dali" is not indexed as "Dali" (a Chinese city), "Al Jafarah" is as "Jafarah".
    spellings = Spellings.load()
    assert "dali" not in division_variants(["Ad Dali"], spellings)
    assert "jafarah" in division_variants(["Al Jafarah"], spellings)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On 4 May 2021, militia fighters looted a shop in Kabare (Kalehe, Sud-Kivu).",
            "Sud-Kivu",
            "COD",
        ),
        (
            "On 4 May 2021, gunmen raided Tourou village (Mokolo, Extreme-Nord).",
            "Extreme-Nord",
            "CMR",
        ),
        (
            "On 4 May 2021, herders clashed near Kutum (North Darfur) at night.",
            "North Darfur",
            "SDN",
        ),
        ("On 4 May 2021, farm workers protested in Ramapuram village (Nalgonda, TS).", "TS", "IND"),
        (
            "On 4 May 2021, youths threw stones at police in Sopore town (Baramulla, J&K).",
            "J&K",
            "IND",
        ),
    ],
)
def test_a_division_spelt_otherwise_is_found_in_its_slot(
    resolver, nlp, text, name, country
) -> None:
    found = _resolved(resolver, nlp, text)
    assert found.get(name) is not None and found[name][1] == country


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        # After "X district," a province spelt as news spells it ("Logar" for Lowgar), even
        # when the NER tags it a person.
        (
            "On 2 June 2021, 3 policemen were wounded in attacks by Taliban militants on posts "
            "in Khoshi district, Logar.",
            "Logar",
            "Lowgar",
        ),
    ],
)
def test_a_division_spelt_otherwise_holds_the_district_before_it(
    resolver, nlp, text, name, division
) -> None:
    assert _resolved(resolver, nlp, text).get(name) == (division, "AFG", "ADM1")


def test_a_short_form_alone_in_brackets_stays_an_acronym(resolver, nlp) -> None:
    # "(AP)" after a name is a news agency or a party, never Andhra Pradesh.
    assert "AP" not in _resolved(resolver, nlp, "Leaders of the Awami Party (AP) met in Dhaka.")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The owner says where the place lies, as "Idlib (Syria)" would.
        ("On 3 May 2021, regime forces shelled Syria's Idlib province at dawn.", "Idlib", "SYR"),
        ("On 3 May 2021, riot police dispersed a march in Lebanon's Tripoli.", "Tripoli", "LBN"),
    ],
)
def test_a_possessor_contains_the_place_it_owns(resolver, nlp, text, name, country) -> None:
    found = _resolved(resolver, nlp, text)
    assert found.get(name) is not None and found[name][1] == country


def test_a_possessor_unknown_to_the_owned_name_leaves_it_unresolved(resolver, nlp) -> None:
    # "Hamra" has no reading in Lebanon: no namesake abroad instead (the event takes Beirut).
    text = "On 3 May 2021, rioters hurled stones at soldiers in Beirut's Hamra district."
    assert _resolved(resolver, nlp, text).get("Hamra") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # No actor countries given (the places API alone): the nationality words weigh.
        ("Lebanese soldiers clashed with gunmen in Tripoli overnight.", "LBN"),
        ("Libyan soldiers clashed with gunmen in Tripoli overnight.", "LBY"),
        ("Soldiers clashed with gunmen in Tripoli overnight.", "LBY"),
    ],
)
def test_nationality_words_weigh_among_namesakes(resolver, nlp, text, country) -> None:
    assert _resolved(resolver, nlp, text)["Tripoli"][1] == country


def test_a_nationality_never_turns_a_capital_into_a_hamlet(resolver, nlp) -> None:
    found = _resolved(resolver, nlp, "American diplomats held talks in Paris on Friday.")
    assert found["Paris"][1] == "FRA"


def test_a_small_town_in_brackets_never_holds_a_large_city(resolver, nlp) -> None:
    # The bracket names a district of the capital, not the container of a namesake abroad.
    text = "On 4 May 2021, in Panama City (Bella Vista), residents protested for food aid."
    assert _resolved(resolver, nlp, text)["Panama City"][1] == "PAN"


def test_a_city_in_brackets_still_holds_a_village(resolver, nlp) -> None:
    text = "On 4 May 2021, rebels shelled army positions in Wadi Hamra (Misrata) overnight."
    assert _resolved(resolver, nlp, text)["Misrata"][1] == "LBY"


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        # An address in brackets ends with its division, not a country or a town abroad.
        (
            "On 7 May 2021, gunmen attacked Tegina (Rafi LGA, Niger) at night.",
            "Niger",
            "NGA",
            "ADM1",
        ),
        (
            "On 7 May 2021, airstrikes hit Qaniyah (As Sawdiyah, Al Bayda) at dawn.",
            "Al Bayda",
            "YEM",
            "ADM1",
        ),
    ],
)
def test_an_address_in_brackets_ends_with_its_division(
    resolver, nlp, text, name, country, code
) -> None:
    assert _resolved(resolver, nlp, text)[name] == (
        _resolved(resolver, nlp, text)[name][0],
        country,
        code,
    )


def test_a_country_closing_an_address_without_a_division_stays_the_country(resolver, nlp) -> None:
    text = "On 7 May 2021, shells fell on Kafr Hamra (Aleppo, Syria) at dawn."
    assert _resolved(resolver, nlp, text)["Syria"][1:] == ("SYR", "PCLI")


def test_a_district_named_in_its_province_is_no_namesake_abroad(resolver, nlp) -> None:
    # "X district, Paktia" states where X lies: an Indian district of that name is no reading.
    text = "On 8 May 2021, police raided a compound in Ahmadabad district, Paktia, at night."
    found = _resolved(resolver, nlp, text)
    assert found["Ahmadabad"] is None and found["Paktia"][1] == "AFG"


def test_states_listed_after_towns_keep_their_own_readings(resolver, nlp) -> None:
    found = _resolved(resolver, nlp, "Storms hit Sioux Falls, S.D. and Surprise, Ariz. overnight.")
    assert found["Surprise"][1] == "USA"
