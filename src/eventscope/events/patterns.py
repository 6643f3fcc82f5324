"""Event patterns loaded from ``data/events`` (verbs, event nouns, frames): see its README.

Example:
    >>> book = PatternBook.load()
    >>> [rule.code for rule in book.verbs["meet"]]
    ['040', '040']
    >>> book.frame_code("intent", "042")
    '036'
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..errors import DataFileError

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATA = ("data", "events")


@dataclass(frozen=True, slots=True)
class VerbRule:
    """One verb pattern: ``lemma`` (+ ``prep``) (+ a direct object in ``objects``) -> ``code``."""

    lemma: str
    code: str
    prep: str | None
    objects: frozenset[str]
    reciprocal: bool = False
    inverse: bool = False
    needs_target: bool = False
    needs_object: bool = False

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.prep) + bool(self.needs_object)


@dataclass(frozen=True, slots=True)
class NounRule:
    """An event noun (``meeting``, ``provocation``) and how its arguments are found."""

    lemma: str
    code: str
    subject_source: bool = False
    reciprocal: bool = False
    hostile: bool = False
    needs_cue: bool = False
    possessor_target: bool = False
    needs_joint: bool = False


@dataclass(frozen=True, slots=True)
class Recode:
    """A code (``source``, for ``trigger`` lemma or any) that becomes ``target`` with a cue."""

    source: str
    target: str
    trigger: str
    cues: frozenset[str]


@dataclass(frozen=True, slots=True)
class PatternBook:
    """Everything the event coder matches, loaded once from the packaged data files."""

    verbs: Mapping[str, tuple[VerbRule, ...]]
    nouns: Mapping[str, NounRule]
    frame_verbs: Mapping[str, str]
    frame_codes: Mapping[str, Mapping[str, str]]
    words: Mapping[str, frozenset[str]]
    trigger_verbs: frozenset[str] = frozenset()
    """Verb lemmas any verb pattern, frame or light verb starts from."""
    noun_heads: frozenset[str] = frozenset()
    """Head lemmas of the event nouns ("strike" for "hunger strike")."""
    recodes: tuple[Recode, ...] = ()
    """Codebook distinctions made by words elsewhere in the sentence (``[[recode]]``)."""

    @classmethod
    def load(cls) -> PatternBook:
        folder = resources.files("eventscope").joinpath(*_DATA)
        verbs = _verbs(_rows(folder.joinpath("verbs.tsv").read_text(encoding="utf-8"), 5))
        nouns = _nouns(_rows(folder.joinpath("nouns.tsv").read_text(encoding="utf-8"), 3))
        try:
            frames = tomllib.loads(folder.joinpath("frames.toml").read_text(encoding="utf-8"))
            words = {key: frozenset(values) for key, values in frames["words"].items()}
            triggers = frozenset(set(verbs) | set(frames["frame_verbs"]) | words["light_verbs"])
            codes = {kind: MappingProxyType(dict(table)) for kind, table in frames["codes"].items()}
            frame_verbs = MappingProxyType(dict(frames["frame_verbs"]))
        except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
            raise DataFileError(detail=f"data/events/frames.toml is malformed: {exc}") from exc
        return cls(
            verbs=MappingProxyType(verbs),
            nouns=MappingProxyType(nouns),
            frame_verbs=frame_verbs,
            frame_codes=MappingProxyType(codes),
            words=MappingProxyType(words),
            trigger_verbs=triggers,
            noun_heads=frozenset(key.split()[-1].split(">")[0] for key in nouns),
            recodes=_recodes(frames.get("recode", [])),
        )

    def noun_rule(self, token: Token) -> NounRule | None:
        """The event-noun rule for ``token`` ("hunger strike" before "strike"), if any.

        A rule flagged ``joint`` ("exercises") applies only to a noun modified by one of the
        ``joint_words`` ("joint exercises", "bilateral drills").
        """
        lemma = token.lemma_.lower()
        for item in token.children:
            # "hunger strike", "retaliatory strike": a modifier names a kind of the event;
            # "strike against X": the preposition does ("noun>prep" rows)
            if item.dep_ in ("compound", "amod"):
                rule = self.nouns.get(f"{item.lemma_.lower()} {lemma}")
            elif item.dep_ == "prep":
                rule = self.nouns.get(f"{lemma}>{item.lower_}")
            else:
                continue
            if rule is not None:
                return rule
        rule = self.nouns.get(lemma) or self.nouns.get(token.lower_)
        if rule is not None and rule.needs_joint:
            joint = self.words.get("joint_words", frozenset())
            if not any(c.dep_ == "amod" and c.lower_ in joint for c in token.children):
                return None
        return rule

    def frame_code(self, kind: str, embedded_code: str) -> str:
        """The code of a framed event: ``intent`` + "042" (visit) -> "036" (intent to meet)."""
        table = self.frame_codes[kind]
        code = table.get(embedded_code) or table.get(embedded_code[:2], table["*"])
        return embedded_code if code == "=" else code

    def recode(self, code: str, trigger: str, lemmas: frozenset[str]) -> str:
        """``code`` after the ``[[recode]]`` rules that apply to the sentence's lemmas.

        "bombed" (183) with "warplanes" in the sentence is aerial (195); "killed" (190)
        with "beaten" is a killing by physical assault (1823).
        """
        for rule in self.recodes:  # in file order, each on the code the previous gave
            if rule.source == code and (rule.trigger in ("", trigger)) and rule.cues & lemmas:
                code = rule.target
        return code

    def codes(self) -> set[str]:
        """Every CAMEO code the patterns can emit (checked against the codebook at load)."""
        found = {rule.code for rules in self.verbs.values() for rule in rules}
        found |= {rule.code for rule in self.nouns.values()}
        found |= {c for table in self.frame_codes.values() for c in table.values() if c != "="}
        found |= {rule.target for rule in self.recodes}
        return found | {"112"}


def _recodes(rows: object) -> tuple[Recode, ...]:
    if not isinstance(rows, list):
        raise DataFileError(detail="data/events/frames.toml: [[recode]] must be a table array")
    try:
        return tuple(
            Recode(
                source=str(row["from"]),
                target=str(row["to"]),
                trigger=str(row.get("trigger", "")),
                cues=frozenset(row["cues"]),
            )
            for row in rows
        )
    except (KeyError, TypeError) as exc:
        raise DataFileError(detail=f"data/events/frames.toml: bad [[recode]] row: {exc}") from exc


def _rows(text: str, width: int) -> list[list[str]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            raise DataFileError(detail=f"data/events line {number}: expected {width} columns")
        rows.append([cell.strip() for cell in cells])
    return rows


def _verbs(rows: list[list[str]]) -> dict[str, tuple[VerbRule, ...]]:
    table: dict[str, list[VerbRule]] = {}
    for lemma, code, prep, objects, flags in rows:
        flag_set = set(flags.split(","))
        rule = VerbRule(
            lemma=lemma,
            code=code,
            prep=None if prep == "-" else prep,
            objects=frozenset() if objects == "-" else frozenset(objects.split("|")),
            reciprocal="recip" in flag_set,
            inverse="inverse" in flag_set,
            needs_target="target" in flag_set,
            needs_object="transitive" in flag_set,
        )
        table.setdefault(lemma, []).append(rule)
    # Most specific first, so the matcher can stop at the first rule that fits.
    return {k: tuple(sorted(v, key=lambda r: -r.specificity)) for k, v in table.items()}


def _nouns(rows: list[list[str]]) -> dict[str, NounRule]:
    table = {}
    for lemma, code, flags in rows:
        flag_set = set(flags.split(","))
        table[lemma] = NounRule(
            lemma=lemma,
            code=code,
            subject_source="subj" in flag_set,
            reciprocal="recip" in flag_set,
            hostile="hostile" in flag_set,
            needs_cue="cue" in flag_set,
            possessor_target="oftarget" in flag_set,
            needs_joint="joint" in flag_set,
        )
    return table
