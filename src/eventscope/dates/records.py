"""Records for the ``eventscope dates`` command: one JSON object in, one out.

In: ``{"id", "dct", "expression", "context"?}``; out: ``{"id", "value", "precision"}``.
A bad record raises :class:`~eventscope.errors.BadRecordError` (or ``BadDateError``)
naming the item, so the command can report it and go on.

Example:
    >>> normalise_record({"id": "t1", "dct": "1998-08-08", "expression": "Friday",
    ...                   "context": "The bombs exploded on Friday."})
    {'id': 't1', 'value': '1998-08-07', 'precision': 'day'}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..errors import ArticleError, BadRecordError
from ..io.readers import parse_date
from . import normalise
from .lexicon import DateLexicon


def normalise_record(
    record: Any, *, item: str = "record", lexicon: DateLexicon | None = None
) -> dict[str, Any]:
    """Normalise one input record; raises ``BadRecordError``/``BadDateError`` naming ``item``."""
    if not isinstance(record, Mapping):
        raise BadRecordError(item, detail="expected a JSON object")
    expression = record.get("expression")
    if not isinstance(expression, str) or not expression.strip():
        raise BadRecordError(item, detail="'expression' must be a non-empty string")
    context = record.get("context")
    if context is not None and not isinstance(context, str):
        raise BadRecordError(item, detail="'context' must be a string")
    dct = parse_date(record.get("dct"), item=item)
    if dct is None:
        raise BadRecordError(item, detail="'dct' (document date YYYY-MM-DD) is required")
    found = normalise(expression, dct=dct, context=context, lexicon=lexicon)
    return {"id": record.get("id"), "value": found.value, "precision": found.precision}


def normalise_lines(
    lines: Iterable[str], *, source: str = "input"
) -> Iterator[dict[str, Any] | ArticleError]:
    """Normalise JSONL lines in order; a bad line yields its error (naming the line) instead."""
    lexicon = DateLexicon.load()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecordError(item, detail=f"not JSON ({exc.msg})")
            continue
        try:
            yield normalise_record(record, item=item, lexicon=lexicon)
        except ArticleError as error:
            yield error
