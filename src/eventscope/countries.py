"""Country display names and ISO codes for exports, reports and the dashboard.

``country_name`` turns an ISO alpha-3 code (or the ISO 3166-3 code of a former state) into the
short English name event-data users expect: ``data/export/country_names.tsv`` first (ICEWS-style
names such as ``Iran``, ``Soviet Union``), then pycountry's common name, then its name. A code
nobody knows comes back unchanged, so a caller can always show something.

Example:
    >>> country_name("AZE"), country_name("SUN"), country_name("IRN")
    ('Azerbaijan', 'Soviet Union', 'Iran')
    >>> alpha2("AZE"), alpha2("SUN")
    ('AZ', None)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from .errors import DataFileError

NAMES_FILE = "country_names.tsv"


def read_table(name: str) -> list[list[str]]:
    """Rows of the packaged tab-separated table ``data/export/<name>`` (comments skipped)."""
    source = resources.files("eventscope") / "data" / "export" / name
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as error:
        raise DataFileError(detail=f"cannot read data/export/{name}: {error}") from error
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for number, row in enumerate(rows, start=1):
        if len(row) < 2 or not all(cell.strip() for cell in row[:2]):
            raise DataFileError(detail=f"data/export/{name}: data row {number} needs 2+ cells")
    return rows


@functools.cache
def _overrides() -> Mapping[str, str]:
    return MappingProxyType({row[0]: row[1] for row in read_table(NAMES_FILE)})


@functools.cache
def country_name(code: str | None) -> str:
    """``AZE`` → ``Azerbaijan``; ``""`` for no code; the code itself when it is unknown."""
    if not code:
        return ""
    code = code.upper()
    if code in _overrides():
        return _overrides()[code]
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is not None:
        return str(getattr(country, "common_name", None) or country.name)
    return code


def alpha2(code: str | None) -> str | None:
    """ISO alpha-3 → alpha-2 (``AZE`` → ``AZ``); ``None`` for former states and unknown codes."""
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=code.upper())
    return None if country is None else str(country.alpha_2)
