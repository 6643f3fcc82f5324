"""The project's size rules, checked on the package source: modules under 400 lines, functions
of at most 50 lines and at most three nested blocks (``if``/``for``/``while``/``with``/``try``/
``match``; an ``elif`` is no deeper than its ``if``; a nested function starts again at 0).

A failure names every offender, so a merge that breaks the rules shows where to split.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventscope"
MAX_MODULE_LINES = 399
MAX_FUNCTION_LINES = 50
MAX_NESTING = 3
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def nesting(statements: list[ast.stmt], depth: int = 0) -> int:
    """The deepest block nesting of ``statements`` (``depth``: that of their own block)."""
    return max((_statement_nesting(s, depth) for s in statements), default=depth)


def _statement_nesting(statement: ast.stmt, depth: int) -> int:
    inner = depth + 1
    if isinstance(statement, ast.If):
        orelse = statement.orelse
        is_elif = len(orelse) == 1 and isinstance(orelse[0], ast.If)
        after = _statement_nesting(orelse[0], depth) if is_elif else nesting(orelse, inner)
        return max(nesting(statement.body, inner), after)
    if isinstance(statement, _LOOPS):
        return max(nesting(statement.body, inner), nesting(statement.orelse, inner))
    if isinstance(statement, (ast.With, ast.AsyncWith)):
        return nesting(statement.body, inner)
    if isinstance(statement, (ast.Try, ast.TryStar)):
        blocks = [statement.body, statement.orelse, statement.finalbody]
        blocks += [handler.body for handler in statement.handlers]
        return max(nesting(block, inner) for block in blocks)
    if isinstance(statement, ast.Match):
        return max(nesting(case.body, depth + 2) for case in statement.cases)
    return depth


def offenders(path: Path) -> list[str]:
    """What in the module at ``path`` breaks the size rules, one message each."""
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(PACKAGE.parent)
    found = []
    lines = text.count("\n")
    if lines > MAX_MODULE_LINES:
        found.append(f"{name}: {lines} lines")
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, _FUNCTIONS):
            continue
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        depth = nesting(node.body)
        if length > MAX_FUNCTION_LINES or depth > MAX_NESTING:
            found.append(f"{name}:{node.lineno} {node.name}: {length} lines, nesting {depth}")
    return found


def test_the_package_keeps_the_size_rules():
    problems = [p for path in sorted(PACKAGE.rglob("*.py")) for p in offenders(path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("source", "depth"),
    [
        ("x = 1", 0),
        ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", 1),
        ("for a in b:\n    if a:\n        with c:\n            pass", 3),
        ("try:\n    pass\nexcept E:\n    for a in b:\n        pass", 2),
        ("if a:\n    def f():\n        if b:\n            pass", 1),
    ],
)
def test_nesting_counts_blocks(source, depth):
    assert nesting(ast.parse(source).body) == depth
