"""The eventscope REST API and dashboard (FastAPI); ``eventscope serve`` runs it.

Example:
    >>> from eventscope.api import create_app                  # doctest: +SKIP
    >>> app = create_app(store=store, settings=settings)      # doctest: +SKIP
"""

from __future__ import annotations

from .app import ApiOptions, create_app, static_dir
from .state import ApiState, ArticleCoder

__all__ = ["ApiOptions", "ApiState", "ArticleCoder", "create_app", "static_dir"]
