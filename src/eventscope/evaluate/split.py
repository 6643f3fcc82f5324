"""Tuning and check parts of a dev set, split by a hash of each record's id.

Rules and models are tuned on the ``tune`` part; a change is kept only when the ``check``
part improves too, so a rule that fits the tuning sentences rather than the language shows
up as a gap between the two. The split is a pure function of the id (no seed, no file
order), so every run and every developer sees the same parts.

    >>> split_of("acled-7079168") in ("tune", "check")
    True
    >>> [r["id"] for r in select_split([{"id": "a"}, {"id": "b"}, {"id": "c"}], "tune")]
    ['a', 'b']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar

Split = Literal["tune", "check"]
SPLITS: tuple[Split, ...] = ("tune", "check")
Record = TypeVar("Record", bound=Mapping[str, Any])


def split_of(record_id: str) -> Split:
    """``"tune"`` or ``"check"`` for ``record_id``: the parity of its SHA-256's first 32 bits."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return "tune" if int.from_bytes(digest[:4], "big") % 2 == 0 else "check"


def select_split(records: Iterable[Record], split: Split | None) -> list[Record]:
    """The records of one part (all records when ``split`` is None), in file order."""
    if split is None:
        return list(records)
    return [record for record in records if split_of(str(record.get("id", ""))) == split]
