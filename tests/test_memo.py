"""BoundedMemo: remembers, stays within its bound by clearing, and pickles with its values."""

from __future__ import annotations

import pickle

import pytest

from eventscope.memo import BoundedMemo


class _Counter:
    """A pure function of its key that counts how often it really ran."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, key: str) -> str | None:
        self.calls.append(key)
        return None if key == "none" else key.upper()


def test_a_remembered_key_is_not_computed_again():
    memo: BoundedMemo[str, str | None] = BoundedMemo(10)
    compute = _Counter()
    assert memo.get("baku", compute) == "BAKU"
    assert memo.get("baku", compute) == "BAKU"
    assert compute.calls == ["baku"]


def test_none_is_remembered_like_any_value():
    memo: BoundedMemo[str, str | None] = BoundedMemo(10)
    compute = _Counter()
    assert memo.get("none", compute) is None
    assert memo.get("none", compute) is None
    assert compute.calls == ["none"]
    assert "none" in memo


def test_the_memo_never_holds_more_than_its_size():
    memo: BoundedMemo[str, str | None] = BoundedMemo(3)
    compute = _Counter()
    for word in ("a", "b", "c", "d", "e", "f", "g"):
        memo.get(word, compute)
        assert len(memo) <= 3


def test_a_new_key_on_a_full_memo_clears_it_first():
    memo: BoundedMemo[str, str | None] = BoundedMemo(2)
    compute = _Counter()
    memo.get("a", compute)
    memo.get("b", compute)
    memo.get("a", compute)  # a hit on a full memo clears nothing
    assert len(memo) == 2
    memo.get("c", compute)
    assert len(memo) == 1
    assert "c" in memo and "a" not in memo
    memo.get("a", compute)  # forgotten, so computed again
    assert compute.calls == ["a", "b", "c", "a"]


def test_a_pickled_memo_keeps_its_size_and_values():
    memo: BoundedMemo[str, str | None] = BoundedMemo(5)
    memo.get("tbilisi", str.upper)
    copy = pickle.loads(pickle.dumps(memo))
    assert copy.size == 5
    assert len(copy) == 1
    compute = _Counter()
    assert copy.get("tbilisi", compute) == "TBILISI"
    assert compute.calls == []  # answered from the pickled values


def test_a_memo_holds_at_least_one_value():
    with pytest.raises(ValueError, match="at least one"):
        BoundedMemo(0)
