"""The actor lexicon: every packaged (and user) name, demonym, agent word and organisation.

A :class:`Lexicon` maps token sequences (lower-cased, curly apostrophes straightened) to
:class:`Entry` records and finds them in a parsed ``Doc`` by greedy longest match, one
dictionary lookup per token. Case matters where the entry says so: ``WHO`` (all capitals in the
data) only matches "WHO", ``Turkey`` only a capitalised "Turkey" (``Xi`` not "XI", a numeral);
lower-case entries (agent words such as ``foreign minister``) match any case.

Example:
    >>> lexicon = Lexicon.load()                            # doctest: +SKIP
    >>> [hit.entry.country for hit in lexicon.scan(doc)]    # doctest: +SKIP
    ['AZE', 'CHN']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from ..errors import DataFileError
from ..nlp.docmemo import doc_text, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

Kind = Literal[
    "country", "demonym", "people", "capital", "place", "city", "agent", "org", "pronoun",
    "collective"]  # fmt: skip
Case = Literal["any", "title", "upper"]

DATA_PACKAGE = "eventscope.data.actors"
# Name-like kinds: a country, or something standing for one (demonym, capital, place).
COUNTRYISH = frozenset({"country", "demonym", "people", "capital", "place", "city"})
REGION = "region"  # ``Entry.extra`` of a people inside a state ("Kurdish"; peoples.tsv)
_NO_PLURAL_ENDINGS = ("s", "sh", "ch", "ese", "x", "ish", "ss")
# spaCy splits a hyphen only before a letter: "Al-Shabaab" is three tokens, "MS-13" one.
_HYPHEN = re.compile(r"(?<=\w)(-)(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` inclusive (``None`` = open)."""

    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or on >= self.start) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a lexicon phrase means.

    ``sector`` may be a compound suffix (``GOVMED``); ``code`` is a fixed CAMEO code
    (organisations, user dictionaries) that wins over country + sector; ``person``
    marks titles ("minister") that name one person and may precede a name; ``group``
    links titles for coreference ("the envoy" ~ "ambassador"); ``dated`` holds
    date-restricted codes from user dictionaries; ``also`` holds the further codes of an
    entry that names several actors at once (``[FRO/BIL/SAM]``: ``code`` FRO, ``also`` BIL
    and SAM), each an actor of its own.
    """

    kind: Kind
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    name: str | None = None
    person: bool = False
    group: str | None = None
    user: bool = False
    dated: tuple[DatedCode, ...] = ()
    extra: str = ""
    also: tuple[str, ...] = ()

    def country_on(self, on: date | None) -> str | None:
        """The country valid on ``on``: a dated code's country ("Moscow" in 1987: SUN), else
        ``country``."""
        if on is not None and self.kind != "org":
            for dated in self.dated:
                if dated.covers(on):
                    return dated.code[:3]
        return self.country

    def code_on(self, on: date | None) -> str | None:
        """The fixed code valid on ``on`` (first matching dated code, else the default); of
        an entry naming several actors, the first one's (see :meth:`codes_on`)."""
        codes = self.codes_on(on)
        return codes[0] if codes else None

    def codes_on(self, on: date | None) -> tuple[str, ...]:
        """Every fixed code valid on ``on``, in dictionary order (empty: no fixed code).

        One code but for an entry that names several actors: ``[FRO/BIL/SAM]`` (undated,
        ``code`` + ``also``) or a dated ``[FRO/BIL 950601-990815]``.
        """
        if on is not None:
            for dated in self.dated:
                if dated.covers(on):
                    return split_codes(dated.code)
        return () if self.code is None else (self.code, *self.also)


def split_codes(text: str) -> tuple[str, ...]:
    """The codes of a dictionary code that names several actors: ``FRO/BIL/SAM`` -> three.

    Example:
        >>> split_codes("FRO/BIL/SAM"), split_codes("ARNGOV")
        (('FRO', 'BIL', 'SAM'), ('ARNGOV',))
    """
    return tuple(code for code in text.split("/") if code) or (text,)


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found at tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    entry: Entry


@dataclass(frozen=True, slots=True)
class _Item:
    entry: Entry
    case: Case
    stem: bool = False


def normalise(text: str) -> str:
    """Lower-case and straighten curly apostrophes, as tokens are compared."""
    return text.lower().replace("\u2019", "'")


def token_norms(doc: Doc) -> list[str]:
    """:func:`normalise` of every token of ``doc`` (fast path: ``lower_`` is cached by spaCy)."""
    norms = list(doc_words(doc).lower)
    for i, norm in enumerate(norms if "\u2019" in doc_text(doc) else ()):  # most texts: none
        norms[i] = norm.replace("\u2019", "'")
    return norms


def phrase_words(phrase: str) -> tuple[str, ...]:
    """Split a dictionary phrase the way spaCy's English tokenizer splits running text.

    >>> phrase_words("Non-Aligned Movement")
    ('non', '-', 'aligned', 'movement')
    >>> phrase_words("MS-13 gang")
    ('ms-13', 'gang')
    >>> phrase_words("People’s Daily")
    ('people', "'s", 'daily')
    """
    words: list[str] = []
    for piece in normalise(phrase).split():
        suffix = next((end for end in ("'s", "'") if piece.endswith(end) and piece != end), "")
        core = piece[: len(piece) - len(suffix)]
        words.extend(part for part in _HYPHEN.split(core) if part)
        if suffix:
            words.append(suffix)  # "People's", "Workers'": spaCy splits the apostrophe
    return tuple(words)


def case_of(phrase: str) -> Case:
    """``upper`` for acronyms (WHO), ``title`` for names (Turkey), ``any`` for common words."""
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "upper"
    return "title" if letters and letters[0].isupper() else "any"


def plural(word: str) -> str | None:
    """The regular English plural of ``word``, or ``None`` when it needs none.

    A compound of "man" takes "men" ("gunman"); a proper adjective only ends in the letters
    ("German", "Roman": Germans, not "Germen").

    >>> plural("gunman"), plural("German"), plural("Malawian")
    ('gunmen', 'Germans', 'Malawians')
    """
    if word.endswith(_NO_PLURAL_ENDINGS) or not word.isalpha():
        return None
    if word.endswith("man") and not word[:1].isupper():
        return word[:-3] + "men"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@dataclass(slots=True)
class LexiconBuilder:
    """Collects phrases; later additions of the same phrase replace earlier ones."""

    items: dict[tuple[str, ...], _Item] = field(default_factory=dict)
    stems: dict[str, _Item] = field(default_factory=dict)

    def add(
        self, phrase: str, entry: Entry, *, stem: bool = False, case: Case | None = None
    ) -> None:
        words = phrase_words(phrase)
        if not words:
            return
        item = _Item(entry, case or case_of(phrase), stem)
        if stem and len(words) == 1:
            self.stems[words[0]] = item
        self.items[words] = item

    def build(self) -> Lexicon:
        index: dict[str, dict[tuple[str, ...], _Item]] = {}
        for words, item in self.items.items():
            index.setdefault(words[0], {})[words] = item
        lengths = {
            first: tuple(sorted({len(words) for words in entries}, reverse=True))
            for first, entries in index.items()
        }
        return Lexicon(
            index=MappingProxyType({k: MappingProxyType(v) for k, v in index.items()}),
            lengths=MappingProxyType(lengths),
            stems=MappingProxyType(dict(self.stems)),
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Immutable phrase index; :meth:`scan` finds entries in a ``Doc``."""

    index: Mapping[str, Mapping[tuple[str, ...], _Item]]
    lengths: Mapping[str, tuple[int, ...]]
    stems: Mapping[str, _Item]

    def __len__(self) -> int:
        return sum(len(entries) for entries in self.index.values())

    def scan(self, doc: Doc, norms: list[str] | None = None) -> list[Hit]:
        """Every entry in ``doc``, longest match first, left to right, never overlapping.

        ``norms`` are the :func:`token_norms` of ``doc`` when the caller already has them.
        """
        norms = token_norms(doc) if norms is None else norms
        hits: list[Hit] = []
        index = self.index
        # Most tokens start no entry: only those that may are visited (without stems, the
        # words that begin an entry; a stem may end any word).
        starts = range(len(norms)) if self.stems else [i for i, n in enumerate(norms) if n in index]
        end = 0
        for i in starts:
            if i < end:  # inside the last hit
                continue
            hit = self._match_at(doc, norms, i)
            if hit is not None:
                hits.append(hit)
                end = hit.end
        return hits

    def _match_at(self, doc: Doc, norms: list[str], i: int) -> Hit | None:
        entries = self.index.get(norms[i])
        if entries is not None:
            for length in self.lengths[norms[i]]:
                # Near the end a slice is shorter than ``length`` and could match a shorter
                # entry with a hit running past the last token ("..., said police").
                if i + length > len(norms):
                    continue
                item = entries.get(tuple(norms[i : i + length]))
                if item is not None and _case_ok(doc, i, length, item.case):
                    return Hit(i, i + length, item.entry)
        if self.stems:
            return self._stem_at(doc, norms[i], i)
        return None

    def _stem_at(self, doc: Doc, norm: str, i: int) -> Hit | None:
        # PETRARCH stems: "BULGAR" matches "Bulgaria", "Bulgarian" (up to 3 more letters).
        for cut in range(1, 4):
            if len(norm) - cut < 3 or not norm[-cut:].isalpha():
                break
            item = self.stems.get(norm[:-cut])
            if item is not None and _case_ok(doc, i, 1, item.case):
                return Hit(i, i + 1, item.entry)
        return None


def _case_ok(doc: Doc, start: int, length: int, case: Case) -> bool:
    if case == "any":
        return True
    texts = doc_words(doc).text  # strings: no token per word of a hit (``is_alpha`` is isalpha)
    if case == "title":  # a short name is no numeral or acronym: "Xi", not "Pius XI"; "M23" is
        first = texts[start]
        short_caps = length == 1 and len(first) <= 3 and first.isupper() and first.isalpha()
        return first[:1].isupper() and not short_caps
    return all(text.isupper() or not text.isalpha() for text in texts[start : start + length])


# -- packaged data -------------------------------------------------------------------------


def read_tsv(name: str, *, columns: int) -> Iterator[list[str]]:
    """Rows of a packaged TSV (``#`` comments, blank lines skipped), each with ``columns`` cells."""
    try:
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise DataFileError(detail=f"cannot read actor data file {name}: {exc}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != columns:
            raise DataFileError(
                detail=f"{name} line {number}: expected {columns} tab-separated cells, "
                f"got {len(cells)}"
            )
        yield [cell.strip() for cell in cells]


def _dash(value: str) -> str | None:
    return None if value in ("", "-") else value


def add_packaged(builder: LexiconBuilder) -> None:
    """Add every packaged file, weakest first (cities) so stronger kinds win on clashes."""
    for name, country in read_tsv("cities.tsv", columns=2):
        builder.add(name, Entry("city", country=country, sector="GOV", name=name))
    for name, country in read_tsv("provinces.tsv", columns=2):
        builder.add(name, Entry("place", country=country, sector="GOV", name=name))
    for name, country in read_tsv("capitals.tsv", columns=2):
        builder.add(name, Entry("capital", country=country, sector="GOV", name=name))
    _add_agents(builder)
    for file, extra in (("demonyms.tsv", ""), ("peoples.tsv", REGION)):
        for word, code in read_tsv(file, columns=2):
            one = Entry("demonym", country=_dash(code), extra=extra)
            many = Entry("people", country=_dash(code), sector="CVL", extra=extra)
            _add_with_plural(builder, word, one, many)
    for name, country in _country_names():
        builder.add(name, Entry("country", country=country, name=name))
    for name, code, country, sector, canonical in read_tsv("organizations.tsv", columns=5):
        entry = Entry("org", country=_dash(country), sector=sector, code=code, name=canonical)
        builder.add(name, entry)
    _add_historical(builder)


def _add_with_plural(builder: LexiconBuilder, phrase: str, one: Entry, many: Entry) -> None:
    """``phrase`` as ``one``, its plural ("South Africans", "Tigrayans": people) as ``many``."""
    builder.add(phrase, one)
    *head, last = phrase.split(" ")
    word = plural(last)
    if word is not None:
        builder.add(" ".join([*head, word]), many)


def _add_historical(builder: LexiconBuilder) -> None:
    """Capitals that stood for a former state on some dates ("Moscow" in 1987 is SUN)."""
    dated: dict[tuple[str, str, str], list[DatedCode]] = {}
    for name, kind, today, then, start, end in read_tsv("historical_states.tsv", columns=6):
        span = DatedCode(then, _day(start, name), _day(end, name))
        dated.setdefault((name, kind, today), []).append(span)
    for (name, kind, today), spans in dated.items():
        sector = "GOV" if kind == "capital" else None
        entry = Entry(kind, country=today, sector=sector, name=name, dated=tuple(spans))  # type: ignore[arg-type]
        builder.add(name, entry)


def _day(text: str, name: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise DataFileError(detail=f"historical_states.tsv: bad date {text!r} for {name}") from exc


def _add_agents(builder: LexiconBuilder) -> None:
    for phrase, sector, person, group in read_tsv("agents.tsv", columns=4):
        sector_, group_ = _dash(sector), _dash(group)
        one = Entry("agent", sector=sector_, person=person == "1", group=group_, name=phrase)
        # Plurals ("ministers", "officials") name a group, not one person.
        _add_with_plural(builder, phrase, one, replace(one, person=False))


def _country_names() -> Iterable[tuple[str, str]]:
    import pycountry

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                yield name, country.alpha_3
    for name, code in read_tsv("country_names.tsv", columns=2):
        yield name, code


def add_rules_words(builder: LexiconBuilder, *, collective: Mapping[str, Iterable[str]],
                    pronouns: Iterable[str]) -> None:  # fmt: skip
    """Add collective phrases ("the sides") and person pronouns to the lexicon."""
    for copy, phrases in collective.items():
        for phrase in phrases:
            builder.add(phrase, Entry("collective", extra=copy), case="any")
    for pronoun in pronouns:
        builder.add(pronoun, Entry("pronoun"), case="any")
