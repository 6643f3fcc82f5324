"""A third-party plugin, as a package outside eventscope would write it (used by test_registry).

It adds an output format (``markdown``: a pipe table) and an input reader (``.md`` files:
the Markdown text with heading marks removed, one article per file). Registered either
through entry points (``[project.entry-points.eventscope_formats] markdown =
"eventscope_plugin_example:write_markdown"``) or in-process with :func:`register`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from eventscope.errors import ArticleError, FileReadError
from eventscope.io.output import flatten
from eventscope.models import Article
from eventscope.registry import registry

ENTRY_POINTS = {
    "eventscope_formats": {"markdown": "eventscope_plugin_example:write_markdown"},
    "eventscope_readers": {".md": "eventscope_plugin_example:read_markdown"},
}


def write_markdown(
    records: Iterable[dict[str, Any]], stream: TextIO, *, columns: Sequence[str] | None = None
) -> int:
    """Records as a Markdown pipe table (``columns``, else every key in order seen)."""
    rows = [flatten(record) for record in records]
    header = list(columns or dict.fromkeys(key for row in rows for key in row))
    stream.write("| " + " | ".join(header) + " |\n")
    stream.write("|" + "---|" * len(header) + "\n")
    for row in rows:
        cells = ("" if row.get(col) is None else str(row[col]) for col in header)
        stream.write("| " + " | ".join(cells) + " |\n")
    return len(rows)


def read_markdown(
    path: Path, *, published: date | None = None, max_bytes: int = 0, max_decompressed: int = 0
) -> Iterator[Article | ArticleError]:
    """One article per ``.md`` file: heading marks dropped, the first heading is the title."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        yield FileReadError(str(path), detail=str(exc))
        return
    headings = [line.lstrip("#").strip() for line in lines if line.startswith("#")]
    text = "\n".join(line.lstrip("#").strip() for line in lines)
    title = headings[0] if headings else None
    yield Article(id=path.stem, text=text, published=published, title=title)


def register() -> None:
    """In-process registration (what importing a plugin module usually does)."""
    registry.formats.register("markdown", func=write_markdown)
    registry.readers.register(".md", func=read_markdown)
