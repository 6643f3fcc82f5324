"""GDELT geography of a place: Geo_Type, FIPS 10-4 country code and ADM1 code.

GDELT 2.0 describes a location by a type (1 country, 2 US state, 3 US city or landmark,
4 world city or landmark, 5 world state / first-level division), a FIPS 10-4 country code
and an ADM1 code (the FIPS country code plus the division code: "USTX", "FR11"). Our places
carry ISO alpha-3 countries and GeoNames admin1 codes; ``data/gazetteer/fips_countries.tsv``
maps the countries, and GeoNames admin1 codes *are* FIPS division codes except in a few
countries (:data:`ADM1_NOT_FIPS`), where the ADM1 code is left empty rather than wrong.

Example:
    >>> table = FipsTable.load()
    >>> table.geo("USA", "TX", "ADM1"), table.geo("FRA", "11", "PPLC")
    (('2', 'US', 'USTX'), ('4', 'FR', 'FR11'))
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from ..errors import DataFileError

# GeoNames uses ISO 3166-2 (BE, CH, ME) or an extra level (GB, GR) for admin1 here, not FIPS.
ADM1_NOT_FIPS = frozenset({"BEL", "CHE", "MNE", "GBR", "GRC"})
DIVISION_CODES = frozenset({"ADM1", "ADMD"})


@dataclass(frozen=True, slots=True)
class FipsTable:
    """ISO alpha-3 -> FIPS 10-4 country codes."""

    fips: dict[str, str]

    @classmethod
    def load(cls) -> FipsTable:
        path = resources.files("eventscope").joinpath("data", "gazetteer", "fips_countries.tsv")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DataFileError("fips_countries.tsv", detail=f"cannot read it: {exc}") from exc
        pairs = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
        return cls({iso3.strip(): fips.strip() for iso3, fips, *_ in pairs})

    def geo(
        self, country: str | None, admin1_code: str | None, feature_code: str | None
    ) -> tuple[str, str, str]:
        """(Geo_Type, CountryCode, ADM1Code) for a place; unknown codes are empty strings."""
        fips = self.fips.get(country or "", "")
        code = feature_code or ""
        if code.startswith("PCL"):  # PCLI, PCLH (historical) ...
            return "1", fips, ""
        adm1 = ""
        if fips and admin1_code and country not in ADM1_NOT_FIPS:
            adm1 = fips + admin1_code
        us = country == "USA"
        if code in DIVISION_CODES:
            return ("2" if us else "5"), fips, adm1
        return ("3" if us else "4"), fips, adm1
