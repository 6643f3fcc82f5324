"""A bounded memo of computed values that empties itself when full, and pickles.

The pipeline's objects remember pure, repeated computations (gazetteer candidates by row,
one-edit lookups by key, date readings by text): news repeats the same few hundred names and
dates. ``functools.lru_cache`` on a method is one module-level cache shared by every instance
(a mutable global that keeps its owners alive) and does not travel when the owner is
pickled; a memo per owner does. Clearing when full costs no bookkeeping per hit, and a
working set that small refills at once.

Contract: ``memo.get(key, compute)`` returns the value remembered for ``key``, else
``compute(key)``, remembered. ``None`` and other falsy values are remembered like any other.
When ``size`` keys are held, a new key first clears them all. ``compute`` must be a pure
function of ``key`` (the memo cannot tell when it changes). A pickled memo keeps its values.

Example:
    >>> memo = BoundedMemo(2)
    >>> memo.get("ab", len), memo.get("abc", len), len(memo)
    (2, 3, 2)
    >>> memo.get("abcd", len), len(memo)  # full: cleared first, then "abcd" remembered
    (4, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(Generic[K, V]):
    """At most ``size`` remembered values by key, cleared all at once when full."""

    __slots__ = ("size", "_values")

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"a memo holds at least one value, not {size}")
        self.size = size
        self._values: dict[K, V] = {}

    def get(self, key: K, compute: Callable[[K], V]) -> V:
        """The value remembered for ``key``, else ``compute(key)`` (then remembered)."""
        values = self._values
        if key in values:
            return values[key]
        if len(values) >= self.size:
            values.clear()
        value = values[key] = compute(key)
        return value

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values
