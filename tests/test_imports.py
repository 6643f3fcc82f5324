"""The package's import graph: no module reaches into another package's private parts.

A name (or module) starting with ``_`` is private to its package: modules of the same package
may share it, a module of any other package (a sibling, parent or child) may not. The test
reads every module's imports with ``ast``, so it needs nothing imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "eventscope"


def _module_name(path: Path) -> tuple[str, str]:
    """(module, package) for a source file: ``eventscope.events.frames``, ``eventscope.events``."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
        return ".".join(parts), ".".join(parts)
    return ".".join(parts), ".".join(parts[:-1])


def _resolve(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    base = package.split(".")
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _is_private(part: str) -> bool:
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


def _package_of(module: str, modules: dict[str, str]) -> str:
    """The package a module belongs to (a package is its own package)."""
    if module in modules:
        return modules[module]
    return module.rpartition(".")[0]


def _imports(path: Path, package: str) -> list[tuple[int, str, str | None]]:
    """(line, imported module, imported name or None) for each eventscope import of a file."""
    found: list[tuple[int, str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(node, package)
            found += [(node.lineno, source, alias.name) for alias in node.names]
    return [item for item in found if item[1].split(".")[0] == PACKAGE]


def violations(root: Path = SRC / PACKAGE) -> list[str]:
    """Every import of a private module or name across a package boundary, as ``file:line``."""
    files = sorted(root.rglob("*.py"))
    modules = dict(_module_name(path) for path in files)
    problems = []
    for path in files:
        module, package = _module_name(path)
        for line, source, name in _imports(path, package):
            target = source
            if name is not None and f"{source}.{name}" in modules:
                target = f"{source}.{name}"  # "from package import module"
            if _package_of(target, modules) == package:
                continue  # the same package may share its private parts
            private = [part for part in target.split(".") if _is_private(part)]
            if name is not None and _is_private(name):
                private.append(name)
            if private:
                where = path.relative_to(SRC)
                problems.append(f"{where}:{line} imports {private[0]} from {source}")
    return problems


def test_no_module_imports_another_packages_private_parts() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a/__init__.py": "", "a/x.py": "from ._y import f\n", "a/_y.py": ""}, []),
        ({"a/__init__.py": "", "a/x.py": "from .y import _f\n", "a/y.py": ""}, []),
        (
            {"a/__init__.py": "", "b/__init__.py": "", "b/x.py": "from ..a._y import f\n"},
            ["b/x.py:1 imports _y from eventscope.a._y"],
        ),
        (
            {"a/__init__.py": "", "a/y.py": "", "b/__init__.py": "from ..a.y import _f\n"},
            ["b/__init__.py:1 imports _f from eventscope.a.y"],
        ),
        (
            {"a/__init__.py": "", "a/_y.py": "", "b/x.py": "from ..a import _y\n"},
            ["b/x.py:1 imports _y from eventscope.a"],
        ),
        (
            {"a/__init__.py": "", "b/x.py": "import eventscope.a._z\n"},
            ["b/x.py:1 imports _z from eventscope.a._z"],
        ),
        ({"a/__init__.py": "", "a/y.py": "", "x.py": "from .a.y import g\n"}, []),
    ],
)  # fmt: skip
def test_the_walk_finds_private_imports(tmp_path: Path, monkeypatch, files, expected) -> None:
    root = tmp_path / PACKAGE
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "__init__.py").touch()
    monkeypatch.setattr(f"{__name__}.SRC", tmp_path)
    assert violations(root) == [f"{PACKAGE}/{line}" for line in expected]
