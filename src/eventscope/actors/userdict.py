"""User actor dictionaries: CAMEO/PETRARCH text files and a simple CSV, with date limits.

Formats (``ActorOptions.user_files``; the kind is chosen by the file name):

* ``*.csv`` with the header ``pattern,code,valid_from,valid_to`` (dates ``YYYY-MM-DD`` or
  empty): ``Arnor,ARN,,`` / ``Sam Gamgee,HOBGOV,2012-11-09,2013-01-19``. Rows of the same
  pattern add dated codes; a row without dates is the default code.
* PETRARCH/TABARI actor files (``*.txt``, ``*.actors``): ``NAME [CODE]`` with words joined by
  ``_`` or spaces, ``+SYNONYM`` lines, code blocks on their own lines and date limits
  ``[HOB <950601]``, ``[HOBGOV 19950601-19990815]``, ``[HOBREB >990816]`` (6-digit dates are
  YYMMDD, 00-49 read as 20YY). A trailing ``_`` means the exact word; otherwise the last word is
  a stem ("BULGAR" matches "Bulgarian"). ``#`` comments and ``<!-- -->`` blocks are skipped, so
  are discard codes (``[---]``). ``[FRO/BIL/SAM]`` (also in a CSV code) names three actors.
* PETRARCH agent files (name containing ``agent``): ``WORD {PLURAL} [~GOV]`` (``~`` before the
  code: a sector suffix; after: a prefix such as ``NGO~``), ``!MACRO! = A, B`` substitutions.

Example:
    >>> parse_dated_code("HOBGOV 19950601-19990815").code
    'HOBGOV'
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from .lexicon import DATA_PACKAGE, DatedCode, Entry, LexiconBuilder, plural, split_codes

PSEUDO_COUNTRIES = ("IGO", "NGO", "IMG", "MNC")
_COMMENT_BLOCK = re.compile(r"<!.*?-->", re.DOTALL)
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\S+)\s+(\d{6,8})\s*-\s*(\d{6,8})$")
_DATE_LIMIT = re.compile(r"^(\S+)\s*([<>])\s*(\d{6,8})$")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class UserPhrase:
    """One phrase from a user file and what it means."""

    phrase: str
    entry: Entry
    stem: bool = False


def load_user_file(path: str | Path, builder: LexiconBuilder) -> int:
    """Add a user dictionary to ``builder``; returns the number of phrases added."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), detail=f"cannot read actor dictionary: {exc}") from exc
    if path.suffix.lower() == ".csv":
        phrases = list(parse_csv(text, source=str(path)))
    elif "agent" in path.name.lower():
        phrases = list(parse_agents(text))
    else:
        phrases = list(parse_actors(text, source=str(path)))
    for item in phrases:
        builder.add(item.phrase, item.entry, stem=item.stem, case="any")
    return len(phrases)


def check_user_files(paths: Iterable[str | Path]) -> None:
    """Read and parse every user dictionary; raises :class:`DataFileError` naming the first
    bad one (the CLI checks them before it starts coding or starts workers)."""
    for path in paths:
        load_user_file(path, LexiconBuilder())


def actor_entry(
    code: str, *, name: str, dated: tuple[DatedCode, ...] = (), user: bool = True
) -> Entry:
    """An entry for a CAMEO actor code: ``ARNGOV`` -> country ARN, sector GOV.

    ``FRO/BIL/SAM`` names three actors at once (PETRARCH: the Shire is Frodo, Bilbo and Sam):
    the entry is FRO's, with BIL and SAM in ``also``; the actor stage codes each.
    """
    code, *others = split_codes(code.upper())
    country: str | None = code[:3]
    sector: str | None = code[3:6] or None
    if code.startswith(PSEUDO_COUNTRIES):
        country, sector = None, code[:3]
    return Entry("org", country=country, sector=sector, code=code, name=name, user=user,
                 dated=dated, also=tuple(others))  # fmt: skip


def parse_yyyymmdd(text: str, *, source: str = "") -> date:
    """``19950601`` or ``950601`` (YYMMDD, 00-49 -> 20YY) as a date."""
    try:
        if len(text) == 6:
            year = int(text[:2])
            year += 2000 if year < 50 else 1900
            return date(year, int(text[2:4]), int(text[4:6]))
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as exc:
        raise DataFileError(source or None, detail=f"bad date {text!r} in dictionary") from exc


def parse_dated_code(block: str, *, source: str = "") -> DatedCode:
    """One ``[...]`` code block: ``ARN``, ``HOB <950601``, ``HOBGOV 19950601-19990815``."""
    block = block.strip()
    found = _DATE_RANGE.match(block)
    if found:
        code, start, end = found.groups()
        return DatedCode(code, parse_yyyymmdd(start, source=source), parse_yyyymmdd(end))
    found = _DATE_LIMIT.match(block)
    if found:
        code, sign, when = found.groups()
        day = parse_yyyymmdd(when, source=source)
        # "<" = until the day before; ">" = from the day after (TABARI semantics).
        return DatedCode(code, None, day) if sign == "<" else DatedCode(code, day, None)
    return DatedCode(block.split()[0] if block else "")


def add_packaged_people(builder: LexiconBuilder) -> None:
    """Add ``data/actors/people.csv`` (well-known office holders with dated codes)."""
    for item in _packaged_people():
        # A person is named, not a title: name mentions stand for the person.
        entry = replace(item.entry, person=True, name=item.phrase)
        builder.add(item.phrase, entry)


@lru_cache(maxsize=1)
def packaged_people_names() -> frozenset[str]:
    """The names of ``data/actors/people.csv``, lower case ("merkel" is a person, whatever
    the NER calls her)."""
    return frozenset(item.phrase.lower() for item in _packaged_people())


def _packaged_people() -> Iterator[UserPhrase]:
    try:
        text = resources.files(DATA_PACKAGE).joinpath("people.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise DataFileError(detail=f"cannot read actor data file people.csv: {exc}") from exc
    return parse_csv(text, source="people.csv", user=False)


def add_packaged_groups(builder: LexiconBuilder) -> None:
    """Add ``generic.agents.txt`` (roles: "protesters", "gunmen"), ``armed_groups.csv`` and
    ``parties.csv`` (political parties).

    They are read by the same parsers as a user's ``--actors`` files (a PETRARCH agents file
    and a dated CSV), so a user adds a local group or role the same way; user files are loaded
    later and win.
    """
    for item in parse_agents(_packaged_text("generic.agents.txt"), user=False):
        builder.add(item.phrase, item.entry, case="any")
    for name in ("armed_groups.csv", "parties.csv"):
        for item in parse_csv(_packaged_text(name), source=name, user=False):
            builder.add(item.phrase, item.entry)


def _packaged_text(name: str) -> str:
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise DataFileError(detail=f"cannot read actor data file {name}: {exc}") from exc


# -- PETRARCH actors ---------------------------------------------------------------------------


def _clean_lines(text: str) -> Iterator[str]:
    for line in _COMMENT_BLOCK.sub("", text).splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


def _phrase(raw: str) -> tuple[str, bool]:
    """PETRARCH words to a phrase: ``NORTH_KOREA`` -> ``north korea``; stem unless ``_`` ends it."""
    raw = raw.strip()
    exact = raw.endswith("_")
    return raw.strip("_").replace("_", " ").lower(), not exact


def parse_actors(text: str, *, source: str = "") -> Iterator[UserPhrase]:
    """Phrases of a PETRARCH actor dictionary, each block's synonyms sharing its codes."""
    names: list[str] = []
    codes: list[DatedCode] = []
    for line in _clean_lines(text):
        stripped = line.strip()
        if stripped.startswith("["):
            codes.extend(parse_dated_code(c, source=source) for c in _CODE.findall(stripped))
            continue
        if stripped.startswith("+"):
            names.append(stripped[1:].split("[")[0])
            codes.extend(parse_dated_code(c, source=source) for c in _CODE.findall(stripped))
            continue
        yield from _emit_block(names, codes)
        names = [stripped.split("[")[0]]
        codes = [parse_dated_code(c, source=source) for c in _CODE.findall(stripped)]
    yield from _emit_block(names, codes)


def _emit_block(names: list[str], codes: list[DatedCode]) -> Iterator[UserPhrase]:
    usable = [c for c in codes if c.code and not set(c.code) <= set("-+#*")]
    if not names or not usable:
        return
    default = next((c.code for c in usable if c.start is None and c.end is None), None)
    dated = tuple(c for c in usable if c.start is not None or c.end is not None)
    canonical = _phrase(names[0])[0].title()
    entry = actor_entry(default or dated[0].code, name=canonical, dated=dated)
    if default is None:
        # Only dated codes: outside every range the first one still applies (least surprise).
        entry = actor_entry(dated[0].code, name=canonical, dated=dated)
    for raw in names:
        phrase, stem = _phrase(raw)
        if phrase:
            yield UserPhrase(phrase, entry, stem)


# -- PETRARCH agents ---------------------------------------------------------------------------


def parse_agents(text: str, *, user: bool = True) -> Iterator[UserPhrase]:
    """Phrases of a PETRARCH agent dictionary: ``AMBASSADOR [~GOV]`` -> sector GOV."""
    macros: dict[str, list[str]] = {}
    for line in _clean_lines(text):
        macro = _MACRO.match(line.strip())
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        found = _CODE.search(line)
        if not found:
            continue
        raw = line[: line.index("[")].split("{")[0].strip()
        explicit = re.search(r"\{([^}]*)\}", line)
        suffix = found.group(1).replace(" ", "").replace("~", "")
        entry = Entry("agent", sector=suffix or None, name=_phrase(raw)[0], user=user)
        for variant in _expand(raw, macros):
            phrase, _ = _phrase(variant)
            yield UserPhrase(phrase, entry)
            yield from _agent_plurals(phrase, explicit, entry)


def _expand(raw: str, macros: dict[str, list[str]]) -> list[str]:
    for name, words in macros.items():
        if name in raw:
            return [raw.replace(name, "_" + word) for word in words]
    return [raw]


def _agent_plurals(
    phrase: str, explicit: re.Match[str] | None, entry: Entry
) -> Iterator[UserPhrase]:
    if explicit is not None:
        # "{}" = no plural; "{ATTORNEYS_GENERAL}" = this plural.
        if explicit.group(1).strip():
            yield UserPhrase(_phrase(explicit.group(1))[0], entry)
        return
    *head, last = phrase.split(" ")
    many = plural(last)
    if many is not None:
        yield UserPhrase(" ".join([*head, many]), entry)


# -- CSV -----------------------------------------------------------------------------------------


def parse_csv(text: str, *, source: str = "", user: bool = True) -> Iterator[UserPhrase]:
    """Phrases of a ``pattern,code,valid_from,valid_to`` CSV file (``user``: a user's file)."""
    rows: dict[str, list[DatedCode]] = {}
    reader = csv.DictReader(text.splitlines())
    needed = {"pattern", "code", "valid_from", "valid_to"}
    if reader.fieldnames is None or not needed <= set(reader.fieldnames):
        raise DataFileError(source or None, detail=f"CSV header must be {','.join(sorted(needed))}")
    for row in reader:
        pattern, code = (row["pattern"] or "").strip(), (row["code"] or "").strip()
        if not pattern or not code:
            continue
        start, end = _iso(row["valid_from"], source), _iso(row["valid_to"], source)
        rows.setdefault(pattern, []).append(DatedCode(code.upper(), start, end))
    for pattern, codes in rows.items():
        default = next((c.code for c in codes if c.start is None and c.end is None), codes[0].code)
        dated = tuple(c for c in codes if c.start is not None or c.end is not None)
        yield UserPhrase(pattern, actor_entry(default, name=pattern, dated=dated, user=user))


def _iso(value: str | None, source: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(source or None, detail=f"bad date {value!r}: use YYYY-MM-DD") from exc
