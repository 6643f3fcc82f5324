"""eventscope: code international news into political event data (CAMEO/PLOVER), offline.

Example:
    >>> import eventscope
    >>> from datetime import date
    >>> events = eventscope.code_text("China sent medical supplies to Azerbaijan on 3 April.",
    ...                               published=date(2020, 8, 20))   # doctest: +SKIP

The public names are imported lazily, so ``import eventscope`` stays cheap: spaCy and the
data files load only when a pipeline is first built.
"""

from __future__ import annotations

from importlib import import_module, metadata
from typing import TYPE_CHECKING, Any

try:  # one source of truth: the version in pyproject.toml, as installed
    __version__ = metadata.version("eventscope")
except metadata.PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"

_LAZY = {
    "Pipeline": "eventscope.pipeline",
    "code_text": "eventscope.pipeline",
    "Article": "eventscope.models",
    "Event": "eventscope.models",
    "Actor": "eventscope.models",
    "Place": "eventscope.models",
    "load_settings": "eventscope.settings",
}

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Pipeline",
    "Place",
    "code_text",
    "load_settings",
]

if TYPE_CHECKING:
    from .models import Actor, Article, Event, Place
    from .pipeline import Pipeline, code_text
    from .settings import load_settings


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventscope' has no attribute {name!r}")
