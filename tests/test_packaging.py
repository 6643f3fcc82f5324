"""Project metadata and checks that must run (issue 14 item 10): one version, bounded
dependencies pinned by constraints.txt, doctests in the suite, a typecheck target."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import eventscope

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NAME = re.compile(r"^[A-Za-z0-9_.\-]+")


def _requirements() -> list[str]:
    project = PYPROJECT["project"]
    extras = [req for reqs in project["optional-dependencies"].values() for req in reqs]
    return [*project["dependencies"], *extras]


def _name(requirement: str) -> str:
    match = NAME.match(requirement)
    assert match is not None, requirement
    return match.group(0).lower().replace("_", "-")


def test_the_version_is_read_from_the_installed_metadata() -> None:
    assert eventscope.__version__ == metadata.version("eventscope")
    assert eventscope.__version__ == PYPROJECT["project"]["version"]
    source = (ROOT / "src" / "eventscope" / "__init__.py").read_text(encoding="utf-8")
    assert not re.search(r"__version__\s*=\s*[\"']\d+\.\d+", source), "version written twice"


@pytest.mark.parametrize("requirement", _requirements())
def test_every_dependency_has_an_upper_bound(requirement: str) -> None:
    """A new major/minor release must not break a ``-W error`` run unannounced."""
    assert "<" in requirement or "==" in requirement, requirement


def test_constraints_pin_every_dependency() -> None:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pinned = {
        _name(line): line.split("==", 1)[1] for line in lines if "==" in line and line[:1] != "#"
    }
    wanted = {_name(req) for req in PYPROJECT["project"]["dependencies"]}
    wanted |= {_name(req) for req in PYPROJECT["project"]["optional-dependencies"]["dev"]}
    assert sorted(wanted - pinned.keys()) == []
    assert "-c constraints.txt" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_dev_dependencies_are_installed_and_used() -> None:
    """Every dev dependency is installed. ``httpx2`` stays although we never import it:
    starlette's TestClient uses it and warns without it (an error under ``-W error``), which
    a fresh-clone CI run showed after it had been removed."""
    dev = {_name(req) for req in PYPROJECT["project"]["optional-dependencies"]["dev"]}
    assert "httpx2" in dev
    for name in dev:
        metadata.version(name)  # raises PackageNotFoundError when not installed


def test_make_test_runs_the_doctests_and_make_typecheck_exists() -> None:
    options = PYPROJECT["tool"]["pytest"]["ini_options"]
    assert "src/eventscope" in options["testpaths"]
    assert "--doctest-modules" in options["addopts"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^typecheck: .*\n\t\$\(BIN\)/mypy", makefile, re.M)
    assert re.search(
        r"^test: .*\n(?:#.*\n)?\t\$\(BIN\)/python -m pytest -W error -q$", makefile, re.M
    )
