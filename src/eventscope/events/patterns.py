"""Event patterns loaded from ``data/events`` (verbs, event nouns, frames): see its README.

Example:
    >>> book = PatternBook.load()
    >>> [rule.code for rule in book.verbs["meet"]]
    ['040', '040']
    >>> book.frame_code("intent", "042")
    '036'
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..datafiles import (
    check_flags,
    check_keys,
    read_text,
    read_toml,
    string_list,
    string_table,
    tsv_rows,
)
from ..errors import DataFileError
from .petrarch_verbs import is_verb_dictionary, read_verb_dictionary

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATA = ("data", "events")
_log = logging.getLogger(__name__)
# The schema of the rule files: the tables of frames.toml, the [words] lists the coder
# reads (more may be added), and the flags of verbs.tsv and nouns.tsv (see their headers).
FRAMES_KEYS = ("frame_verbs", "codes", "words")
# "allege" and "hypothetical" frames code nothing themselves: no [codes.<kind>] table.
FRAME_KINDS = frozenset(
    {"intent", "fact", "threat", "refuse", "appeal", "demand", "consider", "allege", "hypothetical"}
    | {"fail"}
)
UNCODED_KINDS = frozenset({"allege", "hypothetical"})
CODE_KINDS = ("intent", "threat", "demand")  # [codes.<kind>] tables the coder asks for by name
WORD_KEYS = (
    "intent_aux",
    "unreal_aux",
    "conditional_marks",
    "negations",
    "light_verbs",
    "purpose_roots",
    "place_roots",
    "place_preps",
    "domestic_roots",
    "joint_words",
    "demand_aux",
    "pronouns",
    "speech_verbs",
    "cue_lemmas",
    "nonfactive",
    "nonfactive_nouns",
    "target_preps",
    "motion_verbs",
)
VERB_FLAGS = frozenset(
    {"recip", "inverse", "target", "transitive", "clause", "objtarget", "asis", "prepobj"}
)
NOUN_FLAGS = frozenset({"subj", "recip", "hostile", "cue", "oftarget", "joint"})
SOLO = "solo"  # nouns.tsv "drills>solo": the code of a ``joint`` noun held by one side alone
_Row = tuple[str, list[str]]  # (file name for messages, cells)


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
    needs_clause: bool = False
    object_target: bool = False
    """The object the row names is acted on too ("expelled the UN mission"), not the event."""
    as_said: bool = False
    """The act as said, as PETRARCH codes it: "will restore" and "is about to restore" too."""
    prep_object: bool = False
    """``objects`` name the preposition's object ("removed X from office"); X is the target."""

    @property
    def specificity(self) -> int:
        # a stated that-clause names what the act is about, as an object does
        return (
            2 * bool(self.objects or self.needs_clause) + bool(self.prep) + bool(self.needs_object)
        )


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
    of_object: bool = False
    """A ``noun>of:object`` row ("suspension of flights"): the event is named by the noun and
    its "of" object together, and the object's actors ("flights to X") are the target."""


@dataclass(frozen=True, slots=True)
class Recode:
    """A code (``source``, for a ``triggers`` lemma or any) that becomes ``target`` with a
    cue, unless one of ``unless`` is in the sentence too ("suicide bomber" is no aircraft)."""

    source: str
    target: str
    triggers: frozenset[str]
    cues: frozenset[str]
    unless: frozenset[str] = frozenset()


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
    def load(
        cls,
        *,
        extra: Sequence[str | Path] = (),
        folder: Path | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> PatternBook:
        """The packaged patterns, plus the verb/noun rows of the user files in ``extra``.

        A user file holds tab-separated rows as in ``verbs.tsv`` (5 columns) or ``nouns.tsv``
        (3 columns), mixed freely, or is a PETRARCH verb dictionary (read by
        :func:`~.petrarch_verbs.read_verb_dictionary`, keeping the codes ``known`` accepts).
        A user verb row is tried before packaged rows of the same lemma and specificity; a
        user noun row replaces the packaged one of its lemma. ``folder`` replaces the
        packaged ``data/events`` (same three files).
        Raises :class:`DataFileError` naming the file and the key, line or flag that is wrong.
        """
        base = folder if folder is not None else resources.files("eventscope").joinpath(*_DATA)
        prefix = str(folder) if folder is not None else "/".join(_DATA)
        verb_rows = _rows(base.joinpath("verbs.tsv"), f"{prefix}/verbs.tsv", (5,))
        noun_rows = _rows(base.joinpath("nouns.tsv"), f"{prefix}/nouns.tsv", (3,))
        for path in extra:
            user_rows = _user_rows(Path(path), known)
            verb_rows = [row for row in user_rows if len(row[1]) == 5] + verb_rows
            noun_rows += [row for row in user_rows if len(row[1]) == 3]
        verbs, nouns = _verbs(verb_rows), _nouns(noun_rows)
        frames_file = f"{prefix}/frames.toml"
        frames = _frames(read_toml(base.joinpath("frames.toml"), source=frames_file), frames_file)
        words = frames["words"]
        enact = words.get("enact_verbs", frozenset())  # "ordered the arrest of X"
        triggers = frozenset(set(verbs) | set(frames["frame_verbs"]) | words["light_verbs"] | enact)
        return cls(
            verbs=MappingProxyType(verbs),
            nouns=MappingProxyType(nouns),
            frame_verbs=frames["frame_verbs"],
            frame_codes=frames["codes"],
            words=words,
            trigger_verbs=triggers,
            noun_heads=frozenset(key.split()[-1].split(">")[0] for key in nouns),
            recodes=_recodes(frames["recode"], frames_file),
        )

    def noun_rule(self, token: Token) -> NounRule | None:
        """The event-noun rule for ``token`` ("hunger strike" before "strike"), if any.

        A rule flagged ``joint`` ("exercises") applies only to a noun modified by one of the
        ``joint_words`` ("joint exercises", "bilateral drills"); otherwise its ``>solo`` row
        does, if any ("drills>solo": one side's drills are a show of force, 150).
        """
        lemma = token.lemma_.lower()
        plain = self.nouns.get(lemma) or self.nouns.get(token.lower_)
        if plain is not None and plain.needs_joint and self._joint(token):
            return plain  # "joint military exercises": cooperation, whatever their kind
        for item in token.children:
            # "hunger strike", "retaliatory strike": a modifier names a kind of the event;
            # "strike against X": the preposition does ("noun>prep" rows)
            if item.dep_ in ("compound", "amod"):
                rule = self.nouns.get(f"{item.lemma_.lower()} {lemma}")
            elif item.dep_ == "prep":
                rule = self.nouns.get(f"{lemma}>{item.lower_}") or self._of_object(lemma, item)
            else:
                continue
            if rule is not None:
                return rule
        if plain is not None and plain.needs_joint and not self._joint(token):
            # "China conducted drills near Taiwan": one side's exercises, a show of force
            return self.nouns.get(f"{lemma}>{SOLO}")
        return plain

    def _of_object(self, lemma: str, prep: Token) -> NounRule | None:
        """The ``noun>of:object`` rule of "suspension **of** flights", if any."""
        if prep.lower_ != "of":
            return None
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            return None
        obj = objects[0]
        return self.nouns.get(f"{lemma}{OF_OBJECT}{obj.lemma_.lower()}") or self.nouns.get(
            f"{lemma}{OF_OBJECT}{obj.lower_}"
        )

    def _joint(self, token: Token) -> bool:
        joint = self.words.get("joint_words", frozenset())
        return any(c.dep_ == "amod" and c.lower_ in joint for c in token.children)

    def frame_code(self, kind: str, embedded_code: str) -> str:
        """The code of a framed event: ``intent`` + "042" (visit) -> "036" (intent to meet)."""
        table = self.frame_codes[kind]
        code = table.get(embedded_code) or table.get(embedded_code[:2], table["*"])
        return embedded_code if code == "=" else code

    @property
    def naming(self) -> frozenset[str]:  # their label counts as an object (events/labels.py)
        return self.words.get("naming_verbs", frozenset())

    def recode(self, code: str, trigger: str, lemmas: frozenset[str]) -> str:
        """``code`` after the ``[[recode]]`` rules that apply to the sentence's lemmas.

        "bombed" (183) with "warplanes" in the sentence is aerial (195); "killed" (190)
        with "beaten" is a killing by physical assault (1823).
        """
        for rule in self.recodes:  # in file order, each on the code the previous gave
            if rule.source != code or (rule.triggers and trigger not in rule.triggers):
                continue
            if rule.cues & lemmas and not rule.unless & lemmas:
                code = rule.target
        return code

    def codes(self) -> set[str]:
        """Every CAMEO code the patterns can emit (checked against the codebook at load)."""
        found = {rule.code for rules in self.verbs.values() for rule in rules}
        found |= {rule.code for rule in self.nouns.values()}
        found |= {
            c for table in self.frame_codes.values() for c in table.values() if c not in ("=", "-")
        }
        found |= {rule.target for rule in self.recodes}
        return found | {"112"}


def _rows(file: Traversable | Path, source: str, widths: tuple[int, ...]) -> list[_Row]:
    text = read_text(file, source=source)
    return [(source, row) for row in tsv_rows(text, source=source, widths=widths)]


def _user_rows(path: Path, known: Callable[[str], bool] | None) -> list[_Row]:
    """A user file's rows: TSV, or the verb rows of a PETRARCH verb dictionary (the lines it
    cannot use are logged, as a count, not an error: such dictionaries carry legacy codes)."""
    text = read_text(path, source=str(path))
    if not is_verb_dictionary(text):
        return [(str(path), row) for row in tsv_rows(text, source=str(path), widths=(3, 5))]
    reading = read_verb_dictionary(text, source=str(path), known=known)
    if reading.skipped:
        _log.warning("%s", reading.note(path))
    return [(str(path), row) for row in reading.rows]


def _words(value: object) -> frozenset[str]:
    """A TOML word or list of words ("kill", ["kill", "killing"])."""
    if isinstance(value, str):
        return frozenset({value})
    if not isinstance(value, list | tuple):
        raise TypeError(f"not a word or a list of words: {value!r}")
    return frozenset(str(word) for word in value)


def _recodes(rows: object, source: str) -> tuple[Recode, ...]:
    if not isinstance(rows, list):
        raise DataFileError(detail=f"{source}: [[recode]] must be a table array")
    try:
        return tuple(
            Recode(
                source=str(row["from"]),
                target=str(row["to"]),
                triggers=_words(row.get("trigger", ())),
                cues=frozenset(row["cues"]),
                unless=frozenset(row.get("unless", ())),
            )
            for row in rows
        )
    except (KeyError, TypeError) as exc:
        raise DataFileError(detail=f"{source}: bad [[recode]] row: {exc}") from exc


def _frames(raw: dict[str, Any], source: str) -> dict[str, Any]:
    """``frames.toml`` checked against its schema: every key the coder reads is there."""
    check_keys(raw, source=source, required=FRAMES_KEYS, optional=("recode",))
    frame_verbs = string_table(raw["frame_verbs"], source=source, key="frame_verbs")
    for verb, kind in frame_verbs.items():
        if kind not in FRAME_KINDS:
            known = ", ".join(sorted(FRAME_KINDS))
            detail = f"{source} [frame_verbs]: {verb!r} has unknown kind {kind!r} ({known})"
            raise DataFileError(detail=detail)
    # Every kind but the uncoded ones recodes through its [codes.<kind>] table.
    needed = sorted((set(frame_verbs.values()) | set(CODE_KINDS)) - UNCODED_KINDS)
    codes_raw = check_keys(
        raw["codes"], source=source, required=needed, optional=None, where="[codes]"
    )
    codes = {}
    for kind, table in codes_raw.items():
        codes[kind] = MappingProxyType(string_table(table, source=source, key=f"codes.{kind}"))
        check_keys(table, source=source, required=("*",), optional=None, where=f"[codes.{kind}]")
    words_raw = check_keys(
        raw["words"], source=source, required=WORD_KEYS, optional=None, where="[words]"
    )
    words = {
        key: string_list(value, source=source, key=f"words.{key}")
        for key, value in words_raw.items()
    }
    return {
        "frame_verbs": MappingProxyType(frame_verbs),
        "codes": MappingProxyType(codes),
        "words": MappingProxyType(words),
        "recode": raw.get("recode", []),
    }


def _verbs(rows: list[_Row]) -> dict[str, tuple[VerbRule, ...]]:
    table: dict[str, list[VerbRule]] = {}
    for source, (lemma, code, prep, objects, flags) in rows:
        flag_set = check_flags(flags, source=source, known=VERB_FLAGS, lemma=lemma)
        rule = VerbRule(
            lemma=lemma,
            code=code,
            prep=None if prep == "-" else prep,
            objects=frozenset() if objects == "-" else frozenset(objects.split("|")),
            reciprocal="recip" in flag_set,
            inverse="inverse" in flag_set,
            needs_target="target" in flag_set,
            needs_object="transitive" in flag_set,
            needs_clause="clause" in flag_set,
            object_target="objtarget" in flag_set,
            as_said="asis" in flag_set,
            prep_object="prepobj" in flag_set,
        )
        table.setdefault(lemma, []).append(rule)
    # Most specific first, so the matcher can stop at the first rule that fits.
    return {k: tuple(sorted(v, key=lambda r: -r.specificity)) for k, v in table.items()}


def _nouns(rows: list[_Row]) -> dict[str, NounRule]:
    table = {}
    for source, (key, code, flags) in rows:
        flag_set = check_flags(flags, source=source, known=NOUN_FLAGS, lemma=key)
        for lemma in _alternatives(key):
            table[lemma] = NounRule(
                lemma=lemma,
                code=code,
                subject_source="subj" in flag_set,
                reciprocal="recip" in flag_set,
                hostile="hostile" in flag_set,
                needs_cue="cue" in flag_set,
                possessor_target="oftarget" in flag_set,
                needs_joint="joint" in flag_set,
                of_object=OF_OBJECT in lemma,
            )
    return table


OF_OBJECT = ">of:"


def _alternatives(key: str) -> list[str]:
    """The lemmas of one ``nouns.tsv`` key: ``suspension|halt>of:link|flight`` is every noun
    with every "of" object, ``drill|drills>solo`` every noun with the rest."""
    if OF_OBJECT in key:
        nouns, objects = key.split(OF_OBJECT, 1)
        return [f"{n}{OF_OBJECT}{obj}" for n in nouns.split("|") for obj in objects.split("|")]
    nouns, mark, rest = key.partition(">")
    return [f"{noun}{mark}{rest}" for noun in nouns.split("|")]
