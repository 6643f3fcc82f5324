"""Verb dictionaries in the PETRARCH/TABARI text format, read as event-pattern rows.

Users who move from PETRARCH bring verb dictionaries in its block format::

    &TIETYPES
    +MILITARY
    +ECONOMIC

    --- RESTORE  [064]  ---
    RESTORE
    - * &TIETYPES TIES  [064]
    - * RELATIONS WITH  [064]
    - NOT * RELATIONS  [112]

A block's header names the verb and its default code; each ``- ... * ... [code]`` line is a
pattern whose words after ``*`` follow the verb. eventscope reads what its own verb rows
(``data/events/verbs.tsv``) can say, as rows of the same five cells:

* the header: the verb with its default code (a bare row; ``CARRY_OUT`` is "carry" with the
  particle "out");
* ``- * WORDS [code]``: the verb with a direct object, the last word before any preposition
  (``TIES``: the object "ties" or "tie"); a synset (``&TIETYPES``) in that place stands for
  each of its one-word members;
* ``- * PREP [WORDS] [code]``: the verb with that preposition ("with", "against") whose object
  is the target (and, with words after it, one of them).

Lines that eventscope decides another way are skipped, and counted: patterns with words
before the verb (PETRARCH's negations and modals; eventscope's frames read those), codes that
are no CAMEO code of the codebook (``[---]``, legacy WEIS codes), and patterns with PETRARCH
operators eventscope has no equivalent of (``%``, ``^``, ``{...}``, ``(...)``, ``|``).
A ``[031:032]`` code is read as its first part (the code of the source's act).

Example:
    >>> text = "--- RESTORE [064] ---\\nRESTORE\\n- * TIES [064]\\n- NOT * RELATIONS [112]\\n"
    >>> reading = read_verb_dictionary(text, source="my.verbs")
    >>> reading.rows
    [['restore', '064', '-', '-', '-'], ['restore', '064', '-', 'ties|tie', '-']]
    >>> reading.skipped
    1
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
_CODE = re.compile(r"^\d{3,4}$")
_UNSUPPORTED = re.compile(r"[%^{}()|]")
# Prepositions that open a pattern's target phrase ("- * WITH", "- * AGAINST"), and particles
# of phrasal verbs ("- * DOWN": "back down"), both read as the row's preposition cell.
_PREPOSITIONS = frozenset(
    {"with", "against", "to", "from", "on", "in", "at", "by", "for", "into", "over", "about"}
)
_PARTICLES = frozenset({"up", "down", "out", "off", "away", "back"})


@dataclass(frozen=True, slots=True)
class VerbReading:
    """The verb rows read from a dictionary (``[lemma, code, prep, objects, flags]``, the cells
    of ``verbs.tsv``) and how many of its lines eventscope could not use."""

    rows: list[list[str]]
    skipped: int


def is_verb_dictionary(text: str) -> bool:
    """Whether ``text`` holds PETRARCH verb blocks (a ``--- VERB [code] ---`` header line)."""
    return any(_HEADER.match(line.strip()) for line in text.splitlines())


def read_verb_dictionary(
    text: str, *, source: str, known: Callable[[str], bool] | None = None
) -> VerbReading:
    """The eventscope verb rows of a PETRARCH verb dictionary (see the module docstring).

    ``known``: which codes to keep (the codebook's); by default any 3-4 digit code.
    """
    keep = known if known is not None else (lambda code: True)
    synsets = dict(_synsets(text))
    rows: list[list[str]] = []
    skipped = 0
    verb: tuple[str, str] | None = None  # (lemma, particle) of the current block
    for line in _lines(text):
        header = _HEADER.match(line)
        if header is not None:
            verb = _verb(header.group(1))
            row = _row(verb, _code(header.group(2)), "", "", keep)
            rows += [row] if row else []
            skipped += not row
            continue
        pattern = _PATTERN.match(line)
        if pattern is None or verb is None:
            continue  # a verb form, a synset line or text outside any block
        found = _pattern_rows(verb, pattern.group(1), _code(pattern.group(2)), synsets, keep)
        rows += found
        skipped += not found
    return VerbReading(rows=rows, skipped=skipped)


def _lines(text: str) -> Iterator[str]:
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("<!--"):
            yield line


def _synsets(text: str) -> Iterator[tuple[str, list[str]]]:
    """(``&NAME``, its members in lower case with ``_`` as spaces) for each synset block."""
    name, members = "", list[str]()
    for line in _lines(text):
        if line.startswith("&") and " " not in line:
            if name:
                yield name, members
            name, members = line, []
        elif line.startswith("+") and name:
            members.append(line[1:].replace("_", " ").strip().lower())
        elif name:
            yield name, members
            name, members = "", []
    if name:
        yield name, members


def _verb(word: str) -> tuple[str, str]:
    lemma, _, particle = word.lower().partition("_")
    return lemma, particle


def _code(cell: str) -> str:
    return cell.split(":", 1)[0].strip()


def _row(
    verb: tuple[str, str], code: str, prep: str, objects: str, keep: Callable[[str], bool]
) -> list[str] | None:
    if not _CODE.match(code) or not keep(code):
        return None
    lemma, particle = verb
    return [lemma, code, prep or particle or "-", objects or "-", "-"]


def _pattern_rows(
    verb: tuple[str, str],
    body: str,
    code: str,
    synsets: dict[str, list[str]],
    keep: Callable[[str], bool],
) -> list[list[str]]:
    """The rows of one ``- <before> * <after>`` pattern: none when words precede the verb."""
    before, star, after = body.partition("*")
    if not star or before.strip() or _UNSUPPORTED.search(after):
        return []
    words = [w for w in after.replace("_", " ").split() if w not in ("+", "$")]
    words = [w.strip("+$").lower() for w in words]
    if not words:
        return []
    if words[0] in _PREPOSITIONS or words[0] in _PARTICLES:
        # "- * WITH", "- * DOWN FROM": the preposition or particle, and its object if named
        objects = _objects(_phrase(words[1:]), synsets)
        row = _row(verb, code, words[0], "|".join(objects), keep)
        return [row] if row else []
    objects = _objects(_phrase(words), synsets)
    row = _row(verb, code, "", "|".join(objects), keep) if objects else None
    return [row] if row else []


def _phrase(words: list[str]) -> list[str]:
    """The words before the first preposition or particle (the object's noun phrase)."""
    stops = _PREPOSITIONS | _PARTICLES
    return words[: next((i for i, w in enumerate(words) if w in stops), len(words))]


def _objects(words: list[str], synsets: dict[str, list[str]]) -> list[str]:
    """The object forms of a pattern's last word: the word and its singular ("ties", "tie"),
    or the one-word members of a synset."""
    if not words:
        return []
    word = words[-1]
    if word.startswith("&"):
        members = synsets.get(word.upper(), [])
        return [m for m in members if " " not in m]
    forms = [word]
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    return forms
