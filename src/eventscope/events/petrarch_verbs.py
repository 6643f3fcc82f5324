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
  particle "out"); a ``+VERB`` line of the block (``+CORDON_OFF {+CORDONED_OFF ...}``,
  ``+SNUB [111]``) is one more verb the block's patterns apply to, with the block's code or
  its own;
* ``- * WORDS [code]``: the verb with a direct object, the last word before any preposition
  (``TIES``: the object "ties" or "tie"); a synset (``&TIETYPES``) in that place stands for
  each of its one-word members (those of a synset it nests included);
* ``- * PREP [WORDS] [code]``: the verb with that preposition ("with", "against") whose object
  is the target (and, with words after it, one of them); a synset of prepositions there
  gives a row for each;
* ``- * WORDS ... PREP + [code]``: the target slot ``+`` names the preposition of the target
  ("- * HARVEST AT ^ WITH +": "with"); ``^`` (a skipped phrase) is passed over;
* ``- + * [WORDS] FROM $ [code]``: the target before the verb (the subject) and the source
  after "from": an ``inverse`` row ("hostages were freed from X": X frees them).

Lines that eventscope decides another way are skipped, and counted: patterns with words
before the verb (PETRARCH's negations and modals; eventscope's frames read those), codes that
are no CAMEO code of the codebook (``[---]``, legacy WEIS codes, ``[025?]``), and patterns with
PETRARCH operators eventscope has no equivalent of (``%``, ``{...}``, ``(...)``, ``|``, and
a source slot ``$`` after the verb). A ``[031:032]`` code is read as its first part (the code
of the source's act); a code refined by one more digit or a letter (``[1717]``, ``[174K]``) as
the codebook code it refines.

Every row is flagged ``asis``: PETRARCH codes the verb as said, with no modality frames (its
dictionaries mark the modals and negations that change a code by words before the verb), so
"will restore ties" and "is about to restore ties" code the restoring, not an intent (03) as
eventscope's own rows do (:func:`said_as_is`). eventscope's negation and refusal still apply.

Example:
    >>> text = "--- RESTORE [064] ---\\nRESTORE\\n- * TIES [064]\\n- NOT * RELATIONS [112]\\n"
    >>> reading = read_verb_dictionary(text, source="my.verbs")
    >>> reading.rows
    [['restore', '064', '-', '-', 'asis'], ['restore', '064', '-', 'ties|tie', 'asis']]
    >>> reading.skipped
    1
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import VerbRule

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
_FROM_SOURCE = re.compile(r"\bFROM\s*\$\s*$", re.IGNORECASE)
_PATTERN_CODE = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^\d{3,4}$")
_REFINED = re.compile(r"^\d{4}$|^\d{3,4}[A-Za-z]$")
# "%" (a compound actor), "{...}", "(...)" and "|" (alternatives) have no row equivalent; a
# source slot "$" after the verb neither (a row's source is the verb's subject).
_UNSUPPORTED = re.compile(r"[%{}()|$]")
# Prepositions that open a pattern's target phrase ("- * WITH", "- * AGAINST"), and particles
# of phrasal verbs ("- * DOWN": "back down"), both read as the row's preposition cell.
_PREPOSITIONS = frozenset(
    {
        "with",
        "against",
        "to",
        "from",
        "on",
        "in",
        "at",
        "by",
        "for",
        "into",
        "over",
        "about",
        "near",
        "upon",
        "toward",
        "towards",
        "under",
        "between",
        "across",
        "through",
    }
)
_PARTICLES = frozenset({"up", "down", "out", "off", "away", "back"})
_STOPS = _PREPOSITIONS | _PARTICLES
_SLOTS = frozenset({"+", "$", "^"})
# PETRARCH codes the verb as said, whatever the auxiliary ("will restore ties" restores them):
# its dictionaries mark the modals and negations that change a code with words before the verb.
AS_SAID = "asis"
# A word after the verb, or a synset as the tuple of its one-word members.
Item = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VerbReading:
    """The verb rows read from a dictionary (``[lemma, code, prep, objects, flags]``, the cells
    of ``verbs.tsv``) and how many of its lines eventscope could not use."""

    rows: list[list[str]]
    skipped: int

    def note(self, path: object) -> str:
        """The log line telling how much of the dictionary at ``path`` was read."""
        return (
            f"{path}: {self.skipped} PETRARCH verb patterns not used (words before the verb, "
            f"codes not in the codebook, or operators eventscope does not read); "
            f"{len(self.rows)} rows read"
        )


def said_as_is(rule: VerbRule, kind: str, frame: Token) -> bool:
    """Whether an ``asis`` row's event under an intent frame is the act itself: under a word
    of imminence or readiness that is no verb ("is about to sign", "is ready to sign": PETRARCH
    codes "sign", the copula's adjective has no verb block), not under an intent verb ("plans
    to sign" is a plan, in PETRARCH coded by the dictionary's "plan")."""
    return rule.as_said and kind == "intent" and frame.pos_ != "VERB"


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
    verbs: list[tuple[str, str]] = []  # the current block's verbs: (lemma, particle)
    code = ""  # the current block's default code
    for line in _lines(text):
        header = _HEADER.match(line)
        if header is not None:
            verbs, code = [_verb(header.group(1))], _code(header.group(2))
            found = [row for row in [_row(verbs[0], code, "", "", keep)] if row]
        elif line.startswith("&"):
            verbs = []  # a synset between blocks: its "+" lines are no verbs
            continue
        elif line.startswith("+") and verbs:
            synonym = _synonym(line, code)
            if synonym is None:
                continue
            verbs.append(synonym[0])
            found = [row for row in [_row(synonym[0], synonym[1], "", "", keep)] if row]
        else:
            pattern = _PATTERN.match(line)
            if pattern is None or not verbs:
                continue  # a verb form, a synset member or text outside any block
            body, own = pattern.group(1), _code(pattern.group(2))
            found = [row for verb in verbs for row in _pattern_rows(verb, body, own, synsets, keep)]
        rows += found
        skipped += not found
    return VerbReading(rows=rows, skipped=skipped)


def _synonym(line: str, code: str) -> tuple[tuple[str, str], str] | None:
    """A verb the block also covers, and its code: ``+CORDON_OFF {+CORDONED_OFF ...}`` (the
    block's code) or ``+SNUB [111]``; none for a phrase that is no verb with a particle."""
    name = line[1:].split("{", 1)[0].split("[", 1)[0].strip()
    own = _PATTERN_CODE.search(line)
    lemma, _, particle = name.lower().partition("_")
    if not lemma.isalpha() or (particle and particle not in _PARTICLES):
        return None
    return (lemma, particle), _code(own.group(1)) if own else code


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
            name, members = line.rstrip("_"), []  # "&PREPOSIT1_" is "&PREPOSIT1" in patterns
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


def _known(code: str, keep: Callable[[str], bool]) -> str | None:
    """``code``, or the codebook code it refines: dictionaries tag variants of a code with a
    digit or letter more ("1717", "174K", "102b" are kinds of 171, 174, 102)."""
    if _CODE.match(code) and keep(code):
        return code
    # not "025?": a code marked uncertain is no code
    if _REFINED.match(code) and keep(code[:3]):
        return code[:3]
    return None


def _row(
    verb: tuple[str, str], code: str, prep: str, objects: str, keep: Callable[[str], bool]
) -> list[str] | None:
    known = _known(code, keep)
    if known is None:
        return None
    lemma, particle = verb
    return [lemma, known, prep or particle or "-", objects or "-", AS_SAID]


def _pattern_rows(
    verb: tuple[str, str],
    body: str,
    code: str,
    synsets: dict[str, list[str]],
    keep: Callable[[str], bool],
) -> list[list[str]]:
    """The rows of one ``- <before> * <after>`` pattern: none when words precede the verb."""
    before, star, after = body.partition("*")
    inverse = before.strip() == "+" and _FROM_SOURCE.search(after) is not None
    if inverse:
        # "- + * FROM $": the subject is the target, the object of "from" the source
        rest = _FROM_SOURCE.sub("", after)
        bare = [row for row in [_row(verb, code, "", "", keep)] if row]
        found = _pattern_rows(verb, "* " + rest, code, synsets, keep) if rest.strip() else bare
        return [row[:2] + ["from", row[3], f"{AS_SAID},inverse"] for row in found]
    if not star or before.strip() or _UNSUPPORTED.search(after):
        return []
    items = _items(after, synsets)
    if not items:
        return []
    lead = items[0]
    if _is_stop(lead) and items[1:3] == ["^", "+"]:
        return []  # "- * AT ^ +": the target follows the object of "at", no row says so
    if _is_stop(lead):
        # "- * WITH", "- * DOWN FROM", "- * &NEAR_WORDS TALKS": the preposition or particle
        # (each of a synset's), and its object if named
        objects = "|".join(_objects(_phrase(items[1:])))
        leads = lead if isinstance(lead, tuple) else (lead,)
        rows = [_row(verb, code, prep, objects, keep) for prep in leads]
        return [row for row in rows if row]
    objects, prep = "|".join(_objects(_phrase(items))), _target_prep(items)
    row = _row(verb, code, prep, objects, keep) if objects or prep else None
    return [row] if row else []


def _items(after: str, synsets: dict[str, list[str]]) -> list[Item]:
    """The words after the verb in lower case, a synset in any place as its members, and the
    slots: ``+`` (the target, alone or glued to a word: "AGAINST_+") and ``^`` (a skipped
    phrase)."""
    items: list[Item] = []
    for raw in after.replace("_", " ").split():
        word = raw.strip("+").lower()
        if word == "^":
            items.append(word)
        elif word.startswith("&"):
            items.append(_members(word, synsets))
        elif word:
            items.append(word)
        if raw.endswith("+") or (raw.startswith("+") and not word):
            items.append("+")
        elif raw.startswith("+"):
            items.insert(len(items) - 1, "+")
    return items


def _members(name: str, synsets: dict[str, list[str]]) -> tuple[str, ...]:
    """The one-word members of a synset, those of a nested synset ("+&TIETYPES") included."""
    found: list[str] = []
    pending, seen = [name.upper()], set[str]()
    while pending:
        current = pending.pop()
        seen.add(current)
        for member in synsets.get(current, []):
            if member.startswith("&") and member.upper() not in seen:
                pending.append(member.upper())
            elif " " not in member and not member.startswith("&"):
                found.append(member)
    return tuple(dict.fromkeys(found))


def _target_prep(items: list[Item]) -> str:
    """The preposition right before the target slot ("- * EID AT ^ WITH +": "with"), if any;
    with a skipped phrase between them ("AT ^ +") the target is no object of it."""
    for first, second in zip(items, items[1:], strict=False):
        if second == "+" and isinstance(first, str) and first in _PREPOSITIONS:
            return first
    return ""


def _is_stop(item: Item) -> bool:
    if isinstance(item, tuple):
        return bool(item) and all(word in _STOPS for word in item)
    return item in _STOPS


def _phrase(items: list[Item]) -> list[Item]:
    """The words before the first preposition or particle (the object's noun phrase); none
    when it ends in a skipped phrase (``THEIR ^``: the object is not named)."""
    end = next((i for i, item in enumerate(items) if _is_stop(item)), len(items))
    phrase = [item for item in items[:end] if item != "+"]
    return [] if not phrase or phrase[-1] == "^" else phrase


def _objects(items: list[Item]) -> list[str]:
    """The object forms of a pattern's last word: the word and its singular ("ties", "tie"),
    or the one-word members of a synset and their singulars."""
    if not items:
        return []
    last = items[-1]
    forms: list[str] = []
    for word in last if isinstance(last, tuple) else (last,):
        forms.append(word)
        if word.endswith("s") and len(word) > 3:
            forms.append(word[:-1])
    return list(dict.fromkeys(forms))
